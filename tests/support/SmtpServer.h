#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace sc::tests {

// A real SMTP server on 127.0.0.1 for the mail tests: tests/support/smtp_server.py (aiosmtpd), run by
// Debian's python3 in the foreground and stopped by PID. What it accepts lands in spool() as n.eml
// with n.json (envelope, SASL mechanism). Behaviours switch on with flag files (see the script).
class SmtpServer
{
public:
    static constexpr const char* Token = "ya29.kestrel-test-access-token";

    SmtpServer(QString user, QString password);
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    // fileSentUrl: imap://USER:PASS@127.0.0.1:PORT/Sent to file accepted mail there, as providers do.
    bool start(const QString& fileSentUrl = {});
    void stop();

    int port() const { return m_port; }
    QString spool() const;
    int count() const;
    QByteArray message(int n) const;
    QJsonObject envelope(int n) const;

    void setFlag(const QString& name) const;
    void clearFlag(const QString& name) const;
    bool hasFlag(const QString& name) const;

private:
    QByteArray read(const QString& name) const;

    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace sc::tests
