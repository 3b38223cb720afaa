#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `score`: rescores every prospect against the ideal-customer profile now; `score --predictive` trains
// the predictive score beside it and reports how both rank the held-out outcomes.
class ScoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ScoreCommand)

public:
    ScoreCommand();
    int run(Cli& cli, const QStringList& arguments) override;

private:
    int trainPredictive(Cli& cli);
};

} // namespace sc::app::cli
