#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"
#include "models/repositories/LlmRepository.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sc::ui {

class AiPricesEditor;
class KeychainNotice;
class ProviderDialog;

// Settings › AI providers: the language models that write drafts (llm_providers), which one drafts use,
// their keys (in the system keychain, under LlmRepository::secretKey), what each model costs, the
// monthly budget, grounded mode and the drafts' default language. The page never touches the keychain
// nor a model itself: it asks through signals and shows the answers it is given.
class AiProvidersPage : public SettingsPage
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, ModelColumn, ServerColumn, SearchColumn, KeyColumn, DraftsColumn };

    AiProvidersPage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;

    void setKeychainStatus(bool available, const QString& message);
    void secretPresence(const QString& key, bool present);
    // The keychain's answer to a save or removal of one of this page's keys; false for any other key.
    bool secretResult(const QString& key, bool ok, const QString& message);
    // The answer to testProviderRequested: how long the answer took, or why there was none.
    void showTestResult(const QString& providerName, bool ok, const QString& message);

    // Add… (a test hook like the mailbox dialog's): the dialog, open until saved or cancelled.
    ProviderDialog* openProviderDialog(const QString& providerName = {});
    QTableWidget* providerTable() const { return m_table; }

Q_SIGNALS:
    void saveSecretRequested(const QString& key, const QString& value);
    void removeSecretRequested(const QString& key);
    void keychainRetryRequested();
    // The Test button: one short request to the provider, off the GUI thread, answered by showTestResult.
    void testProviderRequested(const sc::models::LlmRepository::Provider& provider);

private:
    QString selectedName() const;
    void updateButtons();
    void saveFromDialog(ProviderDialog* dialog, bool adding);
    void removeSelected();
    void useSelected();
    void testSelected();
    void showProblem(const QString& problem);
    QString keyText(const models::LlmRepository::Provider& provider) const;

    models::Workspace m_workspace;
    KeychainNotice* m_keychainStatus = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
    AiPricesEditor* m_prices = nullptr;
    QCheckBox* m_grounded = nullptr;
    QComboBox* m_language = nullptr;
    QPointer<ProviderDialog> m_dialog;
    bool m_keychainAvailable = true;
    QHash<QString, bool> m_keyPresent; // by keychain entry; absent: not known yet
    QSet<QString> m_removing;
};

} // namespace sc::ui
