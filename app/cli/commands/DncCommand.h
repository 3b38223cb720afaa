#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `dnc list|add|remove|import|check`: the do-not-contact list every outgoing channel checks.
class DncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::DncCommand)

public:
    DncCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
