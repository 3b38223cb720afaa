#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `version`: the version of Sales Copilot and of Qt.
class VersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::VersionCommand)

public:
    VersionCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
