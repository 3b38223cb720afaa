#include "SmtpServer.h"

#include "StopByPid.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace sc::tests {

SmtpServer::SmtpServer(QString user, QString password)
    : m_user(std::move(user))
    , m_password(std::move(password))
{
}

SmtpServer::~SmtpServer()
{
    stop();
}

bool SmtpServer::start(const QString& fileSentUrl)
{
    QStringList args {QStringLiteral(SC_SOURCE_DIR "/tests/support/smtp_server.py"),
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

void SmtpServer::stop()
{
    stopByPid(m_process);
}

QString SmtpServer::spool() const
{
    return m_dir.filePath(QStringLiteral("spool"));
}

int SmtpServer::count() const
{
    return int(QDir(spool()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

QByteArray SmtpServer::message(int n) const
{
    return read(QStringLiteral("%1.eml").arg(n));
}

QJsonObject SmtpServer::envelope(int n) const
{
    return QJsonDocument::fromJson(read(QStringLiteral("%1.json").arg(n))).object();
}

void SmtpServer::setFlag(const QString& name) const
{
    QDir().mkpath(spool());
    QFile f(QDir(spool()).filePath(name));
    f.open(QIODevice::WriteOnly);
}

void SmtpServer::clearFlag(const QString& name) const
{
    QFile::remove(QDir(spool()).filePath(name));
}

bool SmtpServer::hasFlag(const QString& name) const
{
    return QFile::exists(QDir(spool()).filePath(name));
}

QByteArray SmtpServer::read(const QString& name) const
{
    QFile f(QDir(spool()).filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sc::tests
