// Job queue and agent runtime: claim order and atomicity, exponential backoff in simulated time,
// cancel/retry, crash recovery — including a real process killed midway through a job and restarted.
#include "TestWorkspace.h"
#include "agents/core/AgentHost.h"
#include "agents/core/JobRun.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <set>

using namespace sc;
using namespace sc::models;
using namespace sc::agents;

namespace {

// A real agent with test job kinds; its async slow job proves the async path and cooperative cancel.
class TestAgent : public Agent
{
    Q_OBJECT
public:
    TestAgent()
        : Agent(QStringLiteral("test"),
                {QStringLiteral("test.echo"), QStringLiteral("test.fail"), QStringLiteral("test.fatal"),
                 QStringLiteral("test.slow"), QStringLiteral("test.throw"), QStringLiteral("test.busy"),
                 QStringLiteral("test.query")})
    {
    }
    QString displayName() const override { return QStringLiteral("Test agent"); }
    QString describeKind(const QString& kind) const override { return QStringLiteral("Test job ") + kind; }

protected:
    void execute(JobRun* run) override
    {
        const QString kind = run->job().kind;
        if (kind == QLatin1String("test.echo")) {
            run->succeed(run->payload());
        } else if (kind == QLatin1String("test.fail")) {
            run->fail(QStringLiteral("server said 503"));
        } else if (kind == QLatin1String("test.fatal")) {
            run->fail(QStringLiteral("address rejected"), JobRun::Retry::No);
        } else if (kind == QLatin1String("test.throw")) {
            throw std::runtime_error("unexpected state");
        } else if (kind == QLatin1String("test.busy")) {
            // A synchronous loop that only checks the thread-safe flag.
            while (!run->isCancelRequested()) {
                QThread::msleep(5);
            }
            run->stopAsRequested();
        } else if (kind == QLatin1String("test.query")) {
            // Ends its run while holding the thread's connection (as the importer does): the connection
            // must outlive the job's objects even when a stop was asked meanwhile.
            const QSqlDatabase held = workspace().connection();
            while (!run->isCancelRequested()) {
                QThread::msleep(5);
            }
            run->succeed({});
            QVERIFY(held.isOpen());
        } else if (kind == QLatin1String("test.slow")) {
            const int steps = run->payload().value(QStringLiteral("steps")).toInt(50);
            auto* timer = new QTimer(run);
            timer->setInterval(run->payload().value(QStringLiteral("intervalMs")).toInt(20));
            auto step = std::make_shared<int>(0);
            connect(run, &JobRun::cancelRequested, timer, [run, timer] {
                timer->stop();
                run->stopAsRequested();
            });
            connect(timer, &QTimer::timeout, run, [run, timer, step, steps] {
                ++*step;
                run->reportProgress(*step * 100 / steps, QStringLiteral("step %1").arg(*step));
                if (*step >= steps) {
                    timer->stop();
                    run->succeed({{QStringLiteral("steps"), *step}});
                }
            });
            timer->start();
        }
    }
};

NewJob job(const char* kind, QJsonObject payload = {})
{
    NewJob j;
    j.kind = QString::fromLatin1(kind);
    j.payload = std::move(payload);
    return j;
}

std::unique_ptr<AgentHost> makeHost(const Workspace& ws)
{
    auto host = std::make_unique<AgentHost>(ws);
    host->addAgent(std::make_unique<TestAgent>());
    return host;
}

JobState stateOf(const Workspace& ws, qint64 id)
{
    return JobRepository(ws.connection()).find(id)->state;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void claimsByPriorityThenDueTime()
    {
        tests::TestWorkspace ws;
        JobRepository jobs(ws->connection());
        const qint64 now = m_clock.nowMs();
        NewJob late = job("a.x");
        late.runAt = now + 60'000;
        const qint64 lateId = jobs.enqueue(late, now);
        const qint64 first = jobs.enqueue(job("a.x"), now);
        NewJob urgent = job("a.x");
        urgent.priority = 5;
        const qint64 urgentId = jobs.enqueue(urgent, now);
        jobs.enqueue(job("other.kind"), now);
        const QStringList kinds {QStringLiteral("a.x")};
        QCOMPARE(jobs.claimNext(kinds, now)->id, urgentId);
        QCOMPARE(jobs.claimNext(kinds, now)->id, first);
        QVERIFY(!jobs.claimNext(kinds, now)); // the late one is not due yet
        QCOMPARE(*jobs.nextRunAt(kinds), now + 60'000);
        const auto claimed = jobs.claimNext(kinds, now + 60'000);
        QCOMPARE(claimed->id, lateId);
        QCOMPARE(claimed->attempts, 1);
        QCOMPARE(claimed->state, JobState::Running);
    }

    void claimIsAtomicAcrossThreads()
    {
        tests::TestWorkspace ws;
        const int total = 400;
        {
            Transaction t(ws->connection());
            JobRepository jobs(ws->connection());
            for (int i = 0; i < total; ++i) {
                jobs.enqueue(job("race.x"), m_clock.nowMs());
            }
            t.commit();
        }
        std::vector<qint64> claimedA;
        std::vector<qint64> claimedB;
        auto worker = [&ws, this](std::vector<qint64>* out) {
            return QThread::create([&ws, this, out] {
                {
                    JobRepository jobs(ws->connection());
                    while (auto j = jobs.claimNext({QStringLiteral("race.x")}, m_clock.nowMs())) {
                        out->push_back(j->id);
                    }
                }
                ws->releaseConnection();
            });
        };
        QThread* a = worker(&claimedA);
        QThread* b = worker(&claimedB);
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        std::set<qint64> all(claimedA.begin(), claimedA.end());
        all.insert(claimedB.begin(), claimedB.end());
        QCOMPARE(claimedA.size() + claimedB.size(), size_t(total)); // nobody claimed a job twice
        QCOMPARE(all.size(), size_t(total));
    }

    void backoffDoublesUntilMaxAttempts()
    {
        tests::TestWorkspace ws;
        JobRepository jobs(ws->connection());
        NewJob j = job("net.fetch");
        j.maxAttempts = 4;
        const qint64 id = jobs.enqueue(j, m_clock.nowMs());
        const QStringList kinds {QStringLiteral("net.fetch")};
        qint64 expectedBase = Backoff::BaseMs;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QVERIFY(jobs.claimNext(kinds, m_clock.nowMs()));
            const qint64 failedAt = m_clock.nowMs();
            QCOMPARE(jobs.fail(id, QStringLiteral("timeout"), true, failedAt), JobState::Queued);
            const Job queued = *jobs.find(id);
            const qint64 delay = queued.runAt - failedAt;
            QVERIFY2(delay >= expectedBase && delay <= expectedBase * 11 / 10,
                     qPrintable(QStringLiteral("attempt %1: delay %2").arg(attempt).arg(delay)));
            QCOMPARE(delay, Backoff::delayMs(id, attempt));
            QCOMPARE(queued.lastError, QStringLiteral("timeout"));
            // Not claimable one second before it is due, claimable when due.
            m_clock.advance(delay - 1000);
            QVERIFY(!jobs.claimNext(kinds, m_clock.nowMs()));
            m_clock.advance(1000);
            expectedBase *= 2;
        }
        QVERIFY(jobs.claimNext(kinds, m_clock.nowMs()));
        QCOMPARE(jobs.fail(id, QStringLiteral("timeout"), true, m_clock.nowMs()), JobState::Failed);
        const Job failed = *jobs.find(id);
        QCOMPARE(failed.attempts, 4);
        QCOMPARE(failed.state, JobState::Failed);
    }

    void backoffIsCapped()
    {
        QVERIFY(Backoff::delayMs(1, 30) <= Backoff::CapMs * 11 / 10);
        QVERIFY(Backoff::delayMs(1, 30) >= Backoff::CapMs);
        QVERIFY(Backoff::delayMs(1, 2) != Backoff::delayMs(2, 2) || Backoff::delayMs(1, 3) != Backoff::delayMs(2, 3));
    }

    void cancelAndRetry()
    {
        tests::TestWorkspace ws;
        JobRepository jobs(ws->connection());
        const qint64 now = m_clock.nowMs();
        const qint64 queued = jobs.enqueue(job("c.x"), now);
        QCOMPARE(jobs.cancel(queued, now), JobRepository::CancelResult::Canceled);
        QCOMPARE(jobs.find(queued)->state, JobState::Canceled);
        QCOMPARE(jobs.cancel(queued, now), JobRepository::CancelResult::NotCancelable);
        QVERIFY(jobs.retry(queued, now));
        QCOMPARE(jobs.find(queued)->state, JobState::Queued);
        QVERIFY(!jobs.retry(queued, now)); // only failed or canceled jobs
        const auto running = jobs.claimNext({QStringLiteral("c.x")}, now);
        QCOMPARE(jobs.cancel(running->id, now), JobRepository::CancelResult::Requested);
        QVERIFY(jobs.find(running->id)->cancelRequested);
    }

    void dedupeKeyQueuesOnce()
    {
        tests::TestWorkspace ws;
        JobRepository jobs(ws->connection());
        NewJob j = job("d.x");
        j.dedupeKey = QStringLiteral("sync:account-1");
        const qint64 first = jobs.enqueue(j, m_clock.nowMs());
        QCOMPARE(jobs.enqueue(j, m_clock.nowMs()), first);
        jobs.claimNext({QStringLiteral("d.x")}, m_clock.nowMs());
        jobs.succeed(first, {}, m_clock.nowMs());
        QVERIFY(jobs.enqueue(j, m_clock.nowMs()) != first); // finished: a new one may be queued
    }

    void recoveryRequeuesJobsACrashLeftRunning()
    {
        tests::TestWorkspace ws;
        NewJob once = job("r.x");
        once.maxAttempts = 1;
        qint64 spent = 0;
        qint64 retried = 0;
        {
            JobRepository jobs(ws->connection());
            spent = jobs.enqueue(once, m_clock.nowMs());
            retried = jobs.enqueue(job("r.x"), m_clock.nowMs());
            jobs.claimNext({QStringLiteral("r.x")}, m_clock.nowMs());
            jobs.claimNext({QStringLiteral("r.x")}, m_clock.nowMs());
        }
        // "Crash": the connection goes away with both jobs running.
        ws->releaseConnection();
        const auto recovery = JobRepository(ws->connection()).recoverInterrupted(m_clock.nowMs());
        QCOMPARE(recovery.requeued, 1);
        QCOMPARE(recovery.failed, 1);
        QCOMPARE(stateOf(*ws, retried), JobState::Queued);
        QCOMPARE(stateOf(*ws, spent), JobState::Failed);
        QVERIFY(JobRepository(ws->connection()).find(retried)->lastError.contains(QLatin1String("interrupted")));
    }

    void hostRunsJobsAndReportsThroughSignals()
    {
        tests::TestWorkspace ws;
        auto host = makeHost(*ws);
        QSignalSpy finished(host.get(), &AgentHost::jobFinished);
        QSignalSpy failed(host.get(), &AgentHost::jobFailed);
        QVERIFY(host->start().ok);
        const qint64 echo = host->enqueue(job("test.echo", {{QStringLiteral("hello"), 42}}));
        const qint64 fatal = host->enqueue(job("test.fatal"));
        const qint64 thrown = host->enqueue(job("test.throw"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
        QCOMPARE(stateOf(*ws, echo), JobState::Succeeded);
        QCOMPARE(JobRepository(ws->connection()).find(echo)->result.value(QStringLiteral("hello")).toInt(), 42);
        QCOMPARE(stateOf(*ws, fatal), JobState::Failed);
        // An exception is a retryable failure; the agent survives it.
        QCOMPARE(stateOf(*ws, thrown), JobState::Queued);
        QVERIFY(JobRepository(ws->connection()).find(thrown)->lastError.contains(QLatin1String("unexpected state")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toLongLong(), fatal);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("Test job test.fatal"));
        QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("address rejected"));
        QVERIFY_THROWS_EXCEPTION(StoreError, host->enqueue(job("nobody.runs.this")));
        QVERIFY(host->stop());
    }

    void progressReachesTheUiThreadAndTheDatabase()
    {
        tests::TestWorkspace ws;
        auto host = makeHost(*ws);
        QSignalSpy progress(host.get(), &AgentHost::jobProgress);
        QSignalSpy finished(host.get(), &AgentHost::jobFinished);
        QVERIFY(host->start().ok);
        const qint64 id
            = host->enqueue(job("test.slow", {{QStringLiteral("steps"), 10}, {QStringLiteral("intervalMs"), 5}}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(progress.size(), 10);
        QCOMPARE(progress.last().at(1).toInt(), 100);
        const Job done = *JobRepository(ws->connection()).find(id);
        QCOMPARE(done.state, JobState::Succeeded);
        QCOMPARE(done.progress, 100);
        QVERIFY(host->stop());
    }

    void cancelStopsARunningJob()
    {
        tests::TestWorkspace ws;
        auto host = makeHost(*ws);
        QSignalSpy started(host.get(), &AgentHost::jobStarted);
        QSignalSpy finished(host.get(), &AgentHost::jobFinished);
        QVERIFY(host->start().ok);
        const qint64 slow = host->enqueue(job("test.slow", {{QStringLiteral("steps"), 100000}}));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QCOMPARE(host->cancel(slow), JobRepository::CancelResult::Requested);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(stateOf(*ws, slow), JobState::Canceled);
        // And a synchronous loop, through the thread-safe flag.
        const qint64 busy = host->enqueue(job("test.busy"));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10000);
        host->cancel(busy);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(stateOf(*ws, busy), JobState::Canceled);
        QVERIFY(host->retry(busy));
        QVERIFY(host->stop());
    }

    void retryingFailedJobRunsItAgainAfterBackoff()
    {
        tests::TestWorkspace ws;
        auto host = makeHost(*ws);
        QSignalSpy finished(host.get(), &AgentHost::jobFinished);
        QVERIFY(host->start().ok);
        NewJob j = job("test.fail");
        j.maxAttempts = 2;
        const qint64 id = host->enqueue(j);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(stateOf(*ws, id), JobState::Queued);
        // Time passes (simulated): the agent's wake-up finds the job due again.
        m_clock.advance(Backoff::delayMs(id, 1));
        QMetaObject::invokeMethod(host->agents().first(), &Agent::poke, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(stateOf(*ws, id), JobState::Failed);
        QCOMPARE(JobRepository(ws->connection()).find(id)->attempts, 2);
        QVERIFY(host->stop());
    }

    void stopInterruptsWithinFiveSecondsAndRequeues()
    {
        tests::TestWorkspace ws;
        auto host = makeHost(*ws);
        QSignalSpy started(host.get(), &AgentHost::jobStarted);
        QVERIFY(host->start().ok);
        const qint64 slow = host->enqueue(job("test.slow", {{QStringLiteral("steps"), 100000}}));
        const qint64 busy = host->enqueue(job("test.busy"));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(host->stop(5000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const Job interrupted = *JobRepository(ws->connection()).find(slow);
        QCOMPARE(interrupted.state, JobState::Queued);
        QCOMPARE(interrupted.attempts, 0); // shutting down is not the job's fault
        QCOMPARE(stateOf(*ws, busy), JobState::Queued);
    }

    // Found by hostile input: "removeDatabase: connection … is still in use" after 7 of 14 imports.
    void aJobEndingAsTheAgentStopsKeepsItsConnectionUntilItReturns()
    {
        tests::TestWorkspace ws;
        auto host = makeHost(*ws);
        QSignalSpy started(host.get(), &AgentHost::jobStarted);
        QVERIFY(host->start().ok);
        const qint64 id = host->enqueue(job("test.query"));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        QVERIFY(host->stop(5000));
        QCOMPARE(stateOf(*ws, id), JobState::Succeeded);
    }

    void onlyOneProcessRunsTheAgents()
    {
        tests::TestWorkspace ws;
        auto first = makeHost(*ws);
        QVERIFY(first->start().ok);
        auto second = makeHost(*ws);
        const auto result = second->start();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("already running")), qPrintable(result.error));
        QVERIFY(first->stop());
        QVERIFY(second->start().ok);
        QVERIFY(second->stop());
    }

    // A real process is killed (SIGKILL) in the middle of a job; the next start re-queues the job and
    // runs it to the end. The killed attempt counts, so a job that always crashes the app gives up.
    void killedMidwayResumesAfterRestart()
    {
        Clock::setInstance(nullptr); // the child runs on real time; so does this test
        tests::TestWorkspace ws;
        const qint64 id
            = JobRepository(ws->connection())
                  .enqueue(job("test.slow", {{QStringLiteral("steps"), 200}, {QStringLiteral("intervalMs"), 10}}),
                           Clock::instance().nowMs());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SC_JOBS_CHILD_WORKSPACE"), ws.dir());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(JobRepository(ws->connection()).find(id)->progress >= 20, 20000);
        QCOMPARE(JobRepository(ws->connection()).find(id)->state, JobState::Running);
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(JobRepository(ws->connection()).find(id)->state, JobState::Running); // as the crash left it

        auto host = makeHost(*ws);
        QSignalSpy finished(host.get(), &AgentHost::jobFinished);
        const auto start = host->start(); // the lock of the killed process is stale
        QVERIFY2(start.ok, qPrintable(start.error));
        QCOMPARE(start.recovery.requeued, 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const Job done = *JobRepository(ws->connection()).find(id);
        QCOMPARE(done.state, JobState::Succeeded);
        QCOMPARE(done.attempts, 2);
        QVERIFY(host->stop());
    }

private:
    ManualClock m_clock;
};

// The child process of killedMidwayResumesAfterRestart: runs the agents until killed.
static int runChild(const QString& dir)
{
    const Workspace ws = Workspace::open(dir);
    auto host = makeHost(ws);
    if (!host->start().ok) {
        return 3;
    }
    return QCoreApplication::exec();
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString childDir = qEnvironmentVariable("SC_JOBS_CHILD_WORKSPACE");
    if (!childDir.isEmpty()) {
        return runChild(childDir);
    }
    TestJobs test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_jobs.moc"
