#include "ApiKeysCommand.h"

#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/ApiKeyRepository.h"
#include "models/store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

ApiKeysCommand::ApiKeysCommand()
    : Command(QStringLiteral("api-keys"), tr("the clients allowed to use the local API"))
{
    addUsage({.subcommand = QStringLiteral("create"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("a new client id and secret (the secret is shown once)"),
              .options = {{{QStringLiteral("scopes"), tr("read, write and/or approve, comma-separated"),
                            QStringLiteral("read,write,approve"), QStringLiteral("read")}}}});
    addUsage({.subcommand = QStringLiteral("list"), .description = tr("show every key, revoked ones too")});
    addUsage({.subcommand = QStringLiteral("revoke"),
              .arguments = QStringLiteral("ID"),
              .description = tr("revoke a key: its tokens stop working at once")});
}

int ApiKeysCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (!cli.openWorkspace()) {
        return 1;
    }
    models::ApiKeyRepository keys(cli.workspace().connection());
    const qint64 now = Clock::instance().nowMs();
    try {
        if (sub == QLatin1String("create")) {
            QCommandLineParser parser;
            QString parseError;
            if (!parse(parser, arguments.mid(1), &parseError, sub) || parser.positionalArguments().size() != 1) {
                return cli.usage(tr("api-keys create NAME --scopes read,write,approve"));
            }
            QString problem;
            const auto created
                = keys.create(parser.positionalArguments().first(),
                              parser.value(QStringLiteral("scopes")).split(QLatin1Char(',')), now, &problem);
            if (!created) {
                return cli.usage(problem);
            }
            if (cli.json()) {
                cli.printJson(
                    QJsonObject {{QStringLiteral("client_id"), created->key.clientId},
                                 {QStringLiteral("client_secret"), created->secret},
                                 {QStringLiteral("scopes"), QJsonArray::fromStringList(created->key.scopes)}});
            } else {
                cli.print(tr("client_id: %1").arg(created->key.clientId));
                cli.print(tr("client_secret: %1").arg(created->secret));
                cli.print(tr("scopes: %1").arg(created->key.scopes.join(QLatin1Char(' '))));
                cli.print(tr("The secret is shown once: keep it now."));
            }
            return 0;
        }
        if (sub == QLatin1String("list")) {
            QJsonArray list;
            for (const models::ApiKey& k : keys.list()) {
                list.append(QJsonObject {{QStringLiteral("id"), k.id},
                                         {QStringLiteral("client_id"), k.clientId},
                                         {QStringLiteral("name"), k.name},
                                         {QStringLiteral("scopes"), QJsonArray::fromStringList(k.scopes)},
                                         {QStringLiteral("created_at"), k.createdAt},
                                         {QStringLiteral("revoked"), k.revoked()}});
                if (!cli.json()) {
                    cli.print(QStringLiteral("%1  %2  %3  %4%5")
                                  .arg(k.id)
                                  .arg(k.clientId, k.name, k.scopes.join(QLatin1Char(',')),
                                       k.revoked() ? tr("  (revoked)") : QString()));
                }
            }
            if (cli.json()) {
                cli.printJson(list);
            }
            return 0;
        }
        if (sub == QLatin1String("revoke")) {
            bool ok = false;
            const qint64 id = arguments.value(1).toLongLong(&ok);
            if (!ok) {
                return cli.usage(tr("api-keys revoke ID"));
            }
            if (!keys.revoke(id, now)) {
                return cli.fail(tr("no active API key %1").arg(id));
            }
            cli.print(tr("API key %1 revoked: its tokens stop working now.").arg(id));
            return 0;
        }
    } catch (const models::StoreError& error) {
        return cli.fail(error.message());
    }
    return cli.usage(tr("api-keys create NAME --scopes LIST | api-keys list | api-keys revoke ID"));
}

} // namespace sc::app::cli
