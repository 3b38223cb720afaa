#pragma once

// A real SMTP server on 127.0.0.1 for the mail tests: tests/common/smtp_server.py (aiosmtpd), run by
// Debian's python3 in the foreground and stopped by PID. What it accepts lands in spool() as n.eml
// with n.json (envelope, SASL mechanism). Behaviours switch on with flag files (see the script).
#include "StopByPid.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace sc::tests {

class SmtpServer
{
public:
    static constexpr const char* Token = "ya29.kestrel-test-access-token";

    SmtpServer(QString user, QString password)
        : m_user(std::move(user))
        , m_password(std::move(password))
    {
    }
    ~SmtpServer() { stop(); }

    // fileSentUrl: imap://USER:PASS@127.0.0.1:PORT/Sent to file accepted mail there, as providers do.
    bool start(const QString& fileSentUrl = {})
    {
        QStringList args {QStringLiteral(SC_SOURCE_DIR "/tests/common/smtp_server.py"),
                          QStringLiteral("--spool"),
                          spool(),
                          QStringLiteral("--user"),
                          m_user,
                          QStringLiteral("--password"),
                          m_password,
                          QStringLiteral("--token"),
                          QLatin1String(Token)};
        if (!fileSentUrl.isEmpty()) {
            args << QStringLiteral("--file-sent") << fileSentUrl;
        }
        const QByteArray line = startAndReadFirstLine(m_process, QStringLiteral("/usr/bin/python3"), args);
        if (!line.startsWith("READY ")) {
            return false;
        }
        m_port = line.mid(6).toInt();
        return m_port > 0;
    }

    void stop() { stopByPid(m_process); }

    int port() const { return m_port; }
    QString spool() const { return m_dir.filePath(QStringLiteral("spool")); }
    int count() const { return int(QDir(spool()).entryList({QStringLiteral("*.eml")}, QDir::Files).size()); }
    QByteArray message(int n) const { return read(QStringLiteral("%1.eml").arg(n)); }
    QJsonObject envelope(int n) const
    {
        return QJsonDocument::fromJson(read(QStringLiteral("%1.json").arg(n))).object();
    }

    void setFlag(const QString& name) const
    {
        QDir().mkpath(spool());
        QFile f(QDir(spool()).filePath(name));
        f.open(QIODevice::WriteOnly);
    }
    void clearFlag(const QString& name) const { QFile::remove(QDir(spool()).filePath(name)); }
    bool hasFlag(const QString& name) const { return QFile::exists(QDir(spool()).filePath(name)); }

private:
    QByteArray read(const QString& name) const
    {
        QFile f(QDir(spool()).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace sc::tests
