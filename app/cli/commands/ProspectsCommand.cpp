#include "ProspectsCommand.h"

#include "app/cli/Cli.h"
#include "models/repositories/ProspectQuery.h"
#include "models/repositories/ProspectRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

ProspectsCommand::ProspectsCommand()
    : Command(QStringLiteral("prospects"), tr("the workspace's prospects"))
{
    addUsage(
        {.subcommand = QStringLiteral("list"),
         .description = tr("list prospects, as the Prospects view finds them"),
         .options = {{{QStringLiteral("query"), tr("Full-text search"), QStringLiteral("TEXT")}},
                     {{QStringLiteral("stage"), tr("Only this stage"), QStringLiteral("STAGE")}},
                     {{QStringLiteral("limit"), tr("At most N prospects"), QStringLiteral("N"), QStringLiteral("50")}}},
         .dashes = QCommandLineParser::ParseAsLongOptions});
}

int ProspectsCommand::run(Cli& cli, const QStringList& arguments)
{
    if (arguments.value(0) != QLatin1String("list")) {
        return cli.usage(tr("prospects needs a subcommand: list"));
    }
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error, QStringLiteral("list"))) {
        return cli.usage(error);
    }
    bool okLimit = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!okLimit || limit < 1) {
        return cli.usage(tr("--limit must be a positive number"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    models::ProspectQuery query;
    query.search = parser.value(QStringLiteral("query"));
    if (parser.isSet(QStringLiteral("stage"))) {
        query.stages = {parser.value(QStringLiteral("stage"))};
    }
    const QList<models::Prospect> rows
        = models::ProspectRepository(cli.workspace().connection()).page(query, 0, limit, true);
    if (cli.json()) {
        QJsonArray array;
        for (const models::Prospect& p : rows) {
            array.append(QJsonObject {{QStringLiteral("id"), p.id},
                                      {QStringLiteral("first_name"), p.firstName},
                                      {QStringLiteral("last_name"), p.lastName},
                                      {QStringLiteral("email"), p.email},
                                      {QStringLiteral("company"), p.companyName},
                                      {QStringLiteral("domain"), p.companyDomain},
                                      {QStringLiteral("title"), p.title},
                                      {QStringLiteral("phone"), p.phone},
                                      {QStringLiteral("stage"), p.status},
                                      {QStringLiteral("score"), p.score},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)}});
        }
        cli.printJson(array);
        return 0;
    }
    if (rows.isEmpty()) {
        cli.print(tr("No prospects."));
        return 0;
    }
    for (const models::Prospect& p : rows) {
        cli.print(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(p.id, 7)
                      .arg(p.fullName(), -28)
                      .arg(p.email, -44)
                      .arg(p.companyName, -26)
                      .arg(p.status));
    }
    return 0;
}

} // namespace sc::app::cli
