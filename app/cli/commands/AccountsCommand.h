#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `accounts add|set|pause|resume|test|list`: the rep's mailboxes, headless.
class AccountsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::AccountsCommand)

public:
    AccountsCommand();
    int run(Cli& cli, const QStringList& arguments) override;

private:
    int set(Cli& cli, const QStringList& arguments);
    int pauseOrResume(Cli& cli, const QString& sub, const QStringList& arguments);
};

} // namespace sc::app::cli
