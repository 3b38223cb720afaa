#pragma once

#include "models/Workspace.h"
#include "models/entities/Job.h"

#include <QObject>
#include <QStringList>
#include <atomic>

class QTimer;

namespace sc::agents {

class JobRun;

// A background worker. The AgentHost moves it to its own QThread; from then on it only talks through
// queued signals. It claims jobs of its kinds from the persisted queue one at a time and hands each
// to execute(). Subclasses implement execute() and keep their real logic in plain, testable classes.
class Agent : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Idle, Busy, Stopping };
    Q_ENUM(State)

    Agent(QString id, QStringList jobKinds, QObject* parent = nullptr);
    ~Agent() override;

    QString id() const { return m_id; }
    QStringList jobKinds() const { return m_kinds; }
    virtual QString displayName() const = 0;
    // What the rep reads for one of this agent's job kinds.
    virtual QString describeKind(const QString& kind) const { return kind; }
    State state() const { return m_state.load(); }
    // Views, other agents and the CLI queue jobs straight into the repository: the host wakes every idle
    // agent on each change of the queue instead of at its next timer. An agent whose poke is costly
    // could say false and wait for its timer.
    virtual bool wakesOnQueueChange() const { return true; }

    // Thread-safe: flags the running job (if it is this one) so isCancelRequested() turns true.
    void requestCancel(qint64 jobId);
    // Thread-safe: flags the running job to stop because the app is shutting down.
    void requestStop();

    // Called by the host before the agent moves to its thread.
    void attach(const models::Workspace& workspace) { m_workspace = workspace; }

public Q_SLOTS:
    void start();
    // Looks for due work; the host calls it when a job is queued.
    void poke();
    // Finishes (or interrupts) the current job, closes the thread's connection and quits the thread.
    void stop();

Q_SIGNALS:
    void stateChanged(sc::agents::Agent::State state);
    void jobStarted(qint64 jobId);
    void jobProgress(qint64 jobId, int percent, const QString& text);
    void jobFinished(qint64 jobId, sc::models::JobState state, const QString& error);
    void storeFailed(const QString& message);

protected:
    virtual void execute(JobRun* run) = 0;
    // Called in a catch block of work done for `run` (execute(), or a slot it left behind): out of disk
    // space fails the job for good with what to free and where; any other failure is retried.
    void failOnCurrentException(JobRun* run);
    const models::Workspace& workspace() const { return m_workspace; }

private:
    friend class JobRun;
    enum class Outcome { Succeeded, Failed, Retry, Canceled, Interrupted };
    void finishRun(JobRun* run, Outcome outcome, const QString& error, const QJsonObject& result);
    void saveProgress(JobRun* run, int percent, const QString& text);
    void setState(State state);
    void scheduleWake();
    void shutDown();
    bool cancelRequestedFor(qint64 jobId) const;

    QString m_id;
    QStringList m_kinds;
    models::Workspace m_workspace;
    QTimer* m_wakeTimer = nullptr;
    JobRun* m_current = nullptr;
    std::atomic<State> m_state {State::Stopped};
    std::atomic<qint64> m_cancelJobId {0};
    std::atomic<bool> m_stopRequested {false};
    bool m_pokeQueued = false;
    bool m_started = false;
};

} // namespace sc::agents

Q_DECLARE_METATYPE(sc::agents::Agent::State)
