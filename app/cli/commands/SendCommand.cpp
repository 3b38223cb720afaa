#include "SendCommand.h"

#include "OutboxJson.h"
#include "app/cli/AccountSecrets.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"

#include <QFile>

namespace sc::app::cli {

namespace {

bool readText(const QString& path, QString* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *out = QString::fromUtf8(file.readAll());
    return true;
}

} // namespace

SendCommand::SendCommand()
    : Command(QStringLiteral("send"), tr("queue an email and send it (outbox rules apply)"))
{
    addUsage(
        {.description = description(),
         .options = {{{QStringLiteral("account"), tr("Send from this account"), QStringLiteral("NAME")}, true},
                     {{QStringLiteral("to"), tr("Recipient address"), QStringLiteral("ADDRESS")}, true},
                     {{QStringLiteral("subject"), tr("Subject"), QStringLiteral("TEXT")}, true},
                     {{QStringLiteral("text"), tr("Plain-text body (UTF-8 file)"), QStringLiteral("FILE")}, true},
                     {{QStringLiteral("html"), tr("HTML body (UTF-8 file)"), QStringLiteral("FILE")}},
                     {{QStringLiteral("to-name"), tr("Recipient name"), QStringLiteral("NAME")}},
                     {{QStringLiteral("in-reply-to"), tr("Message-ID this answers"), QStringLiteral("MESSAGE-ID")}},
                     {{QStringLiteral("queue-only"), tr("Queue it; it goes with the next outbox flush")}}}});
}

int SendCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    if (!parser.isSet(QStringLiteral("account")) || !parser.isSet(QStringLiteral("to"))
        || !parser.isSet(QStringLiteral("subject")) || !parser.isSet(QStringLiteral("text"))) {
        return cli.usage(tr("send needs --account NAME, --to ADDRESS, --subject TEXT and --text FILE"));
    }
    models::OutboxMessage message;
    if (!readText(parser.value(QStringLiteral("text")), &message.text, &error)) {
        return cli.fail(tr("cannot read %1: %2").arg(parser.value(QStringLiteral("text")), error));
    }
    if (parser.isSet(QStringLiteral("html"))
        && !readText(parser.value(QStringLiteral("html")), &message.html, &error)) {
        return cli.fail(tr("cannot read %1: %2").arg(parser.value(QStringLiteral("html")), error));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    QList<models::MailAccount> accounts;
    if (int code = 0; !AccountSecrets::select(cli, parser.value(QStringLiteral("account")), &accounts, &code)) {
        return code;
    }
    const QSqlDatabase db = cli.workspace().connection();
    message.accountId = accounts.first().id;
    message.toAddress = parser.value(QStringLiteral("to"));
    message.toName = parser.value(QStringLiteral("to-name"));
    message.subject = parser.value(QStringLiteral("subject"));
    if (parser.isSet(QStringLiteral("in-reply-to"))) {
        message.inReplyTo = parser.value(QStringLiteral("in-reply-to"));
    }
    QString problem;
    const qint64 id = models::OutboxRepository(db).enqueue(message, Clock::instance().nowMs(), &problem);
    if (id == 0) {
        return cli.fail(tr("not queued: %1").arg(problem));
    }
    if (parser.isSet(QStringLiteral("queue-only"))) {
        const std::optional<models::OutboxMessage> queued = models::OutboxRepository(db).find(id);
        if (cli.json()) {
            cli.printJson(OutboxJson::message(*queued));
        } else {
            cli.print(
                tr("Queued message %1 to %2 (Message-ID <%3>).").arg(id).arg(queued->toAddress, queued->messageId));
        }
        return 0;
    }
    return AccountSecrets::withSecrets(
        cli, accounts, [&cli, id, db](const models::MailAccount& account, const QString& secret) {
            agents::inbox::OutboxSender sender(db, account, secret);
            const agents::inbox::OutboxSender::Result result = sender.run();
            const std::optional<models::OutboxMessage> m = models::OutboxRepository(db).find(id);
            if (cli.json()) {
                QJsonObject o = OutboxJson::message(*m);
                o.insert(QStringLiteral("outbox"), OutboxJson::result(account.displayName, result));
                cli.printJson(o);
            } else if (m->state == QLatin1String("sent")) {
                cli.print(tr("Sent to %1 (Message-ID <%2>).").arg(m->toAddress, m->messageId));
            } else if (m->state == QLatin1String("queued")) {
                cli.print(tr("Queued: %1")
                              .arg(m->lastError.isEmpty() ? tr("it goes when the sending rules allow (daily cap, "
                                                               "spacing between messages)")
                                                          : m->lastError));
            }
            if (m->state == QLatin1String("failed") || m->state == QLatin1String("blocked")
                || m->state == QLatin1String("uncertain")) {
                return cli.fail(tr("message %1 %2: %3").arg(m->id).arg(m->state, m->lastError));
            }
            return result.ok ? 0 : cli.fail(result.error);
        });
}

} // namespace sc::app::cli
