#pragma once

#include "../entities/Job.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace sc::models {

// All SQL of the persisted job queue. Claiming is one atomic UPDATE ... RETURNING statement, so two
// workers (threads or processes) never claim the same job.
class JobRepository
{
public:
    explicit JobRepository(QSqlDatabase db);

    // Returns the new job's id; with a dedupe key already pending, the pending job's id.
    qint64 enqueue(const NewJob& job, qint64 now);
    std::optional<Job> claimNext(const QStringList& kinds, qint64 now);
    std::optional<Job> find(qint64 id) const;

    void setProgress(qint64 id, int percent, const QString& text, qint64 now);
    // Call inside the transaction that did the work the checkpoint describes.
    void setCheckpoint(qint64 id, const QJsonObject& checkpoint);
    void succeed(qint64 id, const QJsonObject& result, qint64 now);
    // Retryable failures go back to the queue after Backoff::delayMs until max_attempts is reached.
    JobState fail(qint64 id, const QString& error, bool retryable, qint64 now);
    // A run stopped because the app is shutting down: back to the queue, the attempt not counted.
    void interrupt(qint64 id, qint64 now);
    void markCanceled(qint64 id, qint64 now);

    enum class CancelResult { Canceled, Requested, NotCancelable };
    CancelResult cancel(qint64 id, qint64 now);
    // A failed or canceled job goes back to the queue with its attempts reset; its checkpoint stays,
    // so it continues where it stopped (an import stopped by a full disk: from its first row not in).
    bool retry(qint64 id, qint64 now);

    struct Recovery
    {
        int requeued = 0;
        int failed = 0;
    };
    // Jobs left "running" by a crash: back to the queue, or failed when their attempts are used up.
    Recovery recoverInterrupted(qint64 now);

    struct Filter
    {
        QStringList kinds;
        std::optional<JobState> state;
        int limit = 200;
    };
    QList<Job> list(const Filter& filter) const;
    QHash<JobState, int> countByState(const QStringList& kinds = {}) const;
    // When the next queued job of these kinds becomes due, or nullopt when none is queued.
    std::optional<qint64> nextRunAt(const QStringList& kinds) const;
    int purgeFinishedBefore(qint64 before);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
