#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `send`: queues one email and sends it through the same OutboxSender as the Inbox agent: exactly
// once, do-not-contact list, daily cap, spacing.
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::SendCommand)

public:
    SendCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
