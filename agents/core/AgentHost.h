#pragma once

#include "Agent.h"
#include "models/Workspace.h"
#include "models/repositories/JobRepository.h"

#include <QLockFile>
#include <QObject>
#include <memory>
#include <vector>

class QThread;

namespace sc::agents {

// Starts and stops the agents, one QThread each, and is the single entry point for queue actions
// from the GUI and the CLI (enqueue, cancel, retry). Only one process runs the agents of a workspace
// at a time (a lock file next to the database), so crash recovery never steals another's jobs.
class AgentHost : public QObject
{
    Q_OBJECT
public:
    explicit AgentHost(models::Workspace workspace, QObject* parent = nullptr);
    ~AgentHost() override;

    // Takes ownership. Call before start().
    void addAgent(std::unique_ptr<Agent> agent);
    QList<Agent*> agents() const;
    Agent* agentForKind(const QString& kind) const;
    QString describeKind(const QString& kind) const;
    QStringList knownKinds() const;

    struct StartResult
    {
        bool ok = false;
        QString error;
        models::JobRepository::Recovery recovery;
    };
    // Takes the workspace's agent lock, re-queues jobs a crash left running, starts every agent.
    StartResult start();
    bool isRunning() const { return m_running; }
    // Asks every agent to finish or interrupt its job and waits at most timeoutMs in total.
    // Returns false if an agent did not stop in time (its job is recovered at the next start).
    bool stop(int timeoutMs = 5000);

    // Queue actions (GUI thread). enqueue() throws StoreError; an unknown kind is a programming error
    // reported as StoreError too, so nothing is queued that no agent would ever run.
    qint64 enqueue(const models::NewJob& job);
    models::JobRepository::CancelResult cancel(qint64 jobId);
    bool retry(qint64 jobId);

    // True when every agent is idle (nothing due it could claim).
    bool isIdle() const;

Q_SIGNALS:
    void agentStateChanged(const QString& agentId, sc::agents::Agent::State state);
    void jobStarted(qint64 jobId);
    void jobProgress(qint64 jobId, int percent, const QString& text);
    void jobFinished(qint64 jobId, sc::models::JobState state, const QString& error);
    // A job failed for good (attempts used up or not retryable): something for the rep to see.
    void jobFailed(qint64 jobId, const QString& label, const QString& error);
    void idle();
    void storeFailed(const QString& message);

private:
    void pokeAgentFor(const QString& kind);
    void onAgentState(Agent* agent, Agent::State state);

    struct Slot
    {
        Agent* agent = nullptr;
        QThread* thread = nullptr;
    };
    models::Workspace m_workspace;
    std::vector<Slot> m_slots;
    std::unique_ptr<QLockFile> m_lock;
    bool m_running = false;
};

} // namespace sc::agents
