#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `fill-form URL`: the Form Filler on one site, headless.
class FillFormCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::FillFormCommand)

public:
    FillFormCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
