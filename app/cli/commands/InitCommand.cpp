#include "InitCommand.h"

#include "app/cli/Cli.h"

#include <QJsonObject>

namespace sc::app::cli {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), tr("create (or upgrade) the workspace"))
{
    addUsage({.description = description(),
              .options = {{{QStringLiteral("name"), tr("Workspace name"), QStringLiteral("NAME")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
}

int InitCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.usage(tr("init takes no arguments"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    models::Workspace& workspace = cli.workspace();
    if (parser.isSet(QStringLiteral("name"))) {
        workspace.setName(parser.value(QStringLiteral("name")));
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("workspace"), workspace.directory()},
                                   {QStringLiteral("name"), workspace.name()},
                                   {QStringLiteral("created"), workspace.isNew()}});
    } else {
        cli.print(tr("Workspace \"%1\" ready in %2").arg(workspace.name(), workspace.directory()));
    }
    return 0;
}

} // namespace sc::app::cli
