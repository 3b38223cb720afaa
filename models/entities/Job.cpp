#include "Job.h"

#include <algorithm>

namespace sc::models {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("queued");
}

JobState jobStateFromString(const QString& text)
{
    for (JobState state :
         {JobState::Queued, JobState::Running, JobState::Succeeded, JobState::Failed, JobState::Canceled}) {
        if (jobStateName(state) == text) {
            return state;
        }
    }
    return JobState::Queued;
}

qint64 Backoff::delayMs(qint64 jobId, int attempt)
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 delay = std::min(BaseMs << exponent, CapMs);
    // splitmix-style scramble of (id, attempt) for a stable jitter in [0, 10%].
    quint64 x = static_cast<quint64>(jobId) * 0x9E3779B97F4A7C15ULL + static_cast<quint64>(attempt);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    const qint64 jitter = static_cast<qint64>(x % 1001) * delay / 10'000;
    return delay + jitter;
}

} // namespace sc::models
