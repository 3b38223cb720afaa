#pragma once

#include "app/cli/Command.h"

namespace sc::app::cli {

// `templates list|add|render`: the email template library, and a template rendered for one prospect
// as the draft would read (with the variables it could not fill).
class TemplatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::TemplatesCommand)

public:
    TemplatesCommand();
    int run(Cli& cli, const QStringList& arguments) override;

private:
    int list(Cli& cli);
    int add(Cli& cli, const QCommandLineParser& parser, const QString& name);
    int render(Cli& cli, const QCommandLineParser& parser, const QString& name);
};

} // namespace sc::app::cli
