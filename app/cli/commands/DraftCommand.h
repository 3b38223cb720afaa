#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `draft --prospect ID`: writes one draft (the configured model grounded in the knowledge base, else a
// template) and puts it in Approvals; prints what it was made from.
class DraftCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::DraftCommand)

public:
    DraftCommand();
    int run(Cli& cli, const QStringList& arguments) override;
};

} // namespace sc::app::cli
