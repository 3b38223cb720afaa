// Conversation benchmark: 1,000 first emails drafted from the shipped templates as ONE conversation.draft
// job run by the real agent (AgentHost, its own thread and connection): each prospect read with their
// company and research, the do-not-contact list asked, the template rendered, the draft signed and stored
// in Approvals, a checkpoint saved after each. The goal: under 10 s. Then the same with a model:
// N drafts written by the local test server (tests/support/llm_server.py, model "draft"), so the figure
// is this app's own overhead per model draft (prompt, retrieval, guardrails, storing), not a real
// model's speed.
// Usage: bench_conversation [PROSPECTS] [MODEL_DRAFTS] (default 1000 and 100). Prints figures, asserts
// nothing about time; exits non-zero only when a step fails or the counts do not match.
#include "LlmServer.h"
#include "TemplateFixture.h"
#include "TestWorkspace.h"
#include "agents/conversation/ConversationAgent.h"
#include "agents/core/AgentHost.h"
#include "models/Clock.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/LlmRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <cstdio>

using namespace sc;

namespace {

int fail(const QString& why)
{
    std::fprintf(stderr, "bench_conversation: %s\n", qPrintable(why));
    return 1;
}

// Runs one job to its end on a fresh host; the milliseconds from queueing to the job's end.
qint64 runJob(const models::Workspace& workspace, const models::NewJob& job, models::JobState* state)
{
    agents::AgentHost host(workspace);
    host.addAgent(std::make_unique<agents::conversation::ConversationAgent>(nullptr));
    if (!host.start().ok) {
        return -1;
    }
    QSignalSpy finished(&host, &agents::AgentHost::jobFinished);
    QElapsedTimer timer;
    timer.start();
    const qint64 id = host.enqueue(job);
    while (true) {
        if (!finished.wait(120000)) {
            return -1;
        }
        const auto it = std::find_if(finished.cbegin(), finished.cend(),
                                     [id](const QList<QVariant>& args) { return args.at(0).toLongLong() == id; });
        if (it != finished.cend()) {
            *state = it->at(1).value<models::JobState>();
            break;
        }
    }
    const qint64 ms = timer.elapsed();
    host.stop();
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    const int modelCount = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 100;
    {
        tests::TestWorkspace workspace;
        const QSqlDatabase db = workspace->connection();
        tests::addMailbox(db, QStringLiteral("Dana Reyes"));
        const QList<qint64> ids = tests::addProspects(db, count);
        models::JobState state = models::JobState::Queued;
        const qint64 ms = runJob(
            *workspace, agents::conversation::ConversationAgent::draftJob(ids, QStringLiteral("first_email")), &state);
        if (ms < 0 || state != models::JobState::Succeeded) {
            return fail(QStringLiteral("the template job did not succeed"));
        }
        const int pending = models::DraftRepository(db).pendingCount();
        if (pending != count) {
            return fail(QStringLiteral("%1 drafts in Approvals, %2 expected").arg(pending).arg(count));
        }
        std::printf("%d template drafts as one conversation.draft job: %lld ms (%.2f ms a draft; goal: under 10 s)\n",
                    count, qlonglong(ms), double(ms) / count);
    }
    {
        tests::LlmServer server;
        if (!server.start()) {
            return fail(QStringLiteral("the model server did not start"));
        }
        tests::TestWorkspace workspace;
        const QSqlDatabase db = workspace->connection();
        tests::addMailbox(db, QStringLiteral("Dana Reyes"));
        const QList<qint64> ids = tests::addProspects(db, modelCount);
        models::LlmRepository::Provider p;
        p.name = QStringLiteral("local");
        p.kind = QStringLiteral("openai-compatible");
        p.baseUrl = server.baseUrl() + QStringLiteral("/v1");
        p.model = QStringLiteral("draft");
        QString problem;
        models::LlmRepository(db).saveProvider(p, 1, &problem);
        models::JobState state = models::JobState::Queued;
        const qint64 ms = runJob(
            *workspace, agents::conversation::ConversationAgent::draftJob(ids, QStringLiteral("first_email")), &state);
        if (ms < 0 || state != models::JobState::Succeeded) {
            return fail(QStringLiteral("the model job did not succeed"));
        }
        const int requests = int(server.requests(QStringLiteral("draft")).size());
        if (models::DraftRepository(db).pendingCount() != modelCount || requests != modelCount) {
            return fail(QStringLiteral("%1 model requests for %2 prospects").arg(requests).arg(modelCount));
        }
        std::printf("%d model drafts (local test server) as one job: %lld ms (%.1f ms a draft, server included)\n",
                    modelCount, qlonglong(ms), double(ms) / modelCount);
    }
    return 0;
}
