#pragma once

#include "models/repositories/PredictionRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace sc::ui {

// The predictive score's line beside the rule score in the prospect's detail panel: with a trained model,
// the calibrated probability as a percentage and the traits that moved it most ("Predicted reply chance 23% —
// raised by Title: VP; lowered by Company size: 1-10"); before 50 outcomes, how far the learning is and that
// the rule score stands. Reads the last training run and the prospect's prediction through the repository.
class ProspectPrediction
{
    Q_DECLARE_TR_FUNCTIONS(sc::ui::ProspectPrediction)

public:
    // One line of rich text (escaped), never empty.
    static QString html(const QSqlDatabase& db, qint64 prospectId);
    static QString html(const std::optional<models::PredictionRepository::Run>& run,
                        const std::optional<models::PredictionRepository::Prediction>& prediction);
};

} // namespace sc::ui
