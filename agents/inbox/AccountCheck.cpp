#include "AccountCheck.h"

namespace sc::agents::inbox {

ImapClient::Security AccountCheck::security(const QString& mode)
{
    if (mode == QLatin1String("starttls")) {
        return ImapClient::Security::StartTls;
    }
    return mode == QLatin1String("none") ? ImapClient::Security::None : ImapClient::Security::Implicit;
}

AccountCheck AccountCheck::run(const models::MailAccount& account, const QString& password, int timeoutMs)
{
    AccountCheck check;
    ImapClient imap(
        {account.imapHost, account.imapPort, security(account.imapSecurity), account.username, password, timeoutMs});
    check.imapOk = imap.login();
    check.imapFailure = imap.failure();
    check.imapError = imap.error();
    check.smtpOk = ImapClient::smtpCheck(
        {account.smtpHost, account.smtpPort, security(account.smtpSecurity), account.username, password, timeoutMs},
        &check.smtpFailure, &check.smtpError);
    return check;
}

} // namespace sc::agents::inbox
