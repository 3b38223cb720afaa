// `sales-copilot-cli send` and `outbox ...`: the outbox, headless. Sending goes through the same
// OutboxSender as the Inbox agent: exactly once, do-not-contact list, daily cap, spacing.
#include "Cli.h"
#include "agents/inbox/ImapClient.h"
#include "agents/inbox/OutboxSender.h"
#include "models/Clock.h"
#include "models/repositories/OutboxRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace sc::app {

namespace {

QJsonObject toJson(const models::OutboxMessage& m)
{
    QJsonObject o {{QStringLiteral("id"), m.id},        {QStringLiteral("messageId"), m.messageId},
                   {QStringLiteral("to"), m.toAddress}, {QStringLiteral("subject"), m.subject},
                   {QStringLiteral("state"), m.state},  {QStringLiteral("attempts"), m.attempts}};
    if (!m.lastError.isEmpty()) {
        o.insert(QStringLiteral("error"), m.lastError);
    }
    if (m.sentAt > 0) {
        o.insert(QStringLiteral("sentAt"), QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC).toString(Qt::ISODate));
    }
    if (m.state == QLatin1String("queued") && m.notBefore > 0) {
        o.insert(QStringLiteral("notBefore"),
                 QDateTime::fromMSecsSinceEpoch(m.notBefore, Qt::UTC).toString(Qt::ISODate));
    }
    if (m.reconciled) {
        o.insert(QStringLiteral("reconciled"), true);
    }
    return o;
}

QJsonObject resultToJson(const QString& account, const agents::inbox::OutboxSender::Result& r)
{
    QJsonObject o {{QStringLiteral("account"), account},         {QStringLiteral("sent"), r.sent},
                   {QStringLiteral("failed"), r.failed},         {QStringLiteral("blocked"), r.blocked},
                   {QStringLiteral("reconciled"), r.reconciled}, {QStringLiteral("uncertain"), r.uncertain},
                   {QStringLiteral("requeued"), r.requeued},     {QStringLiteral("capReached"), r.capReached}};
    if (r.nextAttemptAt > 0) {
        o.insert(QStringLiteral("nextAttemptAt"),
                 QDateTime::fromMSecsSinceEpoch(std::max(r.nextAttemptAt, Clock::instance().nowMs()), Qt::UTC)
                     .toString(Qt::ISODate));
    }
    if (!r.ok) {
        o.insert(QStringLiteral("error"), r.error);
        o.insert(QStringLiteral("failure"), agents::inbox::ImapClient::failureName(r.failure));
    }
    return o;
}

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

