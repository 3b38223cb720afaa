#include "DecisionAgent.h"

#include "ScoreTrainer.h"
#include "agents/core/JobRun.h"
#include "models/Clock.h"
#include "models/repositories/PredictionRepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDecision, "salescopilot.decision")

namespace sc::agents::decision {

DecisionAgent::DecisionAgent()
    : Agent(QStringLiteral("decision"), {QString::fromLatin1(models::PredictionRepository::TrainJobKind)})
{
}

QString DecisionAgent::displayName() const
{
    return tr("Decision");
}

QString DecisionAgent::describeKind(const QString& kind) const
{
    if (kind == QLatin1String(models::PredictionRepository::TrainJobKind)) {
        return tr("Train the predictive score");
    }
    return kind;
}

void DecisionAgent::execute(JobRun* run)
{
    run->reportProgress(10, tr("Reading outcomes"));
    // A failure here (the store) is the host's to report: Agent::start catches around execute().
    const ScoreTrainer::Result r = ScoreTrainer::run(workspace().connection(), Clock::instance().nowMs());
    qCInfo(lcDecision) << "predictive score:" << r.report.state() << r.report.outcomes << "outcomes, held-out AUC rule"
                       << r.report.aucRule << "model" << r.report.aucModel;
    QJsonObject result = ScoreTrainer::toJson(r.report);
    result.insert(QStringLiteral("predicted"), r.predicted);
    run->succeed(result);
}

} // namespace sc::agents::decision
