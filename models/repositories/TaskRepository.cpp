#include "TaskRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

namespace sc::models {

TaskRepository::TaskRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Task> TaskRepository::forProspect(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT id, title, due_at, done_at, created_by FROM tasks WHERE prospect_id "
                                          "= :p ORDER BY done_at IS NOT NULL, due_at IS NULL, due_at, id"),
                           {{":p", prospectId}});
    QList<Task> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                     q.value(4).toString()});
    }
    return list;
}

qint64 TaskRepository::add(qint64 prospectId, const QString& title, qint64 dueAt, const QString& actor, qint64 now)
{
    const QString clean = title.simplified();
    if (clean.isEmpty()) {
        throw ValidationError(QStringLiteral("A task needs a title."));
    }
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("INSERT INTO tasks (prospect_id, title, due_at, created_by, created_at) "
                                          "VALUES (:p, :t, :due, :by, :now)"),
                           {{":p", prospectId},
                            {":t", clean},
                            {":due", dueAt > 0 ? QVariant(dueAt) : QVariant(QMetaType(QMetaType::LongLong))},
                            {":by", actor},
                            {":now", now}});
    const qint64 id = q.lastInsertId().toLongLong();
    AuditLog log(m_db);
    log.addActivity(prospectId, QStringLiteral("task.added"), QStringLiteral("Task added: %1").arg(clean), actor,
                    QStringLiteral("tasks"), id, now);
    log.append(actor, QStringLiteral("tasks.add"), QStringLiteral("tasks"), id, clean, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return id;
}

void TaskRepository::setDone(qint64 taskId, bool done, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT prospect_id, title, done_at FROM tasks WHERE id = :id"),
                           {{":id", taskId}});
    if (!q.next()) {
        throw ValidationError(QStringLiteral("This task no longer exists."));
    }
    const qint64 prospectId = q.value(0).toLongLong();
    const QString title = q.value(1).toString();
    const bool wasDone = !q.value(2).isNull();
    q.finish();
    if (wasDone == done) {
        return;
    }
    Sql::run(m_db, QStringLiteral("UPDATE tasks SET done_at = :d WHERE id = :id"),
             {{":d", done ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong))}, {":id", taskId}});
    AuditLog log(m_db);
    log.addActivity(prospectId, done ? QStringLiteral("task.done") : QStringLiteral("task.reopened"),
                    (done ? QStringLiteral("Task done: %1") : QStringLiteral("Task reopened: %1")).arg(title), actor,
                    QStringLiteral("tasks"), taskId, now);
    log.append(actor, done ? QStringLiteral("tasks.done") : QStringLiteral("tasks.reopen"), QStringLiteral("tasks"),
               taskId, title, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

} // namespace sc::models
