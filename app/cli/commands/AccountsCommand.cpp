#include "AccountsCommand.h"

#include "agents/inbox/AccountCheck.h"
#include "agents/inbox/ImapClient.h"
#include "app/Application.h"
#include "app/SecretStore.h"
#include "app/cli/AccountSecrets.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/store/StoreError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

namespace sc::app::cli {

namespace {

int list(Cli& cli)
{
    if (!cli.openWorkspace()) {
        return 1;
    }
    QJsonArray list;
    const QList<models::MailAccount> accounts = models::MailAccountRepository(cli.workspace().connection()).list();
    for (const models::MailAccount& a : accounts) {
        list.append(
            QJsonObject {{QStringLiteral("name"), a.displayName},
                         {QStringLiteral("user"), a.username},
                         {QStringLiteral("imap"), QStringLiteral("%1:%2").arg(a.imapHost).arg(a.imapPort)},
                         {QStringLiteral("smtp"), QStringLiteral("%1:%2").arg(a.smtpHost).arg(a.smtpPort)},
                         {QStringLiteral("daily_cap"), a.dailySendCap},
                         {QStringLiteral("warmed"), a.warmed},
                         {QStringLiteral("sending_paused"),
                          a.sendingPaused() ? QJsonValue(QJsonObject {
                              {QStringLiteral("at"),
                               QDateTime::fromMSecsSinceEpoch(a.sendingPausedAt, Qt::UTC).toString(Qt::ISODate)},
                              {QStringLiteral("reason"), a.sendingPausedReason}})
                                            : QJsonValue()}});
        if (!cli.json()) {
            cli.print(QStringLiteral("%1  %2  imap %3:%4  smtp %5:%6%7")
                          .arg(a.displayName, a.username, a.imapHost)
                          .arg(a.imapPort)
                          .arg(a.smtpHost)
                          .arg(a.smtpPort)
                          .arg(a.sendingPaused()
                                   ? AccountsCommand::tr("  sending paused: %1").arg(a.sendingPausedReason)
                                   : QString()));
        }
    }
    if (cli.json()) {
        cli.printJson(list);
    }
    return 0;
}

int test(Cli& cli, const QString& name)
{
    if (name.isEmpty()) {
        return cli.usage(AccountsCommand::tr("accounts test needs the account's NAME"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    const QList<models::MailAccount> accounts = models::MailAccountRepository(cli.workspace().connection()).list();
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                 [&](const models::MailAccount& a) { return a.displayName == name; });
    if (it == accounts.cend()) {
        return cli.fail(AccountsCommand::tr("there is no account named %1").arg(name));
    }
    const models::MailAccount account = *it;
    auto check = [&cli, account](const QString& password) {
        using agents::inbox::ImapClient;
        const agents::inbox::AccountCheck result = agents::inbox::AccountCheck::run(account, password);
        auto part = [](bool ok, ImapClient::Failure failure, const QString& error) {
            QJsonObject o {{QStringLiteral("ok"), ok}};
            if (!ok) {
                o.insert(QStringLiteral("failure"), ImapClient::failureName(failure));
                o.insert(QStringLiteral("error"), error);
            }
            return o;
        };
        if (cli.json()) {
            cli.printJson(
                QJsonObject {{QStringLiteral("account"), account.displayName},
                             {QStringLiteral("imap"), part(result.imapOk, result.imapFailure, result.imapError)},
                             {QStringLiteral("smtp"), part(result.smtpOk, result.smtpFailure, result.smtpError)}});
        } else {
            cli.print(result.imapOk ? AccountsCommand::tr("IMAP %1:%2: connected and logged in.")
                                          .arg(account.imapHost)
                                          .arg(account.imapPort)
                                    : AccountsCommand::tr("IMAP: %1").arg(result.imapError));
            cli.print(result.smtpOk ? AccountsCommand::tr("SMTP %1:%2: connected and logged in.")
                                          .arg(account.smtpHost)
                                          .arg(account.smtpPort)
                                    : AccountsCommand::tr("SMTP: %1").arg(result.smtpError));
        }
        return result.imapOk && result.smtpOk ? 0 : 1;
    };
    const QString variable = Application::secretVariable(account.displayName);
    if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
        QTextStream(stderr) << AccountsCommand::tr("Using the password of %1 from %2 for this run only.")
                                   .arg(account.displayName, variable)
                            << "\n";
        return check(qEnvironmentVariable(variable.toLatin1().constData()));
    }
    cli.secrets().read(account.secretKey(), &cli, [&cli, account, check, variable](const SecretStore::Result& result) {
        cli.finish(result.ok() ? check(result.value)
                               : cli.fail(AccountsCommand::tr("%1: no password: %2 (or set %3)")
                                              .arg(account.displayName, result.message, variable)));
    });
    return Cli::Pending;
}

} // namespace

AccountsCommand::AccountsCommand()
    : Command(QStringLiteral("accounts"), tr("the mail accounts agents read and send with"))
{
    addUsage({.subcommand = QStringLiteral("add"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("add a mail account (its password goes in the keychain)"),
              .options = {{{QStringLiteral("imap"), tr("IMAP server"), QStringLiteral("imap[s]://HOST:PORT")}, true},
                          {{QStringLiteral("smtp"), tr("SMTP server"), QStringLiteral("smtp[s]://HOST:PORT")}, true},
                          {{QStringLiteral("user"), tr("User name"), QStringLiteral("USER")}, true},
                          {{QStringLiteral("tls"), tr("implicit, starttls or none"), QStringLiteral("MODE")}},
                          {{QStringLiteral("auth"), tr("password or oauth2"), QStringLiteral("METHOD")}},
                          {{QStringLiteral("cap"), tr("At most N emails in any 24 hours"), QStringLiteral("N")}},
                          {{QStringLiteral("warmed"),
                            tr("The mailbox is warmed: sequences send at its full cap from the first day (else "
                               "20 a day, +20% a day)")}}}});
    addUsage({.subcommand = QStringLiteral("set"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("change a mail account"),
              .options = {{{QStringLiteral("warmed"), tr("The mailbox is warmed (full cap from the first day)")}},
                          {{QStringLiteral("not-warmed"), tr("The mailbox is new: sequences ramp its sending up")}}}});
    addUsage({.subcommand = QStringLiteral("pause"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("stop sending from a mail account until it is resumed"),
              .options = {{{QStringLiteral("reason"), tr("Why, in your words"), QStringLiteral("TEXT")}}}});
    addUsage({.subcommand = QStringLiteral("resume"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("send again from a mail account paused by you, its bounces or a complaint")});
    addUsage({.subcommand = QStringLiteral("test"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("log in to its IMAP and SMTP servers, say what fails")});
    addUsage({.subcommand = QStringLiteral("list"), .description = tr("show the mail accounts")});
}

int AccountsCommand::set(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error, QStringLiteral("set"))) {
        return cli.usage(error);
    }
    const QString name = parser.positionalArguments().value(0);
    const bool warmed = parser.isSet(QStringLiteral("warmed"));
    if (name.isEmpty() || warmed == parser.isSet(QStringLiteral("not-warmed"))) {
        return cli.usage(tr("accounts set NAME needs --warmed or --not-warmed"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    QList<models::MailAccount> accounts;
    if (int code = 0; !AccountSecrets::select(cli, name, &accounts, &code)) {
        return code;
    }
    models::MailAccountRepository(cli.workspace().connection()).setWarmed(accounts.first().id, warmed);
    cli.print(
        warmed
            ? tr("%1 is warmed: sequences send at its full cap.").arg(accounts.first().displayName)
            : tr("%1 is new: sequences ramp its sending up (20 a day, +20% a day).").arg(accounts.first().displayName));
    return 0;
}

int AccountsCommand::pauseOrResume(Cli& cli, const QString& sub, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error, sub)) {
        return cli.usage(error);
    }
    const QString name = parser.positionalArguments().value(0);
    if (name.isEmpty()) {
        return cli.usage(tr("accounts %1 needs the account's NAME").arg(sub));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    QList<models::MailAccount> accounts;
    if (int code = 0; !AccountSecrets::select(cli, name, &accounts, &code)) {
        return code;
    }
    const models::MailAccount& a = accounts.first();
    models::MailAccountRepository repository(cli.workspace().connection());
    const qint64 now = Clock::instance().nowMs();
    if (sub == QLatin1String("pause")) {
        const QString reason = parser.value(QStringLiteral("reason")).trimmed();
        repository.pauseSending(a.id, reason.isEmpty() ? tr("Paused by the rep.") : reason, QStringLiteral("cli"), now);
        cli.print(tr("%1: sending is paused; queued emails wait until `accounts resume %1`.").arg(a.displayName));
        return 0;
    }
    if (!repository.resumeSending(a.id, QStringLiteral("cli"), now)) {
        cli.print(tr("%1 was not paused.").arg(a.displayName));
        return 0;
    }
    cli.print(tr("%1 sends again.").arg(a.displayName));
    return 0;
}

int AccountsCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list")) {
        return list(cli);
    }
    if (sub == QLatin1String("test")) {
        return test(cli, arguments.value(1));
    }
    if (sub == QLatin1String("set")) {
        return set(cli, arguments.mid(1));
    }
    if (sub == QLatin1String("pause") || sub == QLatin1String("resume")) {
        return pauseOrResume(cli, sub, arguments.mid(1));
    }
    if (sub != QLatin1String("add")) {
        return cli.usage(
            tr("accounts needs a subcommand: add NAME ..., set NAME ..., pause NAME, resume NAME, test NAME, list"));
    }
    QCommandLineParser parser;
    QString parseError;
    if (!parse(parser, arguments.mid(1), &parseError, sub)) {
        return cli.usage(parseError);
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1 || !parser.isSet(QStringLiteral("imap")) || !parser.isSet(QStringLiteral("smtp"))
        || !parser.isSet(QStringLiteral("user"))) {
        return cli.usage(tr("accounts add needs NAME, --imap URL, --smtp URL and --user USER"));
    }
    const QUrl imap(parser.value(QStringLiteral("imap")));
    const QUrl smtp(parser.value(QStringLiteral("smtp")));
    if (!QStringList {QStringLiteral("imap"), QStringLiteral("imaps")}.contains(imap.scheme())
        || imap.host().isEmpty()) {
        return cli.usage(tr("--imap must look like imaps://HOST:PORT or imap://HOST:PORT"));
    }
    if (!QStringList {QStringLiteral("smtp"), QStringLiteral("smtps")}.contains(smtp.scheme())
        || smtp.host().isEmpty()) {
        return cli.usage(tr("--smtp must look like smtps://HOST:PORT or smtp://HOST:PORT"));
    }
    // imaps:// and smtps:// are implicit TLS; plain schemes upgrade with STARTTLS unless told otherwise.
    auto mode = [&](const QUrl& url) {
        if (parser.isSet(QStringLiteral("tls"))) {
            const QString tls = parser.value(QStringLiteral("tls"));
            return tls == QLatin1String("implicit") ? QStringLiteral("tls") : tls;
        }
        return url.scheme().endsWith(QLatin1Char('s')) ? QStringLiteral("tls") : QStringLiteral("starttls");
    };
    const QString tls = parser.value(QStringLiteral("tls"));
    if (parser.isSet(QStringLiteral("tls"))
        && !QStringList {QStringLiteral("implicit"), QStringLiteral("starttls"), QStringLiteral("none")}.contains(
            tls)) {
        return cli.usage(tr("--tls must be implicit, starttls or none"));
    }
    if (tls == QLatin1String("none")
        && !(models::MailAccount::isLoopbackHost(imap.host()) && models::MailAccount::isLoopbackHost(smtp.host()))) {
        return cli.usage(tr("--tls none is only allowed for a server on this computer (127.0.0.1)"));
    }
    const QString auth = parser.value(QStringLiteral("auth"));
    if (parser.isSet(QStringLiteral("auth")) && auth != QLatin1String("password") && auth != QLatin1String("oauth2")) {
        return cli.usage(tr("--auth must be password or oauth2"));
    }
    bool capOk = true;
    const int cap = parser.isSet(QStringLiteral("cap")) ? parser.value(QStringLiteral("cap")).toInt(&capOk) : 50;
    if (!capOk || cap < 1) {
        return cli.usage(tr("--cap must be a number of emails, 1 or more"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    models::MailAccount account;
    account.authMethod = auth.isEmpty() ? QStringLiteral("password") : auth;
    account.dailySendCap = cap;
    account.warmed = parser.isSet(QStringLiteral("warmed"));
    account.displayName = names.first();
    account.username = parser.value(QStringLiteral("user"));
    account.email = account.username.contains(QLatin1Char('@')) ? account.username : names.first();
    account.imapHost = imap.host();
    account.imapPort = imap.port(imap.scheme() == QLatin1String("imaps") ? 993 : 143);
    account.imapSecurity = mode(imap);
    account.smtpHost = smtp.host();
    account.smtpPort = smtp.port(smtp.scheme() == QLatin1String("smtps") ? 465 : 587);
    account.smtpSecurity = mode(smtp);
    try {
        models::MailAccountRepository(cli.workspace().connection()).add(account, Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        return cli.fail(tr("cannot add the account %1: %2").arg(account.displayName, error.message()));
    }
    cli.print(tr("Added the account %1. Its password comes from the keychain (Settings, or `secrets set %2`) or, on a "
                 "machine without one, from %3.")
                  .arg(account.displayName, account.secretKey(), Application::secretVariable(account.displayName)));
    return 0;
}

} // namespace sc::app::cli
