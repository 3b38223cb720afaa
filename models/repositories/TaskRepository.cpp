#include "TaskRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

#include <QDateTime>
#include <QTimeZone>

namespace sc::models {

TaskRepository::TaskRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

namespace {
// The columns of a Task, in this order, as `t.`: read by taskAt.
const char* const TaskColumns
    = "t.id, t.title, t.due_at, t.done_at, t.created_by, t.kind, t.skipped_at, t.snoozed_until";

Task taskAt(const QSqlQuery& q)
{
    Task task;
    task.id = q.value(0).toLongLong();
    task.title = q.value(1).toString();
    task.dueAt = q.value(2).toLongLong();
    task.doneAt = q.value(3).toLongLong();
    task.createdBy = q.value(4).toString();
    task.kind = q.value(5).toString();
    task.skippedAt = q.value(6).toLongLong();
    task.snoozedUntil = q.value(7).toLongLong();
    return task;
}
} // namespace

QList<Task> TaskRepository::forProspect(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM tasks t WHERE t.prospect_id = :p ORDER BY (t.done_at IS "
                                          "NOT NULL OR t.skipped_at IS NOT NULL), t.due_at IS NULL, t.due_at, t.id")
                               .arg(QLatin1String(TaskColumns)),
                           {{":p", prospectId}});
    QList<Task> list;
    while (q.next()) {
        list.append(taskAt(q));
    }
    return list;
}

QList<TaskRepository::DueTask> TaskRepository::due(qint64 until, qint64 closedSince) const
{
    // A sequence's task is linked from its step run; the rep's own tasks have none.
    const QString select
        = QStringLiteral(
              "SELECT %1, p.id, p.first_name, p.last_name, p.email, c.name, p.linkedin_url, s.id, s.name FROM tasks t "
              "JOIN prospects p ON p.id = t.prospect_id AND p.deleted_at IS NULL LEFT JOIN companies c ON c.id = "
              "p.company_id LEFT JOIN sequence_step_runs r ON r.task_id = t.id LEFT JOIN enrollments e ON e.id = "
              "r.enrollment_id LEFT JOIN sequences s ON s.id = e.sequence_id ")
              .arg(QLatin1String(TaskColumns));
    QList<DueTask> list;
    auto read = [&list](QSqlQuery& q) {
        while (q.next()) {
            DueTask d;
            d.task = taskAt(q);
            d.prospectId = q.value(8).toLongLong();
            d.prospectName = (q.value(9).toString() + QLatin1Char(' ') + q.value(10).toString()).trimmed();
            if (d.prospectName.isEmpty()) {
                d.prospectName = q.value(11).toString();
            }
            d.company = q.value(12).toString();
            d.linkedinUrl = q.value(13).toString();
            d.sequenceId = q.value(14).toLongLong();
            d.sequence = q.value(15).toString();
            list.append(d);
        }
    };
    QSqlQuery open = Sql::run(m_db,
                              select
                                  + QStringLiteral("WHERE t.done_at IS NULL AND t.skipped_at IS NULL AND t.due_at IS "
                                                   "NOT NULL AND t.due_at < :until ORDER BY t.due_at, t.id"),
                              {{":until", until}});
    read(open);
    open.finish();
    QSqlQuery closed = Sql::run(m_db,
                                select
                                    + QStringLiteral("WHERE COALESCE(t.done_at, t.skipped_at) >= :since ORDER BY "
                                                     "COALESCE(t.done_at, t.skipped_at) DESC, t.id DESC"),
                                {{":since", closedSince}});
    read(closed);
    return list;
}

TaskRepository::Open TaskRepository::open(qint64 taskId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT prospect_id, title, done_at IS NOT NULL OR skipped_at IS NOT NULL "
                                          "FROM tasks WHERE id = :id"),
                           {{":id", taskId}});
    if (!q.next()) {
        throw ValidationError(QStringLiteral("This task no longer exists."));
    }
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()};
}

bool TaskRepository::skip(qint64 taskId, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    const Open task = open(taskId);
    if (task.closed) {
        return false;
    }
    Sql::run(m_db, QStringLiteral("UPDATE tasks SET skipped_at = :now WHERE id = :id"),
             {{":now", now}, {":id", taskId}});
    AuditLog log(m_db);
    log.addActivity(task.prospectId, QStringLiteral("task.skipped"), QStringLiteral("Task skipped: %1").arg(task.title),
                    actor, QStringLiteral("tasks"), taskId, now);
    log.append(actor, QStringLiteral("tasks.skip"), QStringLiteral("tasks"), taskId, task.title, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
}

bool TaskRepository::snooze(qint64 taskId, qint64 until, const QString& actor, qint64 now)
{
    if (until <= now) {
        throw ValidationError(QStringLiteral("A task can only be snoozed to a later time."));
    }
    Transaction transaction(m_db);
    const Open task = open(taskId);
    if (task.closed) {
        return false;
    }
    Sql::run(m_db, QStringLiteral("UPDATE tasks SET due_at = :u, snoozed_until = :u WHERE id = :id"),
             {{":u", until}, {":id", taskId}});
    const QString when = QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc()).toString(Qt::ISODate);
    AuditLog log(m_db);
    log.addActivity(task.prospectId, QStringLiteral("task.snoozed"),
                    QStringLiteral("Task snoozed to %1: %2").arg(when, task.title), actor, QStringLiteral("tasks"),
                    taskId, now);
    log.append(actor, QStringLiteral("tasks.snooze"), QStringLiteral("tasks"), taskId,
               QStringLiteral("%1 (until %2)").arg(task.title, when), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
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
    QSqlQuery q
        = Sql::run(m_db, QStringLiteral("SELECT prospect_id, title, done_at, skipped_at FROM tasks WHERE id = :id"),
                   {{":id", taskId}});
    if (!q.next()) {
        throw ValidationError(QStringLiteral("This task no longer exists."));
    }
    const qint64 prospectId = q.value(0).toLongLong();
    const QString title = q.value(1).toString();
    const bool wasDone = !q.value(2).isNull();
    const bool wasSkipped = !q.value(3).isNull();
    q.finish();
    if (wasDone == done && (done || !wasSkipped)) {
        return;
    }
    Sql::run(m_db, QStringLiteral("UPDATE tasks SET done_at = :d, skipped_at = NULL WHERE id = :id"),
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
