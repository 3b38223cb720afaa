#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `prospects list`: the Prospects view's query, as text or JSON; `prospects forget` and `retention`: erasing
// people (PrivacyRepository).
class ProspectsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ProspectsCommand)

public:
    ProspectsCommand();
    int run(Cli& cli, const QStringList& arguments) override;

private:
    int forget(Cli& cli, const QString& sub, const QStringList& arguments);
};

} // namespace sc::app::cli
