#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `secrets status|set|delete`: the workspace's secrets in the system keychain.
class SecretsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::SecretsCommand)

public:
    SecretsCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
