#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// Append-only record of who did what (the rep, an agent, the CLI). Never holds a secret or a body.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);
    void append(const QString& actor, const QString& action, const QString& table, qint64 id, const QString& details,
                qint64 now);
    // The prospect's timeline: one line a rep reads, e.g. "Email draft approved".
    void addActivity(qint64 prospectId, const QString& kind, const QString& summary, const QString& actor,
                     const QString& refTable, qint64 refId, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
