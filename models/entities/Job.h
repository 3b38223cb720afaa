#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sc::models {

enum class JobState { Queued, Running, Succeeded, Failed, Canceled };

QString jobStateName(JobState state);
JobState jobStateFromString(const QString& text);

// One unit of agent work, persisted in the jobs table.
struct Job
{
    qint64 id = 0;
    QString kind;
    QJsonObject payload;
    JobState state = JobState::Queued;
    int priority = 0;
    int attempts = 0;
    int maxAttempts = 5;
    qint64 runAt = 0;
    int progress = 0;
    QString progressText;
    bool cancelRequested = false;
    QString lastError;
    QJsonObject result;
    QJsonObject checkpoint;
    QString dedupeKey;
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 updatedAt = 0;
};

struct NewJob
{
    QString kind;
    QJsonObject payload;
    int priority = 0;
    int maxAttempts = 5;
    qint64 runAt = 0; // 0: now
    QString dedupeKey;
};

// Exponential backoff between attempts: 30 s, 1 min, 2 min, ... capped at 1 h, with a deterministic
// jitter of up to +10% derived from the job id so that many failed jobs don't retry in lockstep.
struct Backoff
{
    static constexpr qint64 BaseMs = 30'000;
    static constexpr qint64 CapMs = 3'600'000;
    static qint64 delayMs(qint64 jobId, int attempt);
};

} // namespace sc::models

Q_DECLARE_METATYPE(sc::models::JobState)
