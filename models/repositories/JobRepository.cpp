#include "JobRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace sc::models {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, payload, state, priority, attempts, max_attempts, run_at, progress, progress_text, "
    "cancel_requested, last_error, result, dedupe_key, created_at, started_at, finished_at, updated_at, checkpoint");

QJsonObject parseObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString serialize(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Job readJob(const QSqlQuery& q)
{
    Job job;
    job.id = q.value(0).toLongLong();
    job.kind = q.value(1).toString();
    job.payload = parseObject(q.value(2));
    job.state = jobStateFromString(q.value(3).toString());
    job.priority = q.value(4).toInt();
    job.attempts = q.value(5).toInt();
    job.maxAttempts = q.value(6).toInt();
    job.runAt = q.value(7).toLongLong();
    job.progress = q.value(8).toInt();
    job.progressText = q.value(9).toString();
    job.cancelRequested = q.value(10).toBool();
    job.lastError = q.value(11).toString();
    job.result = parseObject(q.value(12));
    job.dedupeKey = q.value(13).toString();
    job.createdAt = q.value(14).toLongLong();
    job.startedAt = q.value(15).toLongLong();
    job.finishedAt = q.value(16).toLongLong();
    job.updatedAt = q.value(17).toLongLong();
    job.checkpoint = parseObject(q.value(18));
    return job;
}

// ":k0, :k1, ..." for an IN list, bound with bindKinds.
QString kindPlaceholders(const QStringList& kinds)
{
    QStringList names;
    for (int i = 0; i < kinds.size(); ++i) {
        names.append(QStringLiteral(":k%1").arg(i));
    }
    return names.join(QStringLiteral(", "));
}

void bindKinds(QSqlQuery& q, const QStringList& kinds)
{
    for (int i = 0; i < kinds.size(); ++i) {
        q.bindValue(QStringLiteral(":k%1").arg(i), kinds.at(i));
    }
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

JobRepository::JobRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 JobRepository::enqueue(const NewJob& job, qint64 now)
{
    if (!job.dedupeKey.isEmpty()) {
        const QVariant existing = Sql::scalar(
            m_db, QStringLiteral("SELECT id FROM jobs WHERE dedupe_key = :key AND state IN ('queued', 'running')"),
            {{":key", job.dedupeKey}});
        if (existing.isValid()) {
            return existing.toLongLong();
        }
    }
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO jobs (kind, payload, priority, max_attempts, run_at, dedupe_key, created_at, "
                       "updated_at) VALUES (:kind, :payload, :priority, :max, :run_at, :dedupe, :now, :now)"),
        {{":kind", job.kind},
         {":payload", serialize(job.payload)},
         {":priority", job.priority},
         {":max", std::max(1, job.maxAttempts)},
         {":run_at", job.runAt > 0 ? job.runAt : now},
         {":dedupe", nullIfEmpty(job.dedupeKey)},
         {":now", now}});
    const qint64 id = q.lastInsertId().toLongLong();
    ChangeHub::notify(ChangeHub::Jobs);
    return id;
}

std::optional<Job> JobRepository::claimNext(const QStringList& kinds, qint64 now)
{
    if (kinds.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery q = Sql::prepare(
        m_db,
        QStringLiteral("UPDATE jobs SET state = 'running', attempts = attempts + 1, started_at = :now, "
                       "updated_at = :now, progress = 0, progress_text = NULL, finished_at = NULL "
                       "WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= :now AND kind IN (%1) "
                       "ORDER BY priority DESC, run_at, id LIMIT 1) AND state = 'queued' RETURNING %2")
            .arg(kindPlaceholders(kinds), kColumns));
    q.bindValue(QStringLiteral(":now"), now);
    bindKinds(q, kinds);
    Sql::exec(q);
    if (!q.next()) {
        return std::nullopt;
    }
    Job job = readJob(q);
    q.finish();
    ChangeHub::notify(ChangeHub::Jobs);
    return job;
}

std::optional<Job> JobRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT %1 FROM jobs WHERE id = :id").arg(kColumns), {{":id", id}});
    if (!q.next()) {
        return std::nullopt;
    }
    return readJob(q);
}

void JobRepository::setProgress(qint64 id, int percent, const QString& text, qint64 now)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE jobs SET progress = :p, progress_text = :t, updated_at = :now "
                            "WHERE id = :id AND state = 'running'"),
             {{":p", std::clamp(percent, 0, 100)}, {":t", nullIfEmpty(text)}, {":now", now}, {":id", id}});
}

