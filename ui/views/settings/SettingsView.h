#pragma once

#include "models/Workspace.h"
#include "models/entities/MailAccount.h"
#include "pages/AiProvidersPage.h"

#include <QList>
#include <QWidget>

class QListWidget;

namespace sc::ui {

class KnowledgeBasePage;
class LocalApiPage;
class MailAccountDialog;
class MailboxesPage;
class SettingsPage;

// Settings: one page per section (pages/), shown one under the other. The view only lays the pages out
// and passes on what they ask of the app and what the app answers; it never touches a secret store
// itself.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    SettingsView(const models::Workspace& workspace, const QString& language, QWidget* parent = nullptr);
    QList<SettingsPage*> pages() const { return m_pages; }
    AiProvidersPage* aiProvidersPage() const { return m_aiProviders; }
    KnowledgeBasePage* knowledgeBasePage() const { return m_knowledgeBase; }

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
    // The answer to testProviderRequested.
    void showProviderTest(const QString& providerName, bool ok, const QString& message);

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
    // A Retry under a keychain problem: the app asks the keychain again.
    void keychainRetryRequested();
    // Settings › AI providers › Test: one short request to the model, answered by showProviderTest.
    void testProviderRequested(const sc::models::LlmRepository::Provider& provider);
    // Settings › API changed (on/off, port, limits): the app restarts the server.
    void apiSettingsChanged();
    // The mailbox dialog's "Test connection"; the answer goes to dialog->showTestResult().
    void testMailAccountRequested(const sc::models::MailAccount& account, const QString& password,
                                  sc::ui::MailAccountDialog* dialog);

public:
    // The list of sections beside them (a click scrolls to one).
    QListWidget* sections() const;

private:
    void resizeEvent(QResizeEvent* event) override;
    QList<SettingsPage*> m_pages;
    QListWidget* m_sections = nullptr;
    bool m_followScroll = true;
    AiProvidersPage* m_aiProviders = nullptr;
    KnowledgeBasePage* m_knowledgeBase = nullptr;
    MailboxesPage* m_mailboxes = nullptr;
    LocalApiPage* m_localApi = nullptr;
};

} // namespace sc::ui
