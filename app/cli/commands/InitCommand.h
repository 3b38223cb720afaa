#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `init [--name NAME]`: creates (or upgrades) the workspace and names it.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::InitCommand)

public:
    InitCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
