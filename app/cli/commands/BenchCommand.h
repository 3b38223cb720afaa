#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `bench`: the Prospects view's figures on a generated workspace, measured with the same model the
// GUI uses. Numbers only; `make test` runs it on a small size, the README quotes big ones.
class BenchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::BenchCommand)

public:
    BenchCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
