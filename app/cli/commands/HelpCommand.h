#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `help [COMMAND [SUBCOMMAND]]` (and `--help` anywhere): the list of every registered command with
// its usage line and description, or one command's help. Both are generated from the commands'
// declarations.
class HelpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::HelpCommand)

public:
    HelpCommand();
    int run(Cli& cli, const QStringList& arguments) override;

    static QString overview(const Cli& cli);
};

} // namespace sc::app::cli
