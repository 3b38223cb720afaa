#include "AccountCheck.h"

#include "SmtpClient.h"

namespace sc::agents::inbox {

ImapClient::Security AccountCheck::security(const QString& mode)
{
    if (mode == QLatin1String("starttls")) {
        return ImapClient::Security::StartTls;
    }
    return mode == QLatin1String("none") ? ImapClient::Security::None : ImapClient::Security::Implicit;
}

ImapClient::Settings AccountCheck::imapSettings(const models::MailAccount& account, const QString& secret,
                                                int timeoutMs)
{
    return {account.imapHost,
            account.imapPort,
            security(account.imapSecurity),
            account.username,
            secret,
            timeoutMs,
            account.authMethod == QLatin1String("oauth2")};
}

ImapClient::Settings AccountCheck::smtpSettings(const models::MailAccount& account, const QString& secret,
                                                int timeoutMs)
{
    return {account.smtpHost,
            account.smtpPort,
            security(account.smtpSecurity),
            account.username,
            secret,
            timeoutMs,
            account.authMethod == QLatin1String("oauth2")};
}

AccountCheck AccountCheck::run(const models::MailAccount& account, const QString& password, int timeoutMs)
{
    AccountCheck check;
    ImapClient imap(imapSettings(account, password, timeoutMs));
    check.imapOk = imap.login();
    check.imapFailure = imap.failure();
    check.imapError = imap.error();
    const SmtpClient::Outcome smtp = SmtpClient(smtpSettings(account, password, timeoutMs)).check();
    check.smtpOk = smtp.ok;
    check.smtpFailure = smtp.failure;
    check.smtpError = smtp.error;
    return check;
}

} // namespace sc::agents::inbox
