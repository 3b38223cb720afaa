#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `enrich DOMAIN|URL`: what a company's own website says about it.
class EnrichCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::EnrichCommand)

public:
    EnrichCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
