#pragma once

#include "../entities/Task.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// A prospect's tasks: added and ticked off from the detail panel, each change a timeline activity
// and an audit row.
class TaskRepository
{
public:
    explicit TaskRepository(QSqlDatabase db);

    // Open first, by due date (undated last), then done ones.
    QList<Task> forProspect(qint64 prospectId) const;
    // Throws StoreError when the title is empty.
    qint64 add(qint64 prospectId, const QString& title, qint64 dueAt, const QString& actor, qint64 now);
    // Throws StoreError when the task is gone; nothing happens when it already is as asked.
    void setDone(qint64 taskId, bool done, const QString& actor, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
