#pragma once

#include "PredictiveScore.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace sc::agents::decision {

// One training run of the predictive score on a workspace: reads the features and outcomes
// (PredictionRepository), trains (PredictiveScore), and writes the model with every prospect's
// calibrated probability and top traits, or, short of 50 outcomes, records that the rule score stays.
// The `decision.train_score` job and `score --predictive` both run this.
class ScoreTrainer
{
public:
    struct Result
    {
        PredictiveScore::Report report;
        qint64 runId = 0;
        int predicted = 0; // prospects given a probability
    };
    static Result run(const QSqlDatabase& db, qint64 now, const PredictiveScore::Options& options = {});
    // {"state", "message", "outcomes", "positives", "negatives", "auc_rule", "auc_model", "held_out",
    //  "calibration": {"predicted", "observed"}, "top_features": [{"feature", "weight"}]}
    static QJsonObject toJson(const PredictiveScore::Report& report);
};

} // namespace sc::agents::decision
