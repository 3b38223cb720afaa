#include "ScoreCommand.h"

#include "app/cli/Cli.h"
#include "models/scoring/LeadScorer.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace sc::app::cli {

ScoreCommand::ScoreCommand()
    : Command(QStringLiteral("score"), tr("score every prospect against the ideal-customer profile now"))
{
    addUsage({.description = description()});
}

int ScoreCommand::run(Cli& cli, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        return cli.usage(tr("score takes no arguments"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const int changed = models::LeadScorer::rescoreAll(cli.workspace().connection());
    const qint64 ms = timer.elapsed();
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("changed"), changed}, {QStringLiteral("ms"), ms}});
    } else {
        cli.print(tr("%n score(s) changed in %1 ms", nullptr, changed).arg(ms));
    }
    return 0;
}

} // namespace sc::app::cli
