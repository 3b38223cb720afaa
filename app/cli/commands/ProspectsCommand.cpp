#include "ProspectsCommand.h"

#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/PrivacyRepository.h"
#include "models/repositories/ProspectQuery.h"
#include "models/repositories/ProspectRepository.h"
#include "models/settings/WorkspaceSettings.h"

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
    addUsage({.subcommand = QStringLiteral("forget"),
              .arguments = QStringLiteral("ID..."),
              .description = tr("erase people everywhere; a hash of their address keeps them from ever being "
                                "contacted again")});
    addUsage({.subcommand = QStringLiteral("retention"),
              .description = tr("erase prospects with no activity for N months now (0 turns retention off)"),
              .options = {{{QStringLiteral("months"), tr("Months of inactivity; saved as the workspace's rule"),
                            QStringLiteral("N")}}},
              .dashes = QCommandLineParser::ParseAsLongOptions});
}

int ProspectsCommand::forget(Cli& cli, const QString& sub, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error, sub)) {
        return cli.usage(error);
    }
    QList<qint64> ids;
    if (sub == QLatin1String("forget")) {
        for (const QString& value : parser.positionalArguments()) {
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                ids.append(part.toLongLong(&ok));
                if (!ok || ids.last() <= 0) {
                    return cli.usage(tr("prospects forget needs prospect ids, e.g. 12 or 12,13"));
                }
            }
        }
        if (ids.isEmpty()) {
            return cli.usage(tr("prospects forget needs prospect ids, e.g. 12 or 12,13"));
        }
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    const QSqlDatabase db = cli.workspace().connection();
    const qint64 now = Clock::instance().nowMs();
    models::PrivacyRepository privacy(db);
    models::PrivacyRepository::Erased erased;
    int months = 0;
    if (sub == QLatin1String("forget")) {
        erased = privacy.erase(ids, true, QStringLiteral("cli"), now);
    } else {
        models::WorkspaceSettings settings(db);
        if (parser.isSet(QStringLiteral("months"))) {
            bool ok = false;
            months = parser.value(QStringLiteral("months")).toInt(&ok);
            if (!ok || months < 0) {
                return cli.usage(tr("--months must be a whole number of months, 0 or more"));
            }
            settings.setInteger(models::Setting::PrivacyRetentionMonths, months);
        }
        months = settings.integer(models::Setting::PrivacyRetentionMonths);
        erased = privacy.applyRetention(months, QStringLiteral("cli"), now);
    }
    if (cli.json()) {
        QJsonObject o {{QStringLiteral("erased"), erased.prospects},
                       {QStringLiteral("messages"), erased.messages},
                       {QStringLiteral("outbox"), erased.outbox},
                       {QStringLiteral("drafts"), erased.drafts}};
        if (sub == QLatin1String("retention")) {
            o.insert(QStringLiteral("months"), months);
        }
        cli.printJson(o);
    } else if (sub == QLatin1String("retention") && months == 0) {
        cli.print(tr("Retention is off: prospects are kept until you delete them."));
    } else {
        cli.print(tr("%n prospect(s) erased, with %1 message(s), %2 outbox email(s) and %3 draft(s).", nullptr,
                     erased.prospects)
                      .arg(erased.messages)
                      .arg(erased.outbox)
                      .arg(erased.drafts));
    }
    return 0;
}

int ProspectsCommand::run(Cli& cli, const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("forget") || arguments.value(0) == QLatin1String("retention")) {
        return forget(cli, arguments.value(0), arguments.mid(1));
    }
    if (arguments.value(0) != QLatin1String("list")) {
        return cli.usage(tr("prospects needs a subcommand: list, forget ID..., retention"));
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
