#include "DovecotServer.h"

#include "StopByPid.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace sc::tests {

DovecotServer::DovecotServer()
{
    // Free ports: bind to 0, read them, let them go (both held until read, so they differ).
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    QTcpServer tokenProbe;
    tokenProbe.listen(QHostAddress::LocalHost, 0);
    m_tokenPort = tokenProbe.serverPort();
    probe.close();
    tokenProbe.close();
    // Dovecot never lets root own mail: as root, mail belongs to the system's "mail" user.
    uid_t uid = getuid();
    gid_t gid = getgid();
    if (uid == 0) {
        if (const passwd* mail = getpwnam("mail"); mail != nullptr) {
            uid = mail->pw_uid;
            gid = mail->pw_gid;
        }
    }
    m_uid = uid;
    m_gid = gid;
    const QString d = m_dir.path();
    QDir(d).mkpath(QStringLiteral("run"));
    QDir(d).mkpath(QStringLiteral("state"));
    QDir(d).mkpath(QStringLiteral("home"));
    // Dovecot's processes (another user when we are root) must reach the folder and own the mail.
    QFile::setPermissions(d,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                              | QFile::ReadOther | QFile::ExeOther);
    m_ready = chown(qPrintable(d + QStringLiteral("/home")), m_uid, m_gid) == 0;
    QFile users(d + QStringLiteral("/users"));
    users.open(QIODevice::WriteOnly);
    users.write(QByteArray(User) + ":{PLAIN}" + Password + "\n");
    users.close();
    // SASL XOAUTH2: Dovecot asks a token introspection endpoint (RFC 7662), started on demand by
    // startTokenService(), whether an access token is valid, as it would ask Google or Microsoft.
    QFile oauth(d + QStringLiteral("/oauth2.conf.ext"));
    oauth.open(QIODevice::WriteOnly);
    oauth.write(QStringLiteral("introspection_mode = post\nintrospection_url = http://127.0.0.1:%1/introspect\n"
                               "username_attribute = username\nactive_attribute = active\nactive_value = true\n")
                    .arg(m_tokenPort)
                    .toUtf8());
    oauth.close();
    QFile conf(configPath());
    conf.open(QIODevice::WriteOnly);
    conf.write(QStringLiteral(R"(protocols = imap
listen = 127.0.0.1
base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
first_valid_uid = %3
mail_location = maildir:%1/home/%u/Maildir
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = %1/oauth2.conf.ext
}
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u %1/users
}
userdb {
  driver = static
  args = uid=%3 gid=%4 home=%1/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %2
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
}
)")
                   .arg(d)
                   .arg(m_port)
                   .arg(m_uid)
                   .arg(m_gid)
                   .toUtf8());
    conf.close();
}

DovecotServer::~DovecotServer()
{
    stop();
    stopByPid(m_tokenService);
}

bool DovecotServer::startTokenService()
{
    return startAndReadFirstLine(m_tokenService, QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral(SC_SOURCE_DIR "/tests/support/oauth_introspection.py"),
                                  QStringLiteral("--port"), QString::number(m_tokenPort), QStringLiteral("--user"),
                                  QLatin1String(User), QStringLiteral("--token"), QLatin1String(Token)})
        .startsWith("READY");
}

QString DovecotServer::configPath() const
{
    return m_dir.filePath(QStringLiteral("dovecot.conf"));
}

QString DovecotServer::maildir() const
{
    return m_dir.filePath(QStringLiteral("home/%1/Maildir").arg(QLatin1String(User)));
}

QString DovecotServer::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("dovecot.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool DovecotServer::start()
{
    if (!m_ready) {
        return false;
    }
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("dovecot"),
                                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (binary.isEmpty()) {
        return false;
    }
    QFile::remove(m_dir.filePath(QStringLiteral("run/master.pid")));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary, {QStringLiteral("-F"), QStringLiteral("-c"), configPath()});
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(100) && socket.waitForReadyRead(1000) && socket.readAll().startsWith("* OK")) {
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            return false;
        }
        QThread::msleep(25); // the master forks its listeners after it starts: poll its socket
    }
    return false;
}

void DovecotServer::stop()
{
    stopByPid(m_process);
}

bool DovecotServer::resetUidValidity()
{
    stop();
    QDir box(maildir());
    // dovecot-uidvalidity (kept) hands out the next value, so the new one always differs.
    const QStringList state
        = box.entryList({QStringLiteral("dovecot-uidlist"), QStringLiteral("dovecot.index*")}, QDir::Files);
    for (const QString& f : state) {
        box.remove(f);
    }
    return start();
}

} // namespace sc::tests
