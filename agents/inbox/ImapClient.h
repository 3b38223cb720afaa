#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sc::agents::inbox {

// A small IMAP client over libcurl: one easy handle, so consecutive requests reuse one connection.
// Literal-free answers (LIST, EXAMINE, UID SEARCH) come from custom requests; message bodies are
// fetched by URL (".../INBOX;UID=n"), since libcurl drops literals from custom-request answers.
// Not thread-safe: one client per thread (the Inbox agent's).
class ImapClient
{
public:
    enum class Security { Implicit, StartTls, None };
    enum class Failure { None, Dns, Refused, Tls, Authentication, Timeout, Protocol, Other };

    struct Settings
    {
        QString host;
        int port = 993;
        Security security = Security::Implicit;
        QString user;
        QString password; // or the OAuth2 access token
        int timeoutMs = 30000;
        bool oauth2 = false;
    };
    struct Folder
    {
        QString name;
        QString specialUse; // "\\Sent", "\\Inbox"... or empty
    };
    struct Status
    {
        qint64 uidValidity = 0;
        qint64 uidNext = 0;
        qint64 exists = 0;
    };

    explicit ImapClient(Settings settings);
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    // Each returns false on failure; failure() and error() then say what went wrong, in words a rep
    // can act on ("The server refused the user name or password").
    bool login();
    bool folders(QList<Folder>* out);
    bool examine(const QString& mailbox, Status* out);
    // UIDs of the mailbox's messages above afterUid (up to upToUid when given), ascending. libcurl
    // cuts a response line at 16 KB, so callers ask in windows of SearchWindow UIDs.
    static constexpr qint64 SearchWindow = 1000;
    bool searchUids(const QString& mailbox, qint64 afterUid, QList<qint64>* out, qint64 upToUid = 0);
    bool fetch(const QString& mailbox, qint64 uid, QByteArray* message);
    // UIDs of the messages whose Message-ID header is messageId (without brackets): how the outbox
    // finds out, after a crash, whether a message it was sending reached the Sent folder.
    bool searchMessageId(const QString& mailbox, const QString& messageId, QList<qint64>* out);
    // UIDs from fromUid to toUid with the \Seen flag (at most SearchWindow UIDs per call, see searchUids).
    bool seenUids(const QString& mailbox, qint64 fromUid, qint64 toUid, QList<qint64>* out);
    // Sets or clears the \Seen flag of these messages on the server (the rep read them here; or a
    // fetch by URL, which libcurl does with BODY[] and so marks read, is undone).
    bool setSeen(const QString& mailbox, const QList<qint64>& uids, bool seen);
    // Stores a message in a mailbox (tests seed mailboxes with it; the outbox files sent mail).
    bool append(const QString& mailbox, const QByteArray& message);

    Failure failure() const { return m_failure; }
    QString error() const { return m_error; }

    static QString failureName(Failure failure);
    // The folder flagged \Sent (RFC 6154 SPECIAL-USE), else one named like a Sent folder, else empty.
    static QString sentFolder(const QList<Folder>& folders);
    // What a libcurl error means for the rep, and its kind.
    static QString describeCurlError(int curlCode, const QString& detail, const QString& where, Failure* failure);

private:
    bool perform(const QString& path, const QString& customRequest, QByteArray* body,
                 const QByteArray* upload = nullptr);
    QString url(const QString& path) const;

    Settings m_settings;
    void* m_curl = nullptr;
    Failure m_failure = Failure::None;
    QString m_error;
};

} // namespace sc::agents::inbox
