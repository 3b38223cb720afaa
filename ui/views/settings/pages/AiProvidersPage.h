#pragma once

#include "SettingsPage.h"

#include <QHash>
#include <QSet>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace sc::ui {

class KeychainNotice;

// Settings › AI providers: the API keys of the language models, saved in the system keychain. The page
// never touches the keychain itself: it asks through signals and shows the answers it is given.
class AiProvidersPage : public SettingsPage
{
    Q_OBJECT
public:
    // The keychain entries of the providers' keys.
    static constexpr const char* AnthropicKey = "anthropic-api-key";
    static constexpr const char* OpenAiKey = "openai-api-key";

    explicit AiProvidersPage(QWidget* parent = nullptr);
    // Whether a key is saved comes from the keychain (secretPresence), not from the workspace.
    void load() override {}

    void setKeychainStatus(bool available, const QString& message);
    void secretPresence(const QString& key, bool present);
    // The keychain's answer to a save or removal of one of this page's keys; false for any other key.
    bool secretResult(const QString& key, bool ok, const QString& message);

Q_SIGNALS:
    void saveSecretRequested(const QString& key, const QString& value);
    void removeSecretRequested(const QString& key);
    void keychainRetryRequested();

private:
    void addKeyRow(QFormLayout* form, const QString& key, const QString& label);

    struct KeyRow
    {
        QLineEdit* field = nullptr;
        QPushButton* remove = nullptr;
        QLabel* status = nullptr;
    };
    KeychainNotice* m_keychainStatus = nullptr;
    QHash<QString, KeyRow> m_keys;
    QSet<QString> m_removing;
};

} // namespace sc::ui
