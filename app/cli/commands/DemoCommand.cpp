#include "DemoCommand.h"

#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/ProspectRepository.h"

#include <QJsonObject>

namespace sc::app::cli {

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"), tr("fill a new workspace with invented demo data"))
{
    addUsage({.description = description(),
              .options
              = {{{QStringLiteral("prospects"), tr("Number of prospects"), QStringLiteral("N"), QStringLiteral("200")}},
                 {{QStringLiteral("seed"), tr("Random seed"), QStringLiteral("S"), QStringLiteral("20261124")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
}

int DemoCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    bool okCount = false;
    bool okSeed = false;
    models::DemoGenerator::Options options;
    options.prospects = parser.value(QStringLiteral("prospects")).toInt(&okCount);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okCount || options.prospects < 1 || options.prospects > 5'000'000) {
        return cli.usage(tr("--prospects must be a number from 1 to 5000000"));
    }
    if (!okSeed) {
        return cli.usage(tr("--seed must be a non-negative number"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    models::Workspace& workspace = cli.workspace();
    if (models::ProspectRepository(workspace.connection()).count() > 0) {
        return cli.fail(tr("the workspace %1 already has prospects; demo data goes into a new workspace")
                            .arg(workspace.directory()));
    }
    const qint64 now = Clock::instance().nowMs();
    const auto summary = models::DemoGenerator::generate(workspace.connection(), options, now);
    models::NewJob tidy;
    tidy.kind = QStringLiteral("housekeeping.optimize");
    tidy.dedupeKey = tidy.kind;
    models::JobRepository(workspace.connection()).enqueue(tidy, now);
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("workspace"), workspace.directory()},
                                   {QStringLiteral("companies"), summary.companies},
                                   {QStringLiteral("prospects"), summary.prospects},
                                   {QStringLiteral("drafts"), summary.drafts},
                                   {QStringLiteral("tasks"), summary.tasks}});
    } else {
        cli.print(tr("Demo workspace ready in %1: %2 companies, %3 prospects, %4 drafts waiting for approval")
                      .arg(workspace.directory())
                      .arg(summary.companies)
                      .arg(summary.prospects)
                      .arg(summary.drafts));
    }
    return 0;
}

} // namespace sc::app::cli
