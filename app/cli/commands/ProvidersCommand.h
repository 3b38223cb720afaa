#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `providers add|use|list|test|remove|price`: the model providers drafts are written with. Keys are
// saved apart (secrets set llm-NAME, or SALES_COPILOT_SECRET_NAME).
class ProvidersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ProvidersCommand)

public:
    ProvidersCommand();
    int run(Cli& cli, const QStringList& arguments) override;

private:
    int add(Cli& cli, const QCommandLineParser& parser, const QString& name);
    int list(Cli& cli);
    int test(Cli& cli, const QString& name);
    int price(Cli& cli, const QStringList& values);
};

} // namespace sc::app::cli
