#include "JobsCommand.h"

#include "agents/core/AgentHost.h"
#include "app/Application.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace sc::app::cli {

using models::JobRepository;
using models::JobState;

namespace {

QJsonObject jobToJson(const models::Job& job)
{
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("kind"), job.kind},
            {QStringLiteral("state"), models::jobStateName(job.state)},
            {QStringLiteral("attempts"), job.attempts},
            {QStringLiteral("maxAttempts"), job.maxAttempts},
            {QStringLiteral("progress"), job.progress},
            {QStringLiteral("runAt"), QDateTime::fromMSecsSinceEpoch(job.runAt, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("lastError"), job.lastError},
            {QStringLiteral("payload"), job.payload},
            {QStringLiteral("result"), job.result}};
}

int list(Cli& cli, const QCommandLineParser& parser)
{
    JobRepository::Filter filter;
    if (parser.isSet(QStringLiteral("state"))) {
        const QString state = parser.value(QStringLiteral("state"));
        static const QStringList states {QStringLiteral("queued"), QStringLiteral("running"),
                                         QStringLiteral("succeeded"), QStringLiteral("failed"),
                                         QStringLiteral("canceled")};
        if (!states.contains(state)) {
            return cli.usage(JobsCommand::tr("--state must be one of: %1").arg(states.join(QStringLiteral(", "))));
        }
        filter.state = models::jobStateFromString(state);
    }
    filter.limit = std::max(1, parser.value(QStringLiteral("limit")).toInt());
    if (!cli.openWorkspace()) {
        return 1;
    }
    const QList<models::Job> jobs = JobRepository(cli.workspace().connection()).list(filter);
    if (cli.json()) {
        QJsonArray array;
        for (const models::Job& job : jobs) {
            array.append(jobToJson(job));
        }
        cli.printJson(array);
        return 0;
    }
    if (jobs.isEmpty()) {
        cli.print(JobsCommand::tr("No jobs."));
        return 0;
    }
    cli.print(QStringLiteral("%1  %2  %3  %4  %5")
                  .arg(JobsCommand::tr("ID"), 6)
                  .arg(JobsCommand::tr("STATE"), -9)
                  .arg(JobsCommand::tr("TRIES"), -5)
                  .arg(JobsCommand::tr("KIND"), -28)
                  .arg(JobsCommand::tr("LAST ERROR")));
    for (const models::Job& job : jobs) {
        cli.print(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(job.id, 6)
                      .arg(models::jobStateName(job.state), -9)
                      .arg(QStringLiteral("%1/%2").arg(job.attempts).arg(job.maxAttempts), -5)
                      .arg(job.kind, -28)
                      .arg(job.lastError));
    }
    return 0;
}

int enqueue(Cli& cli, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        return cli.usage(JobsCommand::tr("jobs enqueue needs one job kind"));
    }
    QJsonParseError jsonError;
    const QJsonDocument payload = QJsonDocument::fromJson(parser.value(QStringLiteral("payload")).toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !payload.isObject()) {
        return cli.usage(JobsCommand::tr("--payload must be a JSON object"));
    }
    models::NewJob job;
    job.kind = parser.positionalArguments().first();
    job.payload = payload.object();
    job.priority = parser.value(QStringLiteral("priority")).toInt();
    job.maxAttempts = std::max(1, parser.value(QStringLiteral("max-attempts")).toInt());
    if (!cli.openWorkspace()) {
        return 1;
    }
    const auto host = Application::createAgentHost(cli.workspace());
    if (!host->agentForKind(job.kind)) {
        return cli.usage(JobsCommand::tr("no agent runs jobs of kind '%1' (known: %2)")
                             .arg(job.kind, host->knownKinds().join(QStringLiteral(", "))));
    }
    const qint64 id = JobRepository(cli.workspace().connection()).enqueue(job, Clock::instance().nowMs());
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("id"), id}});
    } else {
        cli.print(JobsCommand::tr("Job %1 queued").arg(id));
    }
    return 0;
}

