#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `jobs list|enqueue|run|cancel|retry`: the persisted job queue the agents work through, headless.
class JobsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::JobsCommand)

public:
    JobsCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
