#include "ImportCommand.h"

#include "agents/core/AgentHost.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

using models::JobRepository;
using models::JobState;

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), tr("import prospects (HubSpot, Salesforce, Apollo, Excel... exports)"))
{
    addUsage({.arguments = QStringLiteral("FILE.csv"), .description = description()});
}

int ImportCommand::run(Cli& cli, const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        return cli.usage(tr("import needs one file"));
    }
    const QFileInfo file(arguments.first());
    if (!file.isFile() || !file.isReadable()) {
        return cli.fail(tr("cannot read %1").arg(arguments.first()));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    agents::AgentHost& host = cli.createHost();
    models::NewJob job;
    job.kind = QStringLiteral("prospects.import");
    job.payload = {{QStringLiteral("path"), file.absoluteFilePath()}};
    job.maxAttempts = 3;
    job.priority = 10;
    const qint64 id = JobRepository(cli.workspace().connection()).enqueue(job, Clock::instance().nowMs());
    QObject::connect(&host, &agents::AgentHost::jobFinished, &cli, [&cli, id](qint64 finishedId, JobState state) {
        if (finishedId != id || state == JobState::Queued || state == JobState::Running) {
            return;
        }
        const auto done = JobRepository(cli.workspace().connection()).find(id);
        if (state != JobState::Succeeded || !done) {
            cli.finish(cli.fail(done ? done->lastError : tr("the import did not finish")));
            return;
        }
        const QJsonObject report = done->result;
        if (cli.json()) {
            cli.printJson(QJsonObject {{QStringLiteral("imported"), report.value(QStringLiteral("imported"))},
                                       {QStringLiteral("updated"), report.value(QStringLiteral("updated"))},
                                       {QStringLiteral("unchanged"), report.value(QStringLiteral("unchanged"))},
                                       {QStringLiteral("skipped"), report.value(QStringLiteral("skipped"))},
                                       {QStringLiteral("errors"), report.value(QStringLiteral("errors"))}});
        } else {
            cli.print(tr("%1 imported, %2 updated, %3 unchanged, %4 skipped")
                          .arg(report.value(QStringLiteral("imported")).toInt())
                          .arg(report.value(QStringLiteral("updated")).toInt())
                          .arg(report.value(QStringLiteral("unchanged")).toInt())
                          .arg(report.value(QStringLiteral("skipped")).toInt()));
            const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
            for (const QJsonValue& e : errors) {
                cli.print(tr("line %1: %2")
                              .arg(e.toObject().value(QStringLiteral("line")).toInteger())
                              .arg(e.toObject().value(QStringLiteral("reason")).toString()));
            }
        }
        cli.finish(0);
    });
    const auto started = host.start();
    if (!started.ok) {
        JobRepository(cli.workspace().connection()).cancel(id, Clock::instance().nowMs());
        return cli.fail(started.error);
    }
    return Cli::Pending;
}

} // namespace sc::app::cli
