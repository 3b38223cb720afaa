#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommandRegistry.h"
#include "models/Workspace.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>
#include <memory>

namespace sc::agents {
class AgentHost;
}

namespace sc::app {

class SecretStore;

// sales-copilot-cli: the same core as the GUI, headless. Exit codes: 0 success, 1 failure, 2 usage.
// Errors are one line on stderr. run() reads the global options and hands the rest to the command
// registered under its name (app/cli/commands/); the commands use the services below. Commands that
// wait on async work (jobs run, secrets) finish through finished(); the rest return their exit code.
class Cli : public QObject
{
    Q_OBJECT
public:
    static constexpr int Pending = -1;
    explicit Cli(QObject* parent = nullptr);
    ~Cli() override;

    int run(const QStringList& arguments);
    // Commands that drive Chromium (Qt WebEngine) need a QApplication set up before it exists.
    static bool needsWebEngine(const QStringList& arguments);
    // --workspace DIR, --json, --verbose, --help: taken wherever they stand on the command line.
    static QList<cli::CommandOption> globalOptions();

    const cli::CommandRegistry& registry() const { return m_registry; }

    // Services for the commands.
    bool json() const { return m_json; }
    int usage(const QString& message);
    int fail(const QString& message);
    void print(const QString& text);
    void printJson(const QJsonValue& value);
    // Text as it is (a help page), no newline added.
    void write(const QString& text);
    // Opens the workspace of --workspace (or the default one); false with the error printed.
    bool openWorkspace();
    models::Workspace& workspace() { return *m_workspace; }
    void setWorkspaceArgument(const QString& directory) { m_workspaceArg = directory; }
    void closeWorkspace();
    // The agents of the open workspace, kept until the run ends.
    agents::AgentHost& createHost();
    agents::AgentHost& host() { return *m_host; }
    // The keychain of the open workspace, created on first use.
    SecretStore& secrets();
    // Ends a Pending command with its exit code.
    void finish(int code);

Q_SIGNALS:
    void finished(int exitCode);

private:
    QString m_workspaceArg;
    bool m_json = false;
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<agents::AgentHost> m_host;
    SecretStore* m_secrets = nullptr;
    cli::CommandRegistry m_registry;
};

} // namespace sc::app
