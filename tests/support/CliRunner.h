#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>
#include <memory>

class QObject;
class QProcess;
class QTemporaryDir;

namespace sc::tests {

// Runs the built sales-copilot-cli the way every test does: in a private home (HOME and every XDG
// folder inside it), with no display, no keychain reachable (a session bus that does not exist,
// unless a test hands it its own) and no SALES_COPILOT_SECRET_* or Chromium flags inherited from the
// developer's environment. So a test sees the same CLI on a laptop, in CI and in a fresh clone, and
// never reads or writes the rep's real settings, workspaces or keychain.
//
// Copies share the same home: withEnv() gives a runner for one call with an extra variable (a
// mailbox password) without changing the others.
class CliRunner
{
public:
    struct Result
    {
        int code = -1; // the exit code; -1 when it did not start, -2 when it crashed or was killed
        bool timedOut = false;
        QString out; // stdout and stderr, UTF-8
        QString err;

        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    static constexpr int DefaultTimeoutMs = 120000;

    CliRunner(); // a fresh temporary home, removed with the last copy
    ~CliRunner();
    CliRunner(const CliRunner&);
    CliRunner& operator=(const CliRunner&);

    // The built binary (SC_CLI_PATH of the test build).
    static QString program();

    QString home() const;
    // A path inside the home, for the test's own files and workspaces.
    QString filePath(const QString& name) const;

    // Arguments put before every call's own (e.g. --workspace DIR).
    void setLeadingArgs(const QStringList& args) { m_leading = args; }
    void setEnv(const QString& name, const QString& value) { m_extra.insert(name, value); }
    CliRunner withEnv(const QString& name, const QString& value) const;
    // A test that runs its own keychain (a private D-Bus session) lets the CLI reach it.
    void useSessionBus(const QString& address) { setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address); }

    QProcessEnvironment environment() const;

    // Runs to the end (killed after timeoutMs), input written to its stdin.
    Result run(const QStringList& args, const QByteArray& input = {}, int timeoutMs = DefaultTimeoutMs) const;
    // Starts and leaves it running (a server, a run to kill midway); stdin is closed.
    void start(QProcess& process, const QStringList& args) const;
    QProcess* start(const QStringList& args, QObject* parent) const;
    // Starts it and returns the first line it prints (`serve` announces itself so), empty on failure.
    QByteArray startAndReadFirstLine(QProcess& process, const QStringList& args, const QString& stderrFile = {}) const;

private:
    std::shared_ptr<QTemporaryDir> m_home;
    QStringList m_leading;
    QHash<QString, QString> m_extra;
};

} // namespace sc::tests
