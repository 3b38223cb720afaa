#include "VersionCommand.h"

#include "app/Application.h"
#include "app/cli/Cli.h"

#include <QJsonObject>

namespace sc::app::cli {

VersionCommand::VersionCommand()
    : Command(QStringLiteral("version"), tr("print the version (also --version)"))
{
    addUsage({.description = description()});
}

int VersionCommand::run(Cli& cli, const QStringList&)
{
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("version"), QStringLiteral(SC_VERSION)},
                                   {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
    } else {
        cli.print(Application::versionText());
    }
    return 0;
}

} // namespace sc::app::cli
