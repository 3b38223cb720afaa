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
    bool warmed = false; // false: a new mailbox, its sending ramps up to the cap (20 a day, +20% a day)
    QString authMethod = QStringLiteral("password"); // password, oauth2 (an access token, SASL XOAUTH2)
    // Sending paused by itself (bounce rate, a complaint) until the rep resumes it; 0: sending.
    qint64 sendingPausedAt = 0;
    QString sendingPausedReason;
    bool sendingPaused() const { return sendingPausedAt > 0; }

    // No encryption is only for a server on this computer: a password never crosses a network in clear.
    static bool isLoopbackHost(const QString& host)
    {
        return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("localhost");
    }
    bool exposesPassword() const
    {
        return (imapSecurity == QLatin1String("none") && !isLoopbackHost(imapHost))
            || (smtpSecurity == QLatin1String("none") && !isLoopbackHost(smtpHost));
    }

    QString secretKey() const { return QStringLiteral("mail-account/%1/password").arg(email.toLower()); }
};

} // namespace sc::models
