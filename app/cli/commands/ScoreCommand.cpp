#include "ScoreCommand.h"

#include "agents/decision/ScoreTrainer.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/scoring/LeadScorer.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace sc::app::cli {

ScoreCommand::ScoreCommand()
    : Command(QStringLiteral("score"), tr("score every prospect against the ideal-customer profile now"))
{
    addUsage({.description = description(),
              .options = {{{QStringLiteral("predictive"),
                            tr("Train the predictive score on the workspace's outcomes now and report it (held-out "
                               "AUC of the rule score and of the model, the strongest traits); the rule score stays "
                               "until 50 outcomes exist")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
}

int ScoreCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usage(tr("score takes no arguments"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    if (parser.isSet(QStringLiteral("predictive"))) {
        return trainPredictive(cli);
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

int ScoreCommand::trainPredictive(Cli& cli)
{
    const QSqlDatabase db = cli.workspace().connection();
    const qint64 now = Clock::instance().nowMs();
    // Trained here and now, with the code the `decision.train_score` job runs.
    const agents::decision::ScoreTrainer::Result r = agents::decision::ScoreTrainer::run(db, now);
    const agents::decision::PredictiveScore::Report& report = r.report;
    if (cli.json()) {
        QJsonObject out = agents::decision::ScoreTrainer::toJson(report);
        out.insert(QStringLiteral("predicted"), r.predicted);
        cli.printJson(out);
        return 0;
    }
    if (!report.trained) {
        cli.print(tr("No predictive score yet (%1): the rule score is used.").arg(report.message()));
        return 0;
    }
    cli.print(tr("Predictive score trained on %1 outcomes (%2 positive); %n prospect(s) scored.", nullptr, r.predicted)
                  .arg(report.outcomes)
                  .arg(report.positives));
    cli.print(tr("Held-out AUC on %1 prospects: rule score %2, model %3; predicted rate %4, observed %5.")
                  .arg(report.heldOut)
                  .arg(report.aucRule, 0, 'f', 3)
                  .arg(report.aucModel, 0, 'f', 3)
                  .arg(report.heldOutPredicted, 0, 'f', 3)
                  .arg(report.heldOutRate, 0, 'f', 3));
    for (const agents::decision::PredictiveScore::Feature& f : report.topFeatures) {
        cli.print(QStringLiteral("  %1%2  %3")
                      .arg(f.weight >= 0 ? QStringLiteral("+") : QString())
                      .arg(f.weight, 0, 'f', 2)
                      .arg(f.name));
    }
    return 0;
}

} // namespace sc::app::cli
