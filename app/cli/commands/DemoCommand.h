#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `demo`: fills a new workspace with invented, deterministic demo data.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::DemoCommand)

public:
    DemoCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
