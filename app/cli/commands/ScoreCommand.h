#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `score`: rescores every prospect against the ideal-customer profile now.
class ScoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ScoreCommand)

public:
    ScoreCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
