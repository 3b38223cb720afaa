#include "Application.h"

#include "AppSettings.h"
#include "SecretStore.h"
#include "agents/conversation/ConversationAgent.h"
#include "agents/decision/DecisionAgent.h"
#include "agents/formfiller/FormFillerAgent.h"
#include "agents/housekeeping/HousekeepingAgent.h"
#include "agents/importer/ImportAgent.h"
#include "agents/inbox/InboxAgent.h"
#include "agents/research/ResearchAgent.h"
#include "models/settings/SecretNames.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTranslator>
#include <curl/curl.h>

Q_LOGGING_CATEGORY(lcApp, "salescopilot.app")

namespace sc::app {

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SalesCopilot"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("salescopilot.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Sales Copilot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SC_VERSION));
}

void Application::installTranslations(const QString& language)
{
    auto* app = QCoreApplication::instance();
    // Dates and numbers follow the language too, keeping the system's region when it speaks it
    // (a French rep in Quebec keeps fr_CA formats; an English UI on a French system gets English ones).
    if (QLocale(language).language() != QLocale::system().language()) {
        QLocale::setDefault(QLocale(language));
    }
    // English too: the source strings are English, but its .qm carries the plural forms.
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/sales-copilot_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

QString Application::resolveWorkspaceDirectory(const QString& fromCommandLine)
{
    if (!fromCommandLine.isEmpty()) {
        return QDir(fromCommandLine).absolutePath();
    }
    const QString chosen = AppSettings::workspaceDirectory();
    return chosen.isEmpty() ? models::Workspace::defaultDirectory() : chosen;
}

std::unique_ptr<agents::AgentHost> Application::createAgentHost(const models::Workspace& workspace,
                                                                agents::formfiller::FormBrowser* browser)
{
    auto host = std::make_unique<agents::AgentHost>(workspace);
    host->addAgent(std::make_unique<agents::housekeeping::HousekeepingAgent>());
    host->addAgent(std::make_unique<agents::importer::ImportAgent>());
    host->addAgent(std::make_unique<agents::research::ResearchAgent>());
    // Mailbox passwords: SALES_COPILOT_SECRET_<NAME> on a machine without a keychain (said once per
    // sync in the log), else the keychain. The store lives on this (the GUI or the CLI's main) thread,
    // where QtKeychain calls back; the agent asks it from its own thread and gets the answer there.
    // Nothing touches the keychain until a job needs a password.
    auto secrets = std::make_shared<SecretStore>(secretScope(workspace));
    host->addAgent(
        std::make_unique<agents::inbox::InboxAgent>([secrets](const models::MailAccount& account, QObject* context,
                                                              const agents::inbox::InboxAgent::PasswordAnswer& answer) {
            const QString variable = secretVariable(account.displayName);
            if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
                qCInfo(lcApp) << "password of" << account.displayName << "from" << variable;
                answer(qEnvironmentVariable(variable.toLatin1().constData()), QString());
                return;
            }
            secrets->read(account.secretKey(), context, [answer](const SecretStore::Result& result) {
                if (result.ok()) {
                    answer(result.value, QString());
                } else {
                    answer(std::nullopt, result.message);
                }
            });
        }));
    // Model providers' keys: the same two places (ProviderSetup reads the variable first).
    host->addAgent(std::make_unique<agents::conversation::ConversationAgent>(
        [secrets](const models::LlmRepository::Provider& provider, QObject* context,
                  const agents::conversation::ConversationAgent::KeyAnswer& answer) {
            secrets->read(models::LlmRepository::secretKey(provider.name), context,
                          [answer](const SecretStore::Result& result) {
                              if (result.ok()) {
                                  answer(result.value, QString());
                              } else {
                                  answer(std::nullopt, result.message);
                              }
                          });
        }));
    if (browser != nullptr) {
        host->addAgent(std::make_unique<agents::formfiller::FormFillerAgent>(browser));
    }
    // Last, so the agents above keep their places in the Agents view.
    host->addAgent(std::make_unique<agents::decision::DecisionAgent>());
    return host;
}

QString Application::secretScope(const models::Workspace& workspace)
{
    const QByteArray hash
        = QCryptographicHash::hash(workspace.directory().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("workspace-") + QString::fromLatin1(hash);
}

QString Application::secretVariable(const QString& accountName)
{
    return models::secretEnvironmentVariable(accountName);
}

QString Application::versionText()
{
    return QStringLiteral("Sales Copilot %1 (Qt %2, SQLite via QtSql, %3)")
        .arg(QStringLiteral(SC_VERSION), QString::fromLatin1(qVersion()), QString::fromLatin1(curl_version()));
}

} // namespace sc::app
