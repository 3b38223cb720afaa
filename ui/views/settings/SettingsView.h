#pragma once

#include "models/Workspace.h"
#include "models/entities/MailAccount.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sc::ui {

class MailAccountDialog;

// Language, workspace, pipeline stages, the keychain's state, API keys and mailboxes. The view never touches a secret
// store itself: it asks through signals and shows the answer the composition root sends back.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr const char* AnthropicKey = "anthropic-api-key";
    static constexpr const char* OpenAiKey = "openai-api-key";

    SettingsView(const models::Workspace& workspace, const QString& language, QWidget* parent = nullptr);

public Q_SLOTS:
    // Opens the dialog that adds a mailbox (the Add mailbox button).
    void addMailbox();
    void setKeychainStatus(bool available, const QString& message);
    // The answer to saveSecretRequested / removeSecretRequested.
    void secretResult(const QString& key, bool ok, const QString& message);
    void secretPresence(const QString& key, bool present);
    // The local API as it runs (DesktopApp): "Listening on …", "Off" or why not, and its last requests.
    void setApiStatus(const QString& status, const QStringList& recentRequests);
    // The certificate's SHA-256 fingerprint while the API listens beyond 127.0.0.1; empty hides it.
    void setApiCertificate(const QString& sha256);

public:
    // Settings › API's "New key…": creates the key; returns "client_id\nclient_secret" (shown once) or
    // an empty string with the reason shown.
    QString createApiKey(const QString& name, const QStringList& scopes);
    bool revokeApiKey(qint64 id);

Q_SIGNALS:
    void languageChosen(const QString& code);
    void workspaceFolderChosen(const QString& directory);
    void saveSecretRequested(const QString& key, const QString& value);
    void removeSecretRequested(const QString& key);
    // Settings › API changed (on/off, port, limits): the app restarts the server.
    void apiSettingsChanged();
    // The mailbox dialog's "Test connection"; the answer goes to dialog->showTestResult().
    void testMailAccountRequested(const sc::models::MailAccount& account, const QString& password,
                                  sc::ui::MailAccountDialog* dialog);

private:
    QWidget* buildLanguage(const QString& language);
    QWidget* buildWorkspace();
    QWidget* buildKeys();
    QWidget* buildMailboxes();
    QWidget* buildIdealCustomer();
    QWidget* buildContactForms();
    QWidget* buildDoNotContact();
    QWidget* buildApi();
    void reloadApiKeys();
    void reloadDoNotContact();
    void addKeyRow(QFormLayout* form, const QString& key, const QString& label);
    void reloadMailboxes();
    void removeMailbox();

    struct KeyRow
    {
        QLineEdit* field = nullptr;
        QPushButton* remove = nullptr;
        QLabel* status = nullptr;
    };
    models::Workspace m_workspace;
    QLabel* m_keychainStatus = nullptr;
    QHash<QString, KeyRow> m_keys;
    QListWidget* m_mailboxes = nullptr;
    QLabel* m_mailboxStatus = nullptr;
    QPushButton* m_addMailbox = nullptr;
    QListWidget* m_doNotContact = nullptr;
    QLabel* m_apiStatus = nullptr;
    QLabel* m_apiCertificate = nullptr;
    QListWidget* m_apiKeys = nullptr;
    QListWidget* m_apiRequests = nullptr;
    QLabel* m_doNotContactStatus = nullptr;
    QSet<QString> m_removing;
    QHash<QString, models::MailAccount> m_pendingAccounts; // by secret key, until the keychain said yes
};

} // namespace sc::ui
