#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `sequences list|create|show|enroll|pause|resume|run`: sequence files and the Decision engine, headless.
// `run` plans (and unless --dry-run, queues) every step due up to --until as if the clock read --now.
class SequencesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::SequencesCommand)

public:
    SequencesCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
