#pragma once

#include "../entities/Draft.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace sc::models {

// The approval queue. Every decision is recorded in the audit log and the prospect's timeline in the
// same transaction as the status change.
class DraftRepository
{
public:
    explicit DraftRepository(QSqlDatabase db);

    qint64 create(const Draft& draft, qint64 now);
    QList<Draft> pending(int limit = 500) const;
    int pendingCount() const;
    std::optional<Draft> find(qint64 id) const;

    // Each returns false when the draft was no longer pending (decided elsewhere meanwhile).
    bool approve(qint64 id, const QString& actor, qint64 now);
    bool reject(qint64 id, const QString& actor, const QString& reason, qint64 now);
    bool edit(qint64 id, const QString& subject, const QString& body, const QString& actor, qint64 now);

private:
    bool decide(qint64 id, const QString& status, const QString& actor, const QString& reason, qint64 now);
    QSqlDatabase m_db;
};

} // namespace sc::models