int runAll(Cli& cli)
{
    if (!cli.openWorkspace()) {
        return 1;
    }
    agents::AgentHost& host = cli.createHost();
    auto counts = std::make_shared<QHash<JobState, int>>();
    QObject::connect(
        &host, &agents::AgentHost::jobFinished, &cli, [&cli, counts](qint64 id, JobState state, const QString& error) {
            (*counts)[state] += 1;
            if (!cli.json()) {
                cli.print(error.isEmpty()
                              ? JobsCommand::tr("job %1: %2").arg(id).arg(models::jobStateName(state))
                              : JobsCommand::tr("job %1: %2 (%3)").arg(id).arg(models::jobStateName(state), error));
            }
        });
    auto earlyIdles = std::make_shared<int>(0);
    QObject::connect(&host, &agents::AgentHost::idle, &cli, [&cli, counts, earlyIdles] {
        // Every agent idle while a job is due: one agent queued it as it finished (a sync queues the
        // replies to draft) and the one that will run it has not woken yet; its run ends in another
        // idle. (Bounded, so that a job no agent takes cannot keep the command waiting.)
        const auto next = JobRepository(cli.workspace().connection()).nextRunAt(cli.host().knownKinds());
        if (next && *next <= Clock::instance().nowMs() && ++*earlyIdles < 100) {
            return;
        }
        const int failed = counts->value(JobState::Failed);
        const int waiting
            = JobRepository(cli.workspace().connection()).countByState(cli.host().knownKinds()).value(JobState::Queued);
        if (cli.json()) {
            cli.printJson(QJsonObject {{QStringLiteral("succeeded"), counts->value(JobState::Succeeded)},
                                       {QStringLiteral("failed"), failed},
                                       {QStringLiteral("canceled"), counts->value(JobState::Canceled)},
                                       {QStringLiteral("waitingForRetry"), waiting}});
        } else {
            cli.print(JobsCommand::tr("%1 succeeded, %2 failed, %3 waiting to retry later")
                          .arg(counts->value(JobState::Succeeded))
                          .arg(failed)
                          .arg(waiting));
        }
        cli.finish(failed > 0 ? 1 : 0);
    });
    const auto started = host.start();
    if (!started.ok) {
        return cli.fail(started.error);
    }
    if (started.recovery.requeued + started.recovery.failed > 0 && !cli.json()) {
        cli.print(JobsCommand::tr("Recovered %1 interrupted job(s)")
                      .arg(started.recovery.requeued + started.recovery.failed));
    }
    return Cli::Pending;
}

int cancelOrRetry(Cli& cli, const QString& sub, const QStringList& rest)
{
    bool ok = false;
    const qint64 id = rest.size() == 1 ? rest.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        return cli.usage(JobsCommand::tr("jobs %1 needs one job id").arg(sub));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    JobRepository jobs(cli.workspace().connection());
    const qint64 now = Clock::instance().nowMs();
    if (!jobs.find(id)) {
        return cli.fail(JobsCommand::tr("there is no job %1").arg(id));
    }
    if (sub == QLatin1String("retry")) {
        if (!jobs.retry(id, now)) {
            return cli.fail(JobsCommand::tr("job %1 has not failed or been canceled, so it cannot be retried").arg(id));
        }
        cli.print(JobsCommand::tr("Job %1 queued again").arg(id));
        return 0;
    }
    switch (jobs.cancel(id, now)) {
    case JobRepository::CancelResult::Canceled:
        cli.print(JobsCommand::tr("Job %1 canceled").arg(id));
        return 0;
    case JobRepository::CancelResult::Requested:
        cli.print(JobsCommand::tr("Job %1 is running; it will stop at its next checkpoint").arg(id));
        return 0;
    case JobRepository::CancelResult::NotCancelable:
        return cli.fail(JobsCommand::tr("job %1 has already finished").arg(id));
    }
    return cli.usage(JobsCommand::tr("unknown jobs subcommand '%1'").arg(sub));
}

} // namespace

JobsCommand::JobsCommand()
    : Command(QStringLiteral("jobs"), tr("the job queue the agents work through"))
{
    addUsage(
        {.subcommand = QStringLiteral("list"),
         .description = tr("show queued, running and recent jobs"),
         .options = {{{QStringLiteral("state"), tr("Only jobs in this state"), QStringLiteral("STATE")}},
                     {{QStringLiteral("limit"), tr("At most N jobs"), QStringLiteral("N"), QStringLiteral("200")}}},
         .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage(
        {.subcommand = QStringLiteral("enqueue"),
         .arguments = QStringLiteral("KIND"),
         .description = tr("queue a job for the agent that runs its kind"),
         .options
         = {{{QStringLiteral("payload"), tr("JSON object for the job"), QStringLiteral("JSON"), QStringLiteral("{}")}},
            {{QStringLiteral("priority"), tr("Higher runs first"), QStringLiteral("N"), QStringLiteral("0")}},
            {{QStringLiteral("max-attempts"), tr("Give up after N attempts"), QStringLiteral("N"),
              QStringLiteral("5")}}},
         .dashes = QCommandLineParser::ParseAsLongOptions});
    addUsage({.subcommand = QStringLiteral("run"), .description = tr("run every due job headless, then exit")});
    addUsage({.subcommand = QStringLiteral("cancel"),
              .arguments = QStringLiteral("ID"),
              .description = tr("cancel a queued job, or stop a running one at its next checkpoint")});
    addUsage({.subcommand = QStringLiteral("retry"),
              .arguments = QStringLiteral("ID"),
              .description = tr("queue a failed or canceled job again")});
}

int JobsCommand::run(Cli& cli, const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return cli.usage(tr("jobs needs a subcommand: list, enqueue, run, cancel, retry"));
    }
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list") || sub == QLatin1String("enqueue")) {
        QCommandLineParser parser;
        QString error;
        if (!parse(parser, rest, &error, sub)) {
            return cli.usage(error);
        }
        return sub == QLatin1String("list") ? list(cli, parser) : enqueue(cli, parser);
    }
    if (sub == QLatin1String("run")) {
        if (!rest.isEmpty()) {
            return cli.usage(tr("jobs run takes no arguments"));
        }
        return runAll(cli);
    }
    if (sub == QLatin1String("cancel") || sub == QLatin1String("retry")) {
        return cancelOrRetry(cli, sub, rest);
    }
    return cli.usage(tr("unknown jobs subcommand '%1'").arg(sub));
}

} // namespace sc::app::cli
