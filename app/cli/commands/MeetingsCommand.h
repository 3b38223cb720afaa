#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `meetings list|create|move|cancel`: the rep's meetings, headless. Times are ISO 8601 (UTC in --json);
// `list --json` shows each attendee's answer (PARTSTAT).
class MeetingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::MeetingsCommand)

public:
    MeetingsCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
