#pragma once

#include "models/Workspace.h"
#include "models/entities/MailAccount.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace sc::agents {
class AgentHost;
}

namespace sc::app {

class SecretStore;

// sales-copilot-cli: the same core as the GUI, headless. Exit codes: 0 success, 1 failure, 2 usage.
// Errors are one line on stderr. Commands that wait on async work (jobs run, secrets) finish through
// finished(); the rest return their exit code from run() directly.
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

Q_SIGNALS:
    void finished(int exitCode);

private:
    int usage(const QString& message);
    int fail(const QString& message);
    void print(const QString& text);
    void printJson(const QJsonValue& value);
    bool openWorkspace();

    int cmdInit(const QStringList& args);
    int cmdDemo(const QStringList& args);
    int cmdJobs(const QStringList& args);
    int cmdJobsList(const QStringList& args);
    int cmdJobsEnqueue(const QStringList& args);
    int cmdJobsRun();
    int cmdSecrets(const QStringList& args);
    int cmdProspects(const QStringList& args);
    int cmdBench(const QStringList& args);
    int cmdImport(const QStringList& args);
    int cmdExport(const QStringList& args);
    int cmdClassify(const QStringList& args);
    int cmdAccounts(const QStringList& args);
    int cmdSync(const QStringList& args);
    int testAccount(const QString& name);
    int cmdSend(const QStringList& args);
    int cmdEnrich(const QStringList& args);
    int cmdEmail(const QStringList& args);
    int cmdScore(const QStringList& args);
    int cmdOutbox(const QStringList& args);
    int cmdFillForm(const QStringList& args);
    int cmdServe(const QStringList& args);
    int cmdApiKeys(const QStringList& args);
    // The accounts of --account NAME (all when empty); false with the error printed when none.
    bool selectAccounts(const QString& name, QList<models::MailAccount>* out, int* code);
    // Runs work with each account's secret: from SALES_COPILOT_SECRET_<NAME> when set, else from the
    // keychain (then asynchronously: returns Pending and finishes with the worst exit code).
    int withSecrets(const QList<models::MailAccount>& accounts,
                    const std::function<int(const models::MailAccount&, const QString&)>& work);
    int cmdDoNotContact(const QStringList& args);
    int cmdVersion();
    void finish(int code);

    QString m_workspaceArg;
    bool m_json = false;
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<agents::AgentHost> m_host;
    SecretStore* m_secrets = nullptr;
};

} // namespace sc::app
