#include "OutboxCommand.h"

#include "OutboxJson.h"
#include "app/cli/AccountSecrets.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"

#include <QJsonArray>

namespace sc::app::cli {

namespace {

int list(Cli& cli, const QCommandLineParser& parser)
{
    models::OutboxRepository outbox(cli.workspace().connection());
    QList<models::MailAccount> accounts;
    qint64 accountId = 0;
    if (parser.isSet(QStringLiteral("account"))) {
        if (int code = 0; !AccountSecrets::select(cli, parser.value(QStringLiteral("account")), &accounts, &code)) {
            return code;
        }
        accountId = accounts.first().id;
    }
    QJsonArray list;
    const QList<models::OutboxMessage> messages = outbox.list(accountId);
    for (const models::OutboxMessage& m : messages) {
        list.append(OutboxJson::message(m));
        if (!cli.json()) {
            cli.print(
                QStringLiteral("%1  %2  %3  %4%5")
                    .arg(m.id)
                    .arg(m.state, -12)
                    .arg(m.toAddress, m.subject,
                         m.lastError.isEmpty() ? QString() : QStringLiteral("  (") + m.lastError + QLatin1Char(')')));
        }
    }
    if (cli.json()) {
        cli.printJson(list);
    } else if (messages.isEmpty()) {
        cli.print(OutboxCommand::tr("The outbox is empty."));
    }
    return 0;
}

int flush(Cli& cli, const QCommandLineParser& parser)
{
    const QSqlDatabase db = cli.workspace().connection();
    QList<models::MailAccount> accounts;
    if (int code = 0; !AccountSecrets::select(cli, parser.value(QStringLiteral("account")), &accounts, &code)) {
        return code;
    }
    return AccountSecrets::withSecrets(
        cli, accounts, [&cli, db](const models::MailAccount& account, const QString& secret) {
            agents::inbox::OutboxSender sender(db, account, secret);
            const agents::inbox::OutboxSender::Result r = sender.run();
            if (cli.json()) {
                cli.printJson(OutboxJson::result(account.displayName, r));
            } else {
                cli.print(OutboxCommand::tr(
                              "%1: %2 sent, %3 failed, %4 blocked, %5 found in Sent after a crash, %6 uncertain")
                              .arg(account.displayName)
                              .arg(r.sent)
                              .arg(r.failed)
                              .arg(r.blocked)
                              .arg(r.reconciled)
                              .arg(r.uncertain));
                if (!r.pausedReason.isEmpty()) {
                    cli.print(OutboxCommand::tr("%1: sending is paused: %2 (`accounts resume %1` resumes it)")
                                  .arg(account.displayName, r.pausedReason));
                }
                if (r.capReached) {
                    cli.print(OutboxCommand::tr("%1: the daily sending cap is reached; the rest waits.")
                                  .arg(account.displayName));
                }
            }
            return r.ok ? 0 : cli.fail(OutboxCommand::tr("%1: %2").arg(account.displayName, r.error));
        });
}

// retry, confirm or cancel: the rep's decision about one message.
int decide(Cli& cli, const QString& sub, const QCommandLineParser& parser)
{
    models::OutboxRepository outbox(cli.workspace().connection());
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        return cli.usage(OutboxCommand::tr("outbox %1 needs a message ID (see `outbox list`)").arg(sub));
    }
    const qint64 now = Clock::instance().nowMs();
    const bool done = sub == QLatin1String("retry") ? outbox.sendAgain(id, now)
        : sub == QLatin1String("confirm")           ? outbox.confirmSent(id, now)
                                                    : outbox.cancel(id);
    if (!done) {
        const std::optional<models::OutboxMessage> m = outbox.find(id);
        return cli.fail(m ? OutboxCommand::tr("message %1 is %2: nothing to %3").arg(id).arg(m->state, sub)
                          : OutboxCommand::tr("there is no message %1 in the outbox").arg(id));
    }
    if (cli.json()) {
        cli.printJson(OutboxJson::message(*outbox.find(id)));
    } else {
        cli.print(OutboxCommand::tr("Message %1 is now %2.").arg(id).arg(outbox.find(id)->state));
    }
    return 0;
}

} // namespace

OutboxCommand::OutboxCommand()
    : Command(QStringLiteral("outbox"), tr("the email waiting to go, and what went"))
{
    const CommandOption account {{QStringLiteral("account"), tr("Only this account"), QStringLiteral("NAME")}};
    addUsage({.subcommand = QStringLiteral("list"),
              .description = tr("what waits, went, failed or needs a decision"),
              .options = {account}});
    addUsage({.subcommand = QStringLiteral("flush"), .description = tr("send what is due now"), .options = {account}});
    addUsage({.subcommand = QStringLiteral("retry"),
              .arguments = QStringLiteral("ID"),
              .description = tr("send a failed or uncertain message again")});
    addUsage({.subcommand = QStringLiteral("confirm"),
              .arguments = QStringLiteral("ID"),
              .description = tr("mark an uncertain message as sent (it is in the Sent folder)")});
    addUsage({.subcommand = QStringLiteral("cancel"),
              .arguments = QStringLiteral("ID"),
              .description = tr("never send a queued, failed or uncertain message")});
}

int OutboxCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    // One parse for every subcommand, as the outbox has always been read.
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error)) {
        return cli.usage(error);
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    if (sub == QLatin1String("list")) {
        return list(cli, parser);
    }
    if (sub == QLatin1String("flush")) {
        return flush(cli, parser);
    }
    if (sub == QLatin1String("retry") || sub == QLatin1String("confirm") || sub == QLatin1String("cancel")) {
        return decide(cli, sub, parser);
    }
    return cli.usage(tr("outbox needs a subcommand: list, flush, retry ID, confirm ID, cancel ID"));
}

} // namespace sc::app::cli
