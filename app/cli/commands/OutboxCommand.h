#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `outbox list|flush|retry|confirm|cancel`: what waits to go, and the rep's decisions about it.
class OutboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::OutboxCommand)

public:
    OutboxCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
