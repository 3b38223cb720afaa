#pragma once

#include "../entities/Job.h"
#include "../entities/ScoreFeatures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace sc::models {

// The predictive score's side of the workspace: every prospect's features and outcome as the workspace
// tables tell them (research, the rule score, what was sent, the sequence steps that ran, replies,
// meetings, stages), and what a training run leaves (the model as JSON, each prospect's probability and
// top traits). Positive: a human reply (not an automatic reply, a bounce, a complaint or an unsubscribe
// request), a meeting, or a stage that says so (replied, interested, meeting, a won stage). Negative:
// contacted (an email sent or a sequence step run), nothing positive, and nothing sent for the settling
// period; a bounced address is no outcome. Until enough outcomes exist there is no model: the rule score.
class PredictionRepository
{
public:
    static constexpr const char* TrainJobKind = "decision.train_score";
    static constexpr qint64 SettlingMs = 14LL * 24 * 3600 * 1000;
    // One queued at a time: a sync storing several replies asks once.
    static NewJob trainJob();

    explicit PredictionRepository(QSqlDatabase db);

    // Every prospect not in the trash, by id, labelled as of `now`.
    QList<ScoreFeatures> rows(qint64 now) const;
    // Messages from prospects stored since `since` (replies, bounces): outcomes may have changed.
    int inboundSince(qint64 since) const;

    struct Prediction
    {
        qint64 prospectId = 0;
        double probability = 0;
        QJsonArray topFeatures; // [{"feature": "Title: VP", "weight": 0.8}]
    };
    struct Run
    {
        qint64 id = 0;
        qint64 trainedAt = 0;
        QString state; // "trained", "not_enough_outcomes"
        int outcomes = 0;
        int positives = 0;
        int heldOut = 0;
        double aucRule = 0;
        double aucModel = 0;
        QJsonObject report;
        QJsonObject model; // empty when not trained
    };
    // Records a training run; a trained one replaces every prediction with `predictions` (one transaction),
    // one that was not removes them (the rule score is what the rep sees). Keeps the last few runs.
    qint64 save(const Run& run, const QList<Prediction>& predictions);
    std::optional<Run> latest() const;
    // The latest trained model's prediction for a prospect; nullopt: use the rule score.
    std::optional<Prediction> prediction(qint64 prospectId) const;
    int predictionCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
