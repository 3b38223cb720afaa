#pragma once

#include "models/entities/Job.h"

#include <QElapsedTimer>
#include <QObject>

namespace sc::agents {

class Agent;

// One run of one job, handed to Agent::execute on the agent's thread. The agent ends it exactly once
// with succeed(), fail() or stopAsRequested() — now or later from a slot, so async work is fine.
class JobRun : public QObject
{
    Q_OBJECT
public:
    enum class Retry { Yes, No };

    const models::Job& job() const { return m_job; }
    QJsonObject payload() const { return m_job.payload; }
    QString kind() const { return m_job.kind; }
    // Where an earlier, interrupted run of this job got to (empty the first time).
    QJsonObject checkpoint() const { return m_job.checkpoint; }
    // Records progress that must survive a crash. Call it inside the transaction (on this thread's
    // connection) that committed the work it describes, so both land or neither does.
    void saveCheckpoint(const QJsonObject& checkpoint);

    // Thread-safe check for synchronous loops: the rep canceled the job or the app is shutting down.
    bool isCancelRequested() const;
    // True once the run was ended: an answer that arrives later (a password, a page) is then dropped.
    bool isFinished() const { return m_finished; }

    void reportProgress(int percent, const QString& text = {});
    void succeed(const QJsonObject& result = {});
    // Retry::Yes puts the job back in the queue with exponential backoff until max_attempts.
    void fail(const QString& error, Retry retry = Retry::Yes);
    // Ends the run after isCancelRequested(): canceled if the rep asked, re-queued if the app stops.
    void stopAsRequested();

Q_SIGNALS:
    // For async work: stop what you are doing and call stopAsRequested().
    void cancelRequested();

private:
    friend class Agent;
    JobRun(Agent* agent, models::Job job);

    Agent* m_agent;
    models::Job m_job;
    bool m_finished = false;
    int m_lastSavedPercent = -1;
    QElapsedTimer m_sinceSave;
};

} // namespace sc::agents
