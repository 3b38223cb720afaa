#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"
#include "models/entities/MailAccount.h"

#include <QHash>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sc::ui {

class KeychainNotice;

class MailAccountDialog;

// Settings › Mailboxes: the mailboxes the rep prospects from (their passwords in the keychain, asked
// for through signals), how often mail is fetched, the rules every email leaves by and the signature
// drafts end with.
class MailboxesPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit MailboxesPage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;
    // Writes the poll interval, the spacing between emails, the signature and the unsubscribe page
    // (https only).
    void save() override;

    // Opens the dialog that adds a mailbox (the Add mailbox button).
    void addMailbox();
    // Without a keychain no password could be kept: no mailbox can be added.
    void setKeychainStatus(bool available, const QString& message);
    // The keychain's answer for a mailbox being added (its password saved): adds it then. False when
    // the key is not a mailbox's this page waits for.
    bool secretResult(const QString& key, bool ok, const QString& message);

Q_SIGNALS:
    void saveSecretRequested(const QString& key, const QString& value);
    void removeSecretRequested(const QString& key);
    void keychainRetryRequested();
    // The mailbox dialog's "Test connection"; the answer goes to dialog->showTestResult().
    void testMailAccountRequested(const sc::models::MailAccount& account, const QString& password,
                                  sc::ui::MailAccountDialog* dialog);

private:
    void reloadMailboxes();
    void removeMailbox();
    // Sends again from the selected mailbox whose sending paused (bounces, a complaint, the CLI).
    void resumeSending();

    models::Workspace m_workspace;
    QListWidget* m_mailboxes = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_resume = nullptr;
    QLabel* m_paused = nullptr;
    QPlainTextEdit* m_footer = nullptr;
    KeychainNotice* m_keychain = nullptr;
    QSpinBox* m_poll = nullptr;
    QSpinBox* m_spacing = nullptr;
    QLineEdit* m_unsubscribe = nullptr;
    QPlainTextEdit* m_signature = nullptr;
    QHash<QString, models::MailAccount> m_pendingAccounts; // by secret key, until the keychain said yes
};

} // namespace sc::ui
