#include "SyncCommand.h"

#include "agents/inbox/ImapClient.h"
#include "agents/inbox/InboxSync.h"
#include "app/cli/AccountSecrets.h"
#include "app/cli/Cli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

SyncCommand::SyncCommand()
    : Command(QStringLiteral("sync"), tr("fetch new mail (INBOX and Sent), classify, thread"))
{
    addUsage({.description = description(),
              .options = {{{QStringLiteral("account"), tr("Only this account"), QStringLiteral("NAME")}}}});
}

int SyncCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    QList<models::MailAccount> accounts;
    if (int code = 0; !AccountSecrets::select(cli, parser.value(QStringLiteral("account")), &accounts, &code)) {
        return code;
    }
    auto syncOne = [&cli](const models::MailAccount& account, const QString& password) {
        agents::inbox::InboxSync sync(cli.workspace().connection(), account, password);
        const agents::inbox::InboxSync::Result result = sync.run();
        QJsonArray folders;
        for (const auto& folder : result.folders) {
            folders.append(QJsonObject {{QStringLiteral("name"), folder.name},
                                        {QStringLiteral("fetched"), folder.fetched},
                                        {QStringLiteral("total"), folder.total}});
            if (!cli.json()) {
                cli.print(tr("%1 %2: %3 new, %4 on the server")
                              .arg(account.displayName, folder.name)
                              .arg(folder.fetched)
                              .arg(folder.total));
            }
        }
        if (cli.json()) {
            QJsonObject json {{QStringLiteral("account"), account.displayName}, {QStringLiteral("folders"), folders}};
            if (!result.ok) {
                json.insert(QStringLiteral("error"), result.error);
                json.insert(QStringLiteral("failure"), agents::inbox::ImapClient::failureName(result.failure));
            }
            cli.printJson(json);
        }
        return result.ok ? 0 : cli.fail(tr("%1: %2").arg(account.displayName, result.error));
    };
    return AccountSecrets::withSecrets(cli, accounts, syncOne);
}

} // namespace sc::app::cli
