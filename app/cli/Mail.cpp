// `sales-copilot-cli accounts ...` and `sync`: the rep's mailboxes, headless.
#include "Cli.h"
#include "agents/inbox/AccountCheck.h"
#include "agents/inbox/ImapClient.h"
#include "agents/inbox/InboxSync.h"
#include "app/Application.h"
#include "app/SecretStore.h"
#include "models/Clock.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>
#include <QUrl>

namespace sc::app {

int Cli::cmdAccounts(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        if (!openWorkspace()) {
            return 1;
        }
        QJsonArray list;
        const QList<models::MailAccount> accounts = models::MailAccountRepository(m_workspace->connection()).list();
        for (const models::MailAccount& a : accounts) {
            list.append(
                QJsonObject {{QStringLiteral("name"), a.displayName},
                             {QStringLiteral("user"), a.username},
                             {QStringLiteral("imap"), QStringLiteral("%1:%2").arg(a.imapHost).arg(a.imapPort)},
                             {QStringLiteral("smtp"), QStringLiteral("%1:%2").arg(a.smtpHost).arg(a.smtpPort)}});
            if (!m_json) {
                print(QStringLiteral("%1  %2  imap %3:%4  smtp %5:%6")
                          .arg(a.displayName, a.username, a.imapHost)
                          .arg(a.imapPort)
                          .arg(a.smtpHost)
                          .arg(a.smtpPort));
            }
        }
        if (m_json) {
            printJson(list);
        }
        return 0;
    }
    if (sub == QLatin1String("test")) {
        return testAccount(args.value(1));
    }
    if (sub != QLatin1String("add")) {
        return usage(tr("accounts needs a subcommand: add NAME ..., test NAME, list"));
    }
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("imap"), tr("IMAP server"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("smtp"), tr("SMTP server"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("user"), tr("User name"), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("tls"), tr("implicit, starttls or none"), QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("auth"), tr("password or oauth2"), QStringLiteral("METHOD")});
    parser.addOption({QStringLiteral("cap"), tr("At most N emails in any 24 hours"), QStringLiteral("N")});
    if (!parser.parse(QStringList {QStringLiteral("accounts")} + args.mid(1))) {
        return usage(parser.errorText());
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1 || !parser.isSet(QStringLiteral("imap")) || !parser.isSet(QStringLiteral("smtp"))
        || !parser.isSet(QStringLiteral("user"))) {
        return usage(tr("accounts add needs NAME, --imap URL, --smtp URL and --user USER"));
    }
    const QUrl imap(parser.value(QStringLiteral("imap")));
    const QUrl smtp(parser.value(QStringLiteral("smtp")));
    if (!QStringList {QStringLiteral("imap"), QStringLiteral("imaps")}.contains(imap.scheme())
        || imap.host().isEmpty()) {
        return usage(tr("--imap must look like imaps://HOST:PORT or imap://HOST:PORT"));
    }
    if (!QStringList {QStringLiteral("smtp"), QStringLiteral("smtps")}.contains(smtp.scheme())
        || smtp.host().isEmpty()) {
        return usage(tr("--smtp must look like smtps://HOST:PORT or smtp://HOST:PORT"));
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
        return usage(tr("--tls must be implicit, starttls or none"));
    }
    if (tls == QLatin1String("none")
        && !(models::MailAccount::isLoopbackHost(imap.host()) && models::MailAccount::isLoopbackHost(smtp.host()))) {
        return usage(tr("--tls none is only allowed for a server on this computer (127.0.0.1)"));
    }
    const QString auth = parser.value(QStringLiteral("auth"));
    if (parser.isSet(QStringLiteral("auth")) && auth != QLatin1String("password") && auth != QLatin1String("oauth2")) {
        return usage(tr("--auth must be password or oauth2"));
    }
    bool capOk = true;
    const int cap = parser.isSet(QStringLiteral("cap")) ? parser.value(QStringLiteral("cap")).toInt(&capOk) : 50;
    if (!capOk || cap < 1) {
        return usage(tr("--cap must be a number of emails, 1 or more"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    models::MailAccount account;
    account.authMethod = auth.isEmpty() ? QStringLiteral("password") : auth;
    account.dailySendCap = cap;
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
        models::MailAccountRepository(m_workspace->connection()).add(account, Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        return fail(tr("cannot add the account %1: %2").arg(account.displayName, error.message()));
    }
    print(tr("Added the account %1. Its password comes from the keychain (Settings, or `secrets set %2`) or, on a "
             "machine without one, from %3.")
              .arg(account.displayName, account.secretKey(), Application::secretVariable(account.displayName)));
    return 0;
}

int Cli::cmdSync(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("account"), tr("Only this account"), QStringLiteral("NAME")});
    if (!parser.parse(QStringList {QStringLiteral("sync")} + args)) {
        return usage(parser.errorText());
    }
    if (!openWorkspace()) {
        return 1;
    }
    QList<models::MailAccount> accounts;
    if (int code = 0; !selectAccounts(parser.value(QStringLiteral("account")), &accounts, &code)) {
        return code;
    }
    auto syncOne = [this](const models::MailAccount& account, const QString& password) {
        agents::inbox::InboxSync sync(m_workspace->connection(), account, password);
        const agents::inbox::InboxSync::Result result = sync.run();
        QJsonArray folders;
        for (const auto& folder : result.folders) {
            folders.append(QJsonObject {{QStringLiteral("name"), folder.name},
                                        {QStringLiteral("fetched"), folder.fetched},
                                        {QStringLiteral("total"), folder.total}});
            if (!m_json) {
                print(tr("%1 %2: %3 new, %4 on the server")
                          .arg(account.displayName, folder.name)
                          .arg(folder.fetched)
                          .arg(folder.total));
            }
        }
        if (m_json) {
            QJsonObject json {{QStringLiteral("account"), account.displayName}, {QStringLiteral("folders"), folders}};
            if (!result.ok) {
                json.insert(QStringLiteral("error"), result.error);
                json.insert(QStringLiteral("failure"), agents::inbox::ImapClient::failureName(result.failure));
            }
            printJson(json);
        }
        return result.ok ? 0 : fail(tr("%1: %2").arg(account.displayName, result.error));
    };
    return withSecrets(accounts, syncOne);
}

bool Cli::selectAccounts(const QString& name, QList<models::MailAccount>* out, int* code)
{
    *out = models::MailAccountRepository(m_workspace->connection()).list();
    if (!name.isEmpty()) {
        out->removeIf([&](const models::MailAccount& a) { return a.displayName != name; });
        if (out->isEmpty()) {
            *code = fail(tr("there is no account named %1").arg(name));
            return false;
        }
    }
    if (out->isEmpty()) {
        *code = fail(tr("no mail account yet: add one with `accounts add`"));
        return false;
    }
    return true;
}

int Cli::withSecrets(const QList<models::MailAccount>& accounts,
                     const std::function<int(const models::MailAccount&, const QString&)>& work)
{
    // Secrets from the environment when set (a headless machine), else from the keychain.
    int code = 0;
    QList<models::MailAccount> fromKeychain;
    for (const models::MailAccount& account : accounts) {
        const QString variable = Application::secretVariable(account.displayName);
        if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
            QTextStream(stderr)
                << tr("Using the password of %1 from %2 for this run only.").arg(account.displayName, variable) << "\n";
            code = std::max(code, work(account, qEnvironmentVariable(variable.toLatin1().constData())));
        } else {
            fromKeychain.append(account);
        }
    }
    if (fromKeychain.isEmpty()) {
        return code;
    }
    m_secrets = new SecretStore(Application::secretScope(*m_workspace), this);
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, fromKeychain, code, work, next](int index) mutable {
        if (index >= fromKeychain.size()) {
            finish(code);
            return;
        }
        const models::MailAccount account = fromKeychain.at(index);
        m_secrets->read(account.secretKey(), this, [&, account, index](const SecretStore::Result& result) {
            if (!result.ok()) {
                code = std::max(code,
                                fail(tr("%1: no password: %2 (or set %3)")
                                         .arg(account.displayName, result.message,
                                              Application::secretVariable(account.displayName))));
            } else {
                code = std::max(code, work(account, result.value));
            }
            (*next)(index + 1);
        });
    };
    (*next)(0);
    return Pending;
}

