#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `sync`: fetches new mail of every account (or one), classifies and threads it.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::SyncCommand)

public:
    SyncCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