void JobRepository::setCheckpoint(qint64 id, const QJsonObject& checkpoint)
{
    Sql::run(m_db, QStringLiteral("UPDATE jobs SET checkpoint = :c WHERE id = :id AND state = 'running'"),
             {{":c", serialize(checkpoint)}, {":id", id}});
}

void JobRepository::succeed(qint64 id, const QJsonObject& result, qint64 now)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE jobs SET state = 'succeeded', progress = 100, result = :r, last_error = NULL, "
                            "finished_at = :now, updated_at = :now WHERE id = :id AND state = 'running'"),
             {{":r", serialize(result)}, {":now", now}, {":id", id}});
    ChangeHub::notify(ChangeHub::Jobs);
}

JobState JobRepository::fail(qint64 id, const QString& error, bool retryable, qint64 now)
{
    const std::optional<Job> job = find(id);
    if (!job || job->state != JobState::Running) {
        throw StoreError(QStringLiteral("job %1 is not running").arg(id));
    }
    const bool again = retryable && !job->cancelRequested && job->attempts < job->maxAttempts;
    if (again) {
        Sql::run(
            m_db,
            QStringLiteral("UPDATE jobs SET state = 'queued', last_error = :e, run_at = :run_at, updated_at = :now "
                           "WHERE id = :id"),
            {{":e", error}, {":run_at", now + Backoff::delayMs(id, job->attempts)}, {":now", now}, {":id", id}});
    } else {
        Sql::run(
            m_db,
            QStringLiteral("UPDATE jobs SET state = 'failed', last_error = :e, finished_at = :now, updated_at = :now "
                           "WHERE id = :id"),
            {{":e", error}, {":now", now}, {":id", id}});
    }
    ChangeHub::notify(ChangeHub::Jobs);
    return again ? JobState::Queued : JobState::Failed;
}

void JobRepository::interrupt(qint64 id, qint64 now)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE jobs SET state = 'queued', attempts = MAX(attempts - 1, 0), run_at = :now, "
                            "updated_at = :now WHERE id = :id AND state = 'running'"),
             {{":now", now}, {":id", id}});
    ChangeHub::notify(ChangeHub::Jobs);
}

void JobRepository::markCanceled(qint64 id, qint64 now)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE jobs SET state = 'canceled', finished_at = :now, updated_at = :now "
                            "WHERE id = :id AND state IN ('queued', 'running')"),
             {{":now", now}, {":id", id}});
    ChangeHub::notify(ChangeHub::Jobs);
}

JobRepository::CancelResult JobRepository::cancel(qint64 id, qint64 now)
{
    QSqlQuery queued
        = Sql::run(m_db,
                   QStringLiteral("UPDATE jobs SET state = 'canceled', finished_at = :now, updated_at = :now "
                                  "WHERE id = :id AND state = 'queued'"),
                   {{":now", now}, {":id", id}});
    if (queued.numRowsAffected() > 0) {
        ChangeHub::notify(ChangeHub::Jobs);
        return CancelResult::Canceled;
    }
    QSqlQuery running = Sql::run(
        m_db,
        QStringLiteral("UPDATE jobs SET cancel_requested = 1, updated_at = :now WHERE id = :id AND state = 'running'"),
        {{":now", now}, {":id", id}});
    if (running.numRowsAffected() > 0) {
        ChangeHub::notify(ChangeHub::Jobs);
        return CancelResult::Requested;
    }
    return CancelResult::NotCancelable;
}

