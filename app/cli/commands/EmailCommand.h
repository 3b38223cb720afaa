#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `email find|verify`: candidate addresses for a person and how sure each is (MX, the domain's
// pattern, what the workspace has seen; never an SMTP probe).
class EmailCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::EmailCommand)

public:
    EmailCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