int Cli::testAccount(const QString& name)
{
    if (name.isEmpty()) {
        return usage(tr("accounts test needs the account's NAME"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    const QList<models::MailAccount> accounts = models::MailAccountRepository(m_workspace->connection()).list();
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                 [&](const models::MailAccount& a) { return a.displayName == name; });
    if (it == accounts.cend()) {
        return fail(tr("there is no account named %1").arg(name));
    }
    const models::MailAccount account = *it;
    auto check = [this, account](const QString& password) {
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
        if (m_json) {
            printJson(
                QJsonObject {{QStringLiteral("account"), account.displayName},
                             {QStringLiteral("imap"), part(result.imapOk, result.imapFailure, result.imapError)},
                             {QStringLiteral("smtp"), part(result.smtpOk, result.smtpFailure, result.smtpError)}});
        } else {
            print(result.imapOk ? tr("IMAP %1:%2: connected and logged in.").arg(account.imapHost).arg(account.imapPort)
                                : tr("IMAP: %1").arg(result.imapError));
            print(result.smtpOk ? tr("SMTP %1:%2: connected and logged in.").arg(account.smtpHost).arg(account.smtpPort)
                                : tr("SMTP: %1").arg(result.smtpError));
        }
        return result.imapOk && result.smtpOk ? 0 : 1;
    };
    const QString variable = Application::secretVariable(account.displayName);
    if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
        QTextStream(stderr)
            << tr("Using the password of %1 from %2 for this run only.").arg(account.displayName, variable) << "\n";
        return check(qEnvironmentVariable(variable.toLatin1().constData()));
    }
    m_secrets = new SecretStore(Application::secretScope(*m_workspace), this);
    m_secrets->read(account.secretKey(), this, [this, account, check, variable](const SecretStore::Result& result) {
        finish(result.ok()
                   ? check(result.value)
                   : fail(tr("%1: no password: %2 (or set %3)").arg(account.displayName, result.message, variable)));
    });
    return Pending;
}

} // namespace sc::app