bool JobRepository::retry(qint64 id, qint64 now)
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("UPDATE jobs SET state = 'queued', attempts = 0, run_at = :now, cancel_requested = 0, "
                       "finished_at = NULL, progress = 0, progress_text = NULL, updated_at = :now "
                       "WHERE id = :id AND state IN ('failed', 'canceled')"),
        {{":now", now}, {":id", id}});
    const bool done = q.numRowsAffected() > 0;
    if (done) {
        ChangeHub::notify(ChangeHub::Jobs);
    }
    return done;
}

JobRepository::Recovery JobRepository::recoverInterrupted(qint64 now)
{
    Transaction transaction(m_db);
    Recovery recovery;
    const QString reason = QStringLiteral("interrupted: Sales Copilot stopped while this job was running");
    QSqlQuery failed = Sql::run(
        m_db,
        QStringLiteral("UPDATE jobs SET state = 'failed', last_error = :e, finished_at = :now, updated_at = :now "
                       "WHERE state = 'running' AND (attempts >= max_attempts OR cancel_requested = 1)"),
        {{":e", reason}, {":now", now}});
    recovery.failed = failed.numRowsAffected();
    QSqlQuery requeued
        = Sql::run(m_db,
                   QStringLiteral("UPDATE jobs SET state = 'queued', last_error = :e, run_at = :now, updated_at = :now "
                                  "WHERE state = 'running'"),
                   {{":e", reason}, {":now", now}});
    recovery.requeued = requeued.numRowsAffected();
    transaction.commit();
    if (recovery.requeued + recovery.failed > 0) {
        ChangeHub::notify(ChangeHub::Jobs);
    }
    return recovery;
}

QList<Job> JobRepository::list(const Filter& filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM jobs WHERE 1 = 1").arg(kColumns);
    if (!filter.kinds.isEmpty()) {
        sql += QStringLiteral(" AND kind IN (%1)").arg(kindPlaceholders(filter.kinds));
    }
    if (filter.state) {
        sql += QStringLiteral(" AND state = :state");
    }
    // Live work first (running, then queued by due time), then the most recent finished jobs.
    sql += QStringLiteral(" ORDER BY CASE state WHEN 'running' THEN 0 WHEN 'queued' THEN 1 ELSE 2 END, "
                          "CASE WHEN state = 'queued' THEN run_at ELSE -updated_at END, id DESC LIMIT :limit");
    QSqlQuery q = Sql::prepare(m_db, sql);
    bindKinds(q, filter.kinds);
    if (filter.state) {
        q.bindValue(QStringLiteral(":state"), jobStateName(*filter.state));
    }
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    Sql::exec(q);
    QList<Job> jobs;
    while (q.next()) {
        jobs.append(readJob(q));
    }
    return jobs;
}

QHash<JobState, int> JobRepository::countByState(const QStringList& kinds) const
{
    QString sql = QStringLiteral("SELECT state, COUNT(*) FROM jobs");
    if (!kinds.isEmpty()) {
        sql += QStringLiteral(" WHERE kind IN (%1)").arg(kindPlaceholders(kinds));
    }
    sql += QStringLiteral(" GROUP BY state");
    QSqlQuery q = Sql::prepare(m_db, sql);
    bindKinds(q, kinds);
    Sql::exec(q);
    QHash<JobState, int> counts;
    while (q.next()) {
        counts.insert(jobStateFromString(q.value(0).toString()), q.value(1).toInt());
    }
    return counts;
}

std::optional<qint64> JobRepository::nextRunAt(const QStringList& kinds) const
{
    if (kinds.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery q = Sql::prepare(m_db,
                               QStringLiteral("SELECT MIN(run_at) FROM jobs WHERE state = 'queued' AND kind IN (%1)")
                                   .arg(kindPlaceholders(kinds)));
    bindKinds(q, kinds);
    Sql::exec(q);
    if (!q.next() || q.value(0).isNull()) {
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

int JobRepository::purgeFinishedBefore(qint64 before)
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("DELETE FROM jobs WHERE state IN ('succeeded', 'canceled') AND finished_at < :before"),
        {{":before", before}});
    const int removed = q.numRowsAffected();
    if (removed > 0) {
        ChangeHub::notify(ChangeHub::Jobs);
    }
    return removed;
}

} // namespace sc::models
