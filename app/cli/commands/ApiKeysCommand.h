#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `api-keys create|list|revoke`: the clients allowed to use the local API.
class ApiKeysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ApiKeysCommand)

public:
    ApiKeysCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
