#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

namespace sc::app {

// The only place secrets live: the OS keychain through QtKeychain (Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows). Asynchronous, with typed errors. There is no plaintext
// fallback: when no keychain is reachable the caller gets Error::NoKeychain and a message to show.
// Keys are scoped by workspace, so two workspaces never share an API key by accident.
// Every keychain job runs on the thread that owns the store (the GUI or the CLI's main thread):
// QtKeychain answers on that thread's event loop, so a job started elsewhere would be called back on
// the wrong thread. Other threads (the agents) may call read/write/remove/probe all the same: the call
// is queued to the store's thread and the answer queued back to the caller's context.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // Locked: the keyring exists but its collection is locked or was never created (the rep cancelled
    // the unlock prompt, or a fresh session has no "login" keyring yet).
    enum class Error { None, NotFound, NoKeychain, AccessDenied, Locked, Other };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message; // translated, for the rep; never contains the secret
        QString value; // read() only
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result&)>;

    static constexpr const char* ServiceName = "Sales Copilot";

    // What a QtKeychain error means for the rep, from its code and its (untranslated, technical)
    // text; serviceReachable: whether a Secret Service answers on the session bus.
    static Error kindOf(int keychainError, const QString& detail, bool serviceReachable);
    // What to tell the rep, in the interface's language: never a D-Bus path or a library's words.
    static QString messageFor(Error error);

    explicit SecretStore(QString scope, QObject* parent = nullptr);

    // Values longer than the chunk size are split over several entries (Windows' Credential Manager
    // holds 2.5 KB per entry). 0 disables chunking; the default is 1800 on Windows and 0 elsewhere.
    void setChunkSize(int bytes) { m_chunkSize = bytes; }

    // Callable from any thread while the store is alive. The callback runs on context's thread, later
    // or (on the store's own thread, when there is no keychain at all) at once, and only while context
    // is alive.
    void write(const QString& key, const QString& value, QObject* context, Callback done);
    void read(const QString& key, QObject* context, Callback done);
    void remove(const QString& key, QObject* context, Callback done);
    // Writes, reads back and deletes a probe entry: tells whether secrets can be saved at all.
    void probe(QObject* context, Callback done);

private:
    enum class Op { Write, Read, Remove };
    // Off the store's thread: queues op to it, with a reply that brings the answer back to context's
    // thread. Returns false (nothing done) on the store's own thread.
    bool forwardToOwnThread(QObject* context, Callback& done, std::function<void(QObject*, Callback)> op);
    void rawJob(Op op, const QString& fullKey, const QString& value, std::function<void(Result)> done);
    void writeChunks(const QString& base, QStringList chunks, int index, std::function<void(Result)> done);
    void readChunks(const QString& base, int count, int index, QString collected, std::function<void(Result)> done);
    void removeChunks(const QString& base, int count, int index, std::function<void(Result)> done);
    QString fullKey(const QString& key) const;
    static Callback guarded(QObject* context, Callback done);
    Result classify(int keychainError, const QString& detail) const;

    QString m_scope;
    int m_chunkSize;
};

} // namespace sc::app
