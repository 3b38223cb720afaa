#pragma once

#include "ImapClient.h"
#include "models/entities/MailAccount.h"

namespace sc::agents::inbox {

// "Test connection": logs in to an account's IMAP server and its SMTP server (NOOP, nothing sent) and
// says, for each, what failed in words a rep can act on. Blocking: call it off the GUI thread.
struct AccountCheck
{
    bool imapOk = false;
    ImapClient::Failure imapFailure = ImapClient::Failure::None;
    QString imapError;
    bool smtpOk = false;
    ImapClient::Failure smtpFailure = ImapClient::Failure::None;
    QString smtpError;

    static AccountCheck run(const models::MailAccount& account, const QString& password, int timeoutMs = 15000);
    static ImapClient::Security security(const QString& mode);
    // How to reach and log in to the account's servers (the secret: a password or an OAuth2 token).
    static ImapClient::Settings imapSettings(const models::MailAccount& account, const QString& secret,
                                             int timeoutMs = 30000);
    static ImapClient::Settings smtpSettings(const models::MailAccount& account, const QString& secret,
                                             int timeoutMs = 30000);
};

} // namespace sc::agents::inbox
