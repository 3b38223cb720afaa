#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <sys/types.h>

namespace sc::tests {

// A real Dovecot IMAP server on 127.0.0.1 for integration tests: its configuration, users (a
// passwd-file) and maildirs live in a temporary folder; it is started in the foreground and stopped
// by PID. Mail is delivered with IMAP APPEND.
class DovecotServer
{
public:
    static constexpr const char* User = "dana@kestrel-labs.example";
    static constexpr const char* Password = "s3cret-pass";
    // The OAuth2 access token that logs the user in with XOAUTH2 once the token service runs.
    static constexpr const char* Token = "ya29.kestrel-test-access-token"; // the same as SmtpServer::Token

    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer&) = delete;
    DovecotServer& operator=(const DovecotServer&) = delete;

    // SASL XOAUTH2: Dovecot asks a token introspection endpoint (RFC 7662) whether an access token is
    // valid, as it would ask Google or Microsoft; this starts that endpoint.
    bool startTokenService();

    QString configPath() const;
    int port() const { return m_port; }
    QString maildir() const;
    QString log() const;

    // Starts the server and waits until it accepts connections; false with the reason in the log.
    bool start();
    // Stops it by PID and waits for the port to close.
    void stop();
    // Makes Dovecot forget INBOX's UIDs, as a server restored from backup does: a new UIDVALIDITY.
    bool resetUidValidity();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QProcess m_tokenService;
    int m_port = 0;
    int m_tokenPort = 0;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_ready = false;
};

} // namespace sc::tests
