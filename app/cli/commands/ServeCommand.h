#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `serve`: the local REST API, headless, until SIGTERM or SIGINT.
class ServeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ServeCommand)

public:
    ServeCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