int Cli::cmdSend(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("account"), tr("Send from this account"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("to"), tr("Recipient address"), QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("to-name"), tr("Recipient name"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("subject"), tr("Subject"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("text"), tr("Plain-text body (UTF-8 file)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("html"), tr("HTML body (UTF-8 file)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("in-reply-to"), tr("Message-ID this answers"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("queue-only"), tr("Queue it; it goes with the next outbox flush")});
    if (!parser.parse(QStringList {QStringLiteral("send")} + args)) {
        return usage(parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("account")) || !parser.isSet(QStringLiteral("to"))
        || !parser.isSet(QStringLiteral("subject")) || !parser.isSet(QStringLiteral("text"))) {
        return usage(tr("send needs --account NAME, --to ADDRESS, --subject TEXT and --text FILE"));
    }
    models::OutboxMessage message;
    QString error;
    if (!readText(parser.value(QStringLiteral("text")), &message.text, &error)) {
        return fail(tr("cannot read %1: %2").arg(parser.value(QStringLiteral("text")), error));
    }
    if (parser.isSet(QStringLiteral("html"))
        && !readText(parser.value(QStringLiteral("html")), &message.html, &error)) {
        return fail(tr("cannot read %1: %2").arg(parser.value(QStringLiteral("html")), error));
    }
    if (!openWorkspace()) {
        return 1;
    }
    QList<models::MailAccount> accounts;
    if (int code = 0; !selectAccounts(parser.value(QStringLiteral("account")), &accounts, &code)) {
        return code;
    }
    const QSqlDatabase db = m_workspace->connection();
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
        return fail(tr("not queued: %1").arg(problem));
    }
    if (parser.isSet(QStringLiteral("queue-only"))) {
        const std::optional<models::OutboxMessage> queued = models::OutboxRepository(db).find(id);
        if (m_json) {
            printJson(toJson(*queued));
        } else {
            print(tr("Queued message %1 to %2 (Message-ID <%3>).").arg(id).arg(queued->toAddress, queued->messageId));
        }
        return 0;
    }
    return withSecrets(accounts, [this, id, db](const models::MailAccount& account, const QString& secret) {
        agents::inbox::OutboxSender sender(db, account, secret);
        const agents::inbox::OutboxSender::Result result = sender.run();
        const std::optional<models::OutboxMessage> m = models::OutboxRepository(db).find(id);
        if (m_json) {
            QJsonObject o = toJson(*m);
            o.insert(QStringLiteral("outbox"), resultToJson(account.displayName, result));
            printJson(o);
        } else if (m->state == QLatin1String("sent")) {
            print(tr("Sent to %1 (Message-ID <%2>).").arg(m->toAddress, m->messageId));
        } else if (m->state == QLatin1String("queued")) {
            print(tr("Queued: %1")
                      .arg(m->lastError.isEmpty() ? tr("it goes when the sending rules allow (daily cap, "
                                                       "spacing between messages)")
                                                  : m->lastError));
        }
        if (m->state == QLatin1String("failed") || m->state == QLatin1String("blocked")
            || m->state == QLatin1String("uncertain")) {
            return fail(tr("message %1 %2: %3").arg(m->id).arg(m->state, m->lastError));
        }
        return result.ok ? 0 : fail(result.error);
    });
}

int Cli::cmdOutbox(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("account"), tr("Only this account"), QStringLiteral("NAME")});
    if (!parser.parse(QStringList {QStringLiteral("outbox")} + args.mid(1))) {
        return usage(parser.errorText());
    }
    if (!openWorkspace()) {
        return 1;
    }
    const QSqlDatabase db = m_workspace->connection();
    models::OutboxRepository outbox(db);
    if (sub == QLatin1String("list")) {
        QList<models::MailAccount> accounts;
        qint64 accountId = 0;
        if (parser.isSet(QStringLiteral("account"))) {
            if (int code = 0; !selectAccounts(parser.value(QStringLiteral("account")), &accounts, &code)) {
                return code;
            }
            accountId = accounts.first().id;
        }
        QJsonArray list;
        const QList<models::OutboxMessage> messages = outbox.list(accountId);
        for (const models::OutboxMessage& m : messages) {
            list.append(toJson(m));
            if (!m_json) {
                print(QStringLiteral("%1  %2  %3  %4%5")
                          .arg(m.id)
                          .arg(m.state, -12)
                          .arg(m.toAddress, m.subject,
                               m.lastError.isEmpty() ? QString()
                                                     : QStringLiteral("  (") + m.lastError + QLatin1Char(')')));
            }
        }
        if (m_json) {
            printJson(list);
        } else if (messages.isEmpty()) {
            print(tr("The outbox is empty."));
        }
        return 0;
    }
    if (sub == QLatin1String("flush")) {
        QList<models::MailAccount> accounts;
        if (int code = 0; !selectAccounts(parser.value(QStringLiteral("account")), &accounts, &code)) {
            return code;
        }
        return withSecrets(accounts, [this, db](const models::MailAccount& account, const QString& secret) {
            agents::inbox::OutboxSender sender(db, account, secret);
            const agents::inbox::OutboxSender::Result r = sender.run();
            if (m_json) {
                printJson(resultToJson(account.displayName, r));
            } else {
                print(tr("%1: %2 sent, %3 failed, %4 blocked, %5 found in Sent after a crash, %6 uncertain")
                          .arg(account.displayName)
                          .arg(r.sent)
                          .arg(r.failed)
                          .arg(r.blocked)
                          .arg(r.reconciled)
                          .arg(r.uncertain));
                if (r.capReached) {
                    print(tr("%1: the daily sending cap is reached; the rest waits.").arg(account.displayName));
                }
            }
            return r.ok ? 0 : fail(tr("%1: %2").arg(account.displayName, r.error));
        });
    }
    if (sub == QLatin1String("retry") || sub == QLatin1String("confirm") || sub == QLatin1String("cancel")) {
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok) {
            return usage(tr("outbox %1 needs a message ID (see `outbox list`)").arg(sub));
        }
        const qint64 now = Clock::instance().nowMs();
        const bool done = sub == QLatin1String("retry") ? outbox.sendAgain(id, now)
            : sub == QLatin1String("confirm")           ? outbox.confirmSent(id, now)
                                                        : outbox.cancel(id);
        if (!done) {
            const std::optional<models::OutboxMessage> m = outbox.find(id);
            return fail(m ? tr("message %1 is %2: nothing to %3").arg(id).arg(m->state, sub)
                          : tr("there is no message %1 in the outbox").arg(id));
        }
        if (m_json) {
            printJson(toJson(*outbox.find(id)));
        } else {
            print(tr("Message %1 is now %2.").arg(id).arg(outbox.find(id)->state));
        }
        return 0;
    }
    return usage(tr("outbox needs a subcommand: list, flush, retry ID, confirm ID, cancel ID"));
}

} // namespace sc::app
