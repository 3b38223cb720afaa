#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `import FILE.csv`: imports prospects through the import agent's job, and reports each row.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ImportCommand)

public:
    ImportCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
