#include "Agent.h"

#include "JobRun.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/store/DiskSpace.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAgents, "salescopilot.agents")

namespace sc::agents {

using models::DiskFullError;
using models::JobRepository;
using models::JobState;
using models::StoreError;
namespace DiskSpace = models::DiskSpace;

namespace {
constexpr qint64 ProgressSaveIntervalMs = 250;
constexpr qint64 MaxWakeMs = 60 * 60 * 1000;
constexpr int StoreRetryMs = 5000;
} // namespace

Agent::Agent(QString id, QStringList jobKinds, QObject* parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_kinds(std::move(jobKinds))
{
}

Agent::~Agent() = default;

void Agent::setState(State state)
{
    if (m_state.exchange(state) != state) {
        Q_EMIT stateChanged(state);
    }
}

bool Agent::cancelRequestedFor(qint64 jobId) const
{
    return m_stopRequested.load() || m_cancelJobId.load() == jobId;
}

void Agent::requestCancel(qint64 jobId)
{
    m_cancelJobId.store(jobId);
    QMetaObject::invokeMethod(
        this,
        [this, jobId] {
            if (m_current && m_current->job().id == jobId) {
                Q_EMIT m_current->cancelRequested();
            }
        },
        Qt::QueuedConnection);
}

void Agent::requestStop()
{
    m_stopRequested.store(true);
}

void Agent::start()
{
    if (!m_wakeTimer) {
        m_wakeTimer = new QTimer(this);
        m_wakeTimer->setSingleShot(true);
        connect(m_wakeTimer, &QTimer::timeout, this, &Agent::poke);
    }
    m_stopRequested.store(false);
    m_started = true;
    poke(); // sets Idle or Busy: "idle" must never be announced while due work waits
}

void Agent::poke()
{
    m_pokeQueued = false;
    if (m_stopRequested.load() || m_current || !m_started) {
        return;
    }
    std::optional<models::Job> job;
    try {
        job = JobRepository(m_workspace.connection()).claimNext(m_kinds, Clock::instance().nowMs());
    } catch (const StoreError& error) {
        qCWarning(lcAgents) << m_id << "cannot read the job queue:" << error.message();
        Q_EMIT storeFailed(error.message());
        m_wakeTimer->start(StoreRetryMs);
        return;
    }
    if (!job) {
        setState(State::Idle);
        scheduleWake();
        return;
    }
    m_cancelJobId.store(job->cancelRequested ? job->id : 0);
    m_current = new JobRun(this, *job);
    setState(State::Busy);
    Q_EMIT jobStarted(job->id);
    qCInfo(lcAgents) << m_id << "runs job" << job->id << job->kind << "attempt" << job->attempts;
    JobRun* run = m_current;
    try {
        execute(run);
    } catch (...) {
        failOnCurrentException(run);
    }
}

void Agent::failOnCurrentException(JobRun* run)
{
    try {
        throw;
    } catch (const DiskFullError&) {
        // Out of space: retrying would fail the same way until the rep frees some.
        run->fail(DiskSpace::fullMessage(m_workspace.directory(), DiskSpace::DefaultNeedBytes), JobRun::Retry::No);
    } catch (const std::exception& error) {
        // A bug or a store failure inside the agent: the job fails (retryable), the agent lives on.
        run->fail(QString::fromUtf8(error.what()));
    } catch (...) {
        run->fail(QStringLiteral("unknown error"));
    }
}

void Agent::scheduleWake()
{
    std::optional<qint64> next;
    try {
        next = JobRepository(m_workspace.connection()).nextRunAt(m_kinds);
    } catch (const StoreError&) {
        next = Clock::instance().nowMs() + StoreRetryMs;
    }
    if (!next) {
        m_wakeTimer->stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(*next - Clock::instance().nowMs(), 0, MaxWakeMs);
    // A due job we could not claim belongs to another process (CLI and GUI on one workspace).
    m_wakeTimer->start(std::chrono::milliseconds(std::max<qint64>(delay, 50)));
}

void Agent::saveProgress(JobRun* run, int percent, const QString& text)
{
    Q_EMIT jobProgress(run->job().id, percent, text);
    // Throttle writes: the UI gets every step by signal, the database a few per second.
    if (percent == run->m_lastSavedPercent || (run->m_sinceSave.elapsed() < ProgressSaveIntervalMs && percent < 100)) {
        return;
    }
    run->m_lastSavedPercent = percent;
    run->m_sinceSave.restart();
    try {
        JobRepository(m_workspace.connection()).setProgress(run->job().id, percent, text, Clock::instance().nowMs());
    } catch (const StoreError& error) {
        qCWarning(lcAgents) << m_id << "cannot save progress:" << error.message();
    }
}

void Agent::finishRun(JobRun* run, Outcome outcome, const QString& error, const QJsonObject& result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    run->m_finished = true;
    const qint64 id = run->job().id;
    const bool stopping = m_stopRequested.load();
    const bool canceled = m_cancelJobId.load() == id;
    if (outcome == Outcome::Canceled
        || ((outcome == Outcome::Retry || outcome == Outcome::Failed) && (stopping || canceled))) {
        outcome = stopping && !canceled ? Outcome::Interrupted : Outcome::Canceled;
    }
    JobState finalState = JobState::Succeeded;
    QString finalError = error;
    try {
        JobRepository jobs(m_workspace.connection());
        const qint64 now = Clock::instance().nowMs();
        switch (outcome) {
        case Outcome::Succeeded:
            jobs.succeed(id, result, now);
            break;
        case Outcome::Failed:
        case Outcome::Retry:
            finalState = jobs.fail(id, error, outcome == Outcome::Retry, now);
            break;
        case Outcome::Canceled:
            jobs.markCanceled(id, now);
            finalState = JobState::Canceled;
            break;
        case Outcome::Interrupted:
            jobs.interrupt(id, now);
            finalState = JobState::Queued;
            break;
        }
    } catch (const StoreError& storeError) {
        // The outcome could not be written: the job stays "running" and recovery re-queues it.
        qCWarning(lcAgents) << m_id << "cannot record the end of job" << id << storeError.message();
        Q_EMIT storeFailed(storeError.message());
        finalState = JobState::Running;
        finalError = storeError.message();
    }
    qCInfo(lcAgents) << m_id << "job" << id << "ended" << models::jobStateName(finalState);
    m_current = nullptr;
    m_cancelJobId.store(0);
    run->deleteLater();
    Q_EMIT jobFinished(id, finalState, finalError);
    if (stopping) {
        // After execute() has returned: a job ends its run before its own objects (an importer and
        // its queries on this thread's connection) go, and the connection must outlive them.
        QMetaObject::invokeMethod(
            this, [this] { shutDown(); }, Qt::QueuedConnection);
        return;
    }
    // Busy until the next look at the queue: poke() claims the next due job or, finding none, says
    // Idle. Saying Idle here would tell the host "all done" between two queued jobs.
    if (!m_pokeQueued) {
        m_pokeQueued = true;
        QMetaObject::invokeMethod(this, &Agent::poke, Qt::QueuedConnection);
    }
}

void Agent::stop()
{
    m_stopRequested.store(true);
    if (m_current) {
        setState(State::Stopping);
        Q_EMIT m_current->cancelRequested(); // finishRun() shuts down once the job has ended
        return;
    }
    shutDown();
}

void Agent::shutDown()
{
    if (m_wakeTimer) {
        m_wakeTimer->stop();
    }
    m_workspace.releaseConnection();
    m_started = false;
    setState(State::Stopped);
    if (thread() != QCoreApplication::instance()->thread()) {
        thread()->quit();
    }
}

} // namespace sc::agents
