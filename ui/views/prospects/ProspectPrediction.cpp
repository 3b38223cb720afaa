#include "ProspectPrediction.h"

#include "agents/decision/PredictiveScore.h"

#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace sc::ui {

using agents::decision::PredictiveScore;

namespace {

QString muted(const QString& text)
{
    return QStringLiteral("<span style=\"color:gray\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

QString ProspectPrediction::html(const QSqlDatabase& db, qint64 prospectId)
{
    const models::PredictionRepository predictions(db);
    std::optional<models::PredictionRepository::Run> run = predictions.latest();
    std::optional<models::PredictionRepository::Prediction> prediction;
    if (run && run->state == QLatin1String("trained")) {
        prediction = predictions.prediction(prospectId);
    }
    return html(run, prediction);
}

QString ProspectPrediction::html(const std::optional<models::PredictionRepository::Run>& run,
                                 const std::optional<models::PredictionRepository::Prediction>& prediction)
{
    if (!run) {
        return muted(tr("Predictive score: learning — not trained yet (it needs %1 outcomes: replies, meetings, "
                        "wins and silences); the rule score is used")
                         .arg(PredictiveScore::MinOutcomes));
    }
    if (run->state != QLatin1String("trained")) {
        const int negatives = std::max(0, run->outcomes - run->positives);
        QString progress;
        if (run->outcomes < PredictiveScore::MinOutcomes) {
            progress = tr("%1 of %2 outcomes so far").arg(run->outcomes).arg(PredictiveScore::MinOutcomes);
        } else if (run->positives < PredictiveScore::MinEachOutcome) {
            progress = tr("%1 of %2 replies, meetings or wins so far")
                           .arg(run->positives)
                           .arg(PredictiveScore::MinEachOutcome);
        } else {
            progress = tr("%1 of %2 prospects contacted without a reply so far")
                           .arg(negatives)
                           .arg(PredictiveScore::MinEachOutcome);
        }
        return muted(tr("Predictive score: learning — %1; the rule score is used").arg(progress));
    }
    if (!prediction) {
        return muted(tr("Predictive score: not scored yet — the next training scores this prospect; the rule score "
                        "is used"));
    }
    const QLocale locale;
    const double percent = std::clamp(prediction->probability, 0.0, 1.0) * 100.0;
    const QString chance
        = percent > 0 && percent < 1 ? tr("under 1%") : locale.toString(std::round(percent), 'f', 0) + QLatin1Char('%');
    // The traits as the training run named them, in the rep's words ("Title: VP").
    QStringList up;
    QStringList down;
    for (const QJsonValue& v : prediction->topFeatures) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(QStringLiteral("feature")).toString().simplified();
        const double weight = f.value(QStringLiteral("weight")).toDouble();
        if (name.isEmpty() || weight == 0) {
            continue;
        }
        (weight > 0 ? up : down).append(name.toHtmlEscaped());
    }
    QStringList why;
    if (!up.isEmpty()) {
        why.append(tr("raised by %1").arg(up.join(QStringLiteral(", "))));
    }
    if (!down.isEmpty()) {
        why.append(tr("lowered by %1").arg(down.join(QStringLiteral(", "))));
    }
    QString line = QStringLiteral("<b>%1</b>").arg(tr("Predicted reply chance %1").arg(chance).toHtmlEscaped());
    if (!why.isEmpty()) {
        line += QStringLiteral(" — ") + why.join(QStringLiteral("; "));
    }
    return line + QLatin1Char(' ') + muted(tr("(learned from %1 outcomes)").arg(run->outcomes));
}

} // namespace sc::ui
