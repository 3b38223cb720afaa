#pragma once

#include "../entities/Activity.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace sc::models {

// A prospect's timeline. Repositories add their own lines as they change things (AuditLog::addActivity,
// in the same transaction); this reads the timeline and logs what the rep enters by hand.
class ActivityRepository
{
public:
    explicit ActivityRepository(QSqlDatabase db);

    // Newest first.
    QList<Activity> timeline(qint64 prospectId, int limit = 200) const;
    // A call, meeting or other note the rep logs by hand: a timeline activity and an audit row. Throws
    // StoreError when the summary is empty or the prospect gone.
    void log(qint64 id, const QString& kind, const QString& summary, const QString& actor, qint64 now);
    // One line written as it happened (its own occurredAt), inside the caller's transaction, with a
    // statement prepared once per repository: for bulk writers such as the demo's invented history.
    // No audit row and no change notice: the caller's bulk operation has its own.
    void append(qint64 prospectId, const Activity& activity);

private:
    QSqlDatabase m_db;
    QSqlQuery m_append;
};

} // namespace sc::models
