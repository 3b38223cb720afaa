#pragma once

#include <QString>

namespace sc::models {

// A rep's mailbox. The password is not here: it lives in the OS keychain under secretKey().
struct MailAccount
{
    qint64 id = 0;
    QString displayName;
    QString email;
    QString imapHost;
    int imapPort = 993;
    QString imapSecurity = QStringLiteral("tls"); // tls (implicit), starttls, none (loopback only)
    QString smtpHost;
    int smtpPort = 465;
    QString smtpSecurity = QStringLiteral("tls");
    QString username;
    int dailySendCap = 50;

    QString secretKey() const { return QStringLiteral("mail-account/%1/password").arg(email.toLower()); }
};

} // namespace sc::models
