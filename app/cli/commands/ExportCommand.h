#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `export FILE.csv`: prospects to a CSV file that imports back unchanged.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ExportCommand)

public:
    ExportCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
