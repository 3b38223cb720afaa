#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sc::models {

// The tags on prospects: created as they are first used, shared by name (any case).
class TagRepository
{
public:
    explicit TagRepository(QSqlDatabase db);

    // The bulk action: tags these prospects in one transaction with one audit row. Returns how many
    // prospects were not tagged so before.
    int tag(const QList<qint64>& ids, const QString& tag, const QString& actor, qint64 now);
    // One prospect's tags become exactly these (created as needed), with a timeline activity and an
    // audit row; returns whether anything changed.
    bool setTags(qint64 id, const QStringList& tags, const QString& actor, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
