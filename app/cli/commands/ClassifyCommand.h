#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `classify FILE.eml...`: what the Inbox agent would make of each message, one line (or one JSON
// object) per file, without a workspace.
class ClassifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ClassifyCommand)

public:
    ClassifyCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
