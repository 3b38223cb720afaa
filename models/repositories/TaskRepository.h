#pragma once

#include "../entities/Task.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// A prospect's tasks: added and ticked off from the detail panel, done, skipped or snoozed from the Today
// view (the rep's own tasks and those sequences add), each change a timeline activity and an audit row.
class TaskRepository
{
public:
    explicit TaskRepository(QSqlDatabase db);

    // Open first, by due date (undated last), then done and skipped ones.
    QList<Task> forProspect(qint64 prospectId) const;

    // A task with whom it is for and the sequence it came from (empty: the rep's own), for Today.
    struct DueTask
    {
        Task task;
        qint64 prospectId = 0;
        QString prospectName; // first and last name; the email address when there is no name
        QString company;
        QString linkedinUrl;
        qint64 sequenceId = 0;
        QString sequence;
    };
    // Open tasks of live prospects due before `until` (overdue ones included), by due time; then the tasks
    // closed (done or skipped) since `closedSince`, most recent first, so the rep sees what they just did.
    QList<DueTask> due(qint64 until, qint64 closedSince) const;
    // Closes an open task without doing it. Throws StoreError when the task is gone; false when it was
    // already done or skipped.
    bool skip(qint64 taskId, const QString& actor, qint64 now);
    // Puts an open task off to `until` (its new due time). Throws ValidationError when the task is gone
    // or `until` is not later than now; false when the task is already closed.
    bool snooze(qint64 taskId, qint64 until, const QString& actor, qint64 now);
    // Throws StoreError when the title is empty.
    qint64 add(qint64 prospectId, const QString& title, qint64 dueAt, const QString& actor, qint64 now);
    // Throws StoreError when the task is gone; nothing happens when it already is as asked. Reopening
    // also takes back a skip.
    void setDone(qint64 taskId, bool done, const QString& actor, qint64 now);

private:
    struct Open
    {
        qint64 prospectId = 0;
        QString title;
        bool closed = false;
    };
    Open open(qint64 taskId) const;

    QSqlDatabase m_db;
};

} // namespace sc::models
