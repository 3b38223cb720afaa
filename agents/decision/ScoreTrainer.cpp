#include "ScoreTrainer.h"

#include "models/repositories/PredictionRepository.h"

#include <QJsonArray>
#include <cmath>

namespace sc::agents::decision {

namespace {

// Three decimals are what a rep or a script compares; the JSON stays short.
double rounded(double x)
{
    return std::round(x * 1000) / 1000;
}

QJsonArray featuresJson(const QList<PredictiveScore::Feature>& features)
{
    QJsonArray out;
    for (const PredictiveScore::Feature& f : features) {
        out.append(QJsonObject {{QStringLiteral("feature"), f.name}, {QStringLiteral("weight"), rounded(f.weight)}});
    }
    return out;
}

} // namespace

QJsonObject ScoreTrainer::toJson(const PredictiveScore::Report& report)
{
    QJsonObject out {{QStringLiteral("state"), report.state()},
                     {QStringLiteral("message"), report.message()},
                     {QStringLiteral("outcomes"), report.outcomes},
                     {QStringLiteral("positives"), report.positives},
                     {QStringLiteral("negatives"), report.negatives},
                     {QStringLiteral("needed"), PredictiveScore::MinOutcomes},
                     {QStringLiteral("held_out"), report.heldOut},
                     {QStringLiteral("top_features"), featuresJson(report.topFeatures)}};
    if (report.trained) {
        out.insert(QStringLiteral("auc_rule"), rounded(report.aucRule));
        out.insert(QStringLiteral("auc_model"), rounded(report.aucModel));
        out.insert(QStringLiteral("calibration"),
                   QJsonObject {{QStringLiteral("predicted"), rounded(report.heldOutPredicted)},
                                {QStringLiteral("observed"), rounded(report.heldOutRate)}});
        out.insert(QStringLiteral("l2"), report.l2);
    } else {
        out.insert(QStringLiteral("auc_rule"), QJsonValue());
        out.insert(QStringLiteral("auc_model"), QJsonValue());
    }
    return out;
}

ScoreTrainer::Result ScoreTrainer::run(const QSqlDatabase& db, qint64 now, const PredictiveScore::Options& options)
{
    models::PredictionRepository repository(db);
    const QList<models::ScoreFeatures> rows = repository.rows(now);
    Result result;
    PredictiveScore model;
    result.report = PredictiveScore::train(rows, options, &model);

    models::PredictionRepository::Run run;
    run.trainedAt = now;
    run.state = result.report.state();
    run.outcomes = result.report.outcomes;
    run.positives = result.report.positives;
    run.heldOut = result.report.heldOut;
    run.aucRule = result.report.aucRule;
    run.aucModel = result.report.aucModel;
    run.report = toJson(result.report);
    QList<models::PredictionRepository::Prediction> predictions;
    if (result.report.trained) {
        run.model = model.toJson();
        predictions.reserve(rows.size());
        for (const models::ScoreFeatures& row : rows) {
            predictions.append({row.prospectId, model.probability(row), featuresJson(model.contributions(row, 3))});
        }
    }
    result.runId = repository.save(run, predictions);
    result.predicted = int(predictions.size());
    return result;
}

} // namespace sc::agents::decision
