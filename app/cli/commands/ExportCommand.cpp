#include "ExportCommand.h"

#include "app/cli/Cli.h"
#include "models/import/ProspectExporter.h"
#include "models/repositories/ProspectQuery.h"

#include <QJsonObject>
#include <QSaveFile>

namespace sc::app::cli {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"), tr("export prospects (columns that import back)"))
{
    addUsage({.arguments = QStringLiteral("FILE.csv"),
              .description = description(),
              .options = {{{QStringLiteral("query"), tr("Full-text search"), QStringLiteral("TEXT")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
}

int ExportCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.usage(tr("export needs one file"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    // Written beside the target and renamed at the end: a full disk never leaves half a file behind.
    QSaveFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::WriteOnly)) {
        return cli.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    models::ProspectQuery query;
    query.search = parser.value(QStringLiteral("query"));
    const int written = models::ProspectExporter::write(cli.workspace().connection(), query, &file);
    if (written < 0 || !file.commit()) {
        file.cancelWriting();
        return cli.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("exported"), written}, {QStringLiteral("file"), file.fileName()}});
    } else {
        cli.print(tr("%n prospect(s) exported to %1", nullptr, written).arg(file.fileName()));
    }
    return 0;
}

} // namespace sc::app::cli
