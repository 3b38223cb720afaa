#include "AgentHost.h"

#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcAgents)

namespace sc::agents {

using models::JobRepository;
using models::JobState;

AgentHost::AgentHost(models::Workspace workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
    qRegisterMetaType<sc::models::JobState>();
    qRegisterMetaType<sc::agents::Agent::State>();
    // A job queued straight into the repository (a view, another agent) wakes the idle agents that ask
    // for it at once instead of at their next timer.
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        if (!topics.testFlag(models::ChangeHub::Jobs) || !m_running) {
            return;
        }
        for (const Slot& slot : std::as_const(m_slots)) {
            if (slot.agent->wakesOnQueueChange() && slot.agent->state() == Agent::State::Idle) {
                QMetaObject::invokeMethod(slot.agent, &Agent::poke, Qt::QueuedConnection);
            }
        }
    });
}

AgentHost::~AgentHost()
{
    stop();
    for (Slot& slot : m_slots) {
        if (!slot.thread || slot.thread->isFinished()) {
            delete slot.agent;
            delete slot.thread;
        }
        // An agent still stuck in a job is left to the process exit rather than deleted under it.
    }
}

void AgentHost::addAgent(std::unique_ptr<Agent> agent)
{
    Q_ASSERT(!m_running);
    m_slots.push_back({agent.release(), nullptr});
}

QList<Agent*> AgentHost::agents() const
{
    QList<Agent*> list;
    for (const Slot& slot : m_slots) {
        list.append(slot.agent);
    }
    return list;
}

Agent* AgentHost::agentForKind(const QString& kind) const
{
    for (const Slot& slot : m_slots) {
        if (slot.agent->jobKinds().contains(kind)) {
            return slot.agent;
        }
    }
    return nullptr;
}

QString AgentHost::describeKind(const QString& kind) const
{
    const Agent* agent = agentForKind(kind);
    return agent ? agent->describeKind(kind) : kind;
}

QStringList AgentHost::knownKinds() const
{
    QStringList kinds;
    for (const Slot& slot : m_slots) {
        kinds += slot.agent->jobKinds();
    }
    return kinds;
}

AgentHost::StartResult AgentHost::start()
{
    StartResult result;
    if (m_running) {
        result.ok = true;
        return result;
    }
    m_lock = std::make_unique<QLockFile>(m_workspace.directory() + QStringLiteral("/agents.lock"));
    m_lock->setStaleLockTime(0); // a lock whose process is gone is stale, however recent
    if (!m_lock->tryLock(100)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        result.error = tr("Another Sales Copilot (process %1) is already running the agents of this workspace. "
                          "Close it first.")
                           .arg(pid);
        m_lock.reset();
        return result;
    }
    try {
        result.recovery = JobRepository(m_workspace.connection()).recoverInterrupted(Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        result.error = error.message();
        m_lock.reset();
        return result;
    }
    if (result.recovery.requeued + result.recovery.failed > 0) {
        qCInfo(lcAgents) << "recovered interrupted jobs:" << result.recovery.requeued << "re-queued,"
                         << result.recovery.failed << "failed";
    }
    for (Slot& slot : m_slots) {
        Agent* agent = slot.agent;
        agent->attach(m_workspace);
        slot.thread = new QThread;
        slot.thread->setObjectName(QStringLiteral("agent-") + agent->id());
        agent->moveToThread(slot.thread);
        connect(agent, &Agent::stateChanged, this, [this, agent](Agent::State state) { onAgentState(agent, state); });
        connect(agent, &Agent::jobStarted, this, &AgentHost::jobStarted);
        connect(agent, &Agent::jobProgress, this, &AgentHost::jobProgress);
        connect(agent, &Agent::storeFailed, this, &AgentHost::storeFailed);
        connect(agent, &Agent::jobFinished, this, [this](qint64 id, JobState state, const QString& error) {
            Q_EMIT jobFinished(id, state, error);
            if (state == JobState::Failed) {
                QString label = QString::number(id);
                try {
                    if (const auto job = JobRepository(m_workspace.connection()).find(id)) {
                        label = describeKind(job->kind);
                    }
                } catch (const models::StoreError&) {
                }
                Q_EMIT jobFailed(id, label, error);
            }
        });
        slot.thread->start();
        QMetaObject::invokeMethod(agent, &Agent::start, Qt::QueuedConnection);
    }
    m_running = true;
    result.ok = true;
    return result;
}

bool AgentHost::stop(int timeoutMs)
{
    if (!m_running) {
        return true;
    }
    m_running = false;
    const QDeadlineTimer deadline(timeoutMs);
    for (Slot& slot : m_slots) {
        slot.agent->requestStop();
        QMetaObject::invokeMethod(slot.agent, &Agent::stop, Qt::QueuedConnection);
    }
    bool allStopped = true;
    for (Slot& slot : m_slots) {
        if (!slot.thread->wait(deadline)) {
            qCWarning(lcAgents) << slot.agent->id() << "did not stop within" << timeoutMs << "ms";
            allStopped = false;
        }
    }
    m_lock.reset();
    return allStopped;
}

void AgentHost::onAgentState(Agent* agent, Agent::State state)
{
    Q_EMIT agentStateChanged(agent->id(), state);
    if (state == Agent::State::Idle && isIdle()) {
        Q_EMIT idle();
    }
}

bool AgentHost::isIdle() const
{
    for (const Slot& slot : m_slots) {
        if (slot.agent->state() != Agent::State::Idle) {
            return false;
        }
    }
    return true;
}

void AgentHost::pokeAgentFor(const QString& kind)
{
    if (Agent* agent = agentForKind(kind); agent && m_running) {
        QMetaObject::invokeMethod(agent, &Agent::poke, Qt::QueuedConnection);
    }
}

qint64 AgentHost::enqueue(const models::NewJob& job)
{
    if (!agentForKind(job.kind)) {
        throw models::StoreError(tr("No agent runs jobs of kind \"%1\".").arg(job.kind));
    }
    const qint64 id = JobRepository(m_workspace.connection()).enqueue(job, Clock::instance().nowMs());
    pokeAgentFor(job.kind);
    return id;
}

JobRepository::CancelResult AgentHost::cancel(qint64 jobId)
{
    JobRepository jobs(m_workspace.connection());
    const auto result = jobs.cancel(jobId, Clock::instance().nowMs());
    if (result == JobRepository::CancelResult::Requested) {
        if (const auto job = jobs.find(jobId)) {
            if (Agent* agent = agentForKind(job->kind)) {
                agent->requestCancel(jobId);
            }
        }
    }
    return result;
}

bool AgentHost::retry(qint64 jobId)
{
    JobRepository jobs(m_workspace.connection());
    const bool done = jobs.retry(jobId, Clock::instance().nowMs());
    if (done) {
        if (const auto job = jobs.find(jobId)) {
            pokeAgentFor(job->kind);
        }
    }
    return done;
}

} // namespace sc::agents
