#include "MailboxesPage.h"

#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/MailAccountDialog.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/KeychainNotice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace sc::ui {

using models::Setting;

MailboxesPage::MailboxesPage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Mailboxes"), parent)
    , m_workspace(workspace)
{
    m_mailboxes = new QListWidget(this);
    m_mailboxes->setObjectName(QStringLiteral("mailboxList"));
    m_mailboxes->setMinimumHeight(90);
    m_mailboxes->setMaximumHeight(160);
    m_add = new QPushButton(tr("Add mailbox…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setEnabled(false);
    m_status = noteLabel(QString(), this);
    connect(m_add, &QPushButton::clicked, this, &MailboxesPage::addMailbox);
    connect(remove, &QPushButton::clicked, this, &MailboxesPage::removeMailbox);
    connect(m_mailboxes, &QListWidget::currentRowChanged, remove, [remove](int row) { remove->setEnabled(row >= 0); });
    // A mailbox whose sending paused by itself says why, and the rep resumes it once the cause is fixed.
    m_resume = new QPushButton(tr("Resume sending"), this);
    m_resume->setObjectName(QStringLiteral("resumeSending"));
    m_resume->setVisible(false);
    m_paused = noteLabel(QString(), this);
    m_paused->setObjectName(QStringLiteral("sendingPaused"));
    m_paused->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_paused->setVisible(false);
    connect(m_resume, &QPushButton::clicked, this, &MailboxesPage::resumeSending);
    connect(m_mailboxes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        const QString reason = item ? item->data(Qt::UserRole + 2).toString() : QString();
        m_resume->setVisible(!reason.isEmpty());
        m_paused->setVisible(!reason.isEmpty());
        m_paused->setText(tr("Sending from this mailbox is paused: %1").arg(reason));
    });
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics t) {
        if (t.testFlag(models::ChangeHub::Accounts)) {
            reloadMailboxes();
        }
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_mailboxes, 1);
    row->addLayout(buttons);
    // Why Add mailbox is unavailable, when it is: a mailbox's password needs the keychain.
    m_keychain = new KeychainNotice(QStringLiteral("mailboxKeychainStatus"), false, this);
    connect(m_keychain, &KeychainNotice::retryRequested, this, &MailboxesPage::keychainRetryRequested);
    // How often mail is fetched, and the rules every email leaves by.
    m_poll = new QSpinBox(this);
    m_poll->setObjectName(QStringLiteral("pollMinutes"));
    m_poll->setRange(1, 240);
    m_poll->setSuffix(tr(" min"));
    m_spacing = new QSpinBox(this);
    m_spacing->setObjectName(QStringLiteral("sendSpacing"));
    m_spacing->setRange(0, 3600);
    m_spacing->setSuffix(tr(" s"));
    m_spacing->setToolTip(tr("Mail sent in bursts looks like spam to mail providers."));
    m_unsubscribe = new QLineEdit(this);
    m_unsubscribe->setObjectName(QStringLiteral("unsubscribeUrl"));
    m_unsubscribe->setPlaceholderText(tr("https://your-site.example/unsubscribe?t={token}"));
    m_unsubscribe->setToolTip(tr("Your page for one-click unsubscription (RFC 8058). Without it, recipients "
                                 "unsubscribe by email, which the Inbox agent applies at the next sync."));
    connect(m_poll, &QSpinBox::valueChanged, this, &MailboxesPage::save);
    connect(m_spacing, &QSpinBox::valueChanged, this, &MailboxesPage::save);
    connect(m_unsubscribe, &QLineEdit::editingFinished, this, &MailboxesPage::save);
    // How drafts end. Plain text: the lines under the closing ("Best regards,") of every draft.
    m_signature = new QPlainTextEdit(this);
    m_signature->setObjectName(QStringLiteral("mailSignature"));
    m_signature->setPlaceholderText(tr("Dana Reyes\nAccount Executive, Kestrel Labs\n+1 555 0100"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(m_signature->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &MailboxesPage::save);
    // Who sends and from where (CAN-SPAM asks for a postal address): the end of every email, with how to
    // unsubscribe.
    m_footer = new QPlainTextEdit(this);
    m_footer->setObjectName(QStringLiteral("mailFooter"));
    m_footer->setPlaceholderText(tr("Kestrel Labs, 12 Harbour Street, Portland, OR 97201, USA"));
    m_footer->setTabChangesFocus(true);
    m_footer->setFixedHeight(m_footer->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_footer, &QPlainTextEdit::textChanged, this, &MailboxesPage::save);
    auto* rules = new QFormLayout;
    rules->addRow(tr("Check for new mail every:"), m_poll);
    rules->addRow(tr("Wait between two emails:"), m_spacing);
    rules->addRow(tr("Unsubscribe page:"), m_unsubscribe);
    rules->addRow(tr("Signature:"), m_signature);
    rules->addRow(QString(),
                  noteLabel(tr("Every draft ends with it. Left empty, drafts are signed with the name "
                               "of the mailbox they go from."),
                            this));
    rules->addRow(tr("Sender footer:"), m_footer);
    rules->addRow(QString(),
                  noteLabel(tr("Optional. Your company and postal address, under every email with a line "
                               "on how to unsubscribe (the law in the US and elsewhere asks for both)."),
                            this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_paused);
    layout->addWidget(m_keychain);
    layout->addWidget(m_status);
    layout->addLayout(rules);
    load();
}

void MailboxesPage::load()
{
    reloadMailboxes();
    try {
        const models::WorkspaceSettings settings(m_workspace.connection());
        const QSignalBlocker quietPoll(m_poll);
        const QSignalBlocker quietSpacing(m_spacing);
        m_poll->setValue(settings.integer(Setting::InboxPollMinutes));
        m_spacing->setValue(settings.integer(Setting::OutboxMinIntervalSeconds));
        m_unsubscribe->setText(settings.text(Setting::MailUnsubscribeUrl));
        const QSignalBlocker quietSignature(m_signature);
        m_signature->setPlainText(settings.text(Setting::MailSignature));
        const QSignalBlocker quietFooter(m_footer);
        m_footer->setPlainText(settings.text(Setting::MailFooter));
    } catch (const models::StoreError& error) {
        m_status->setText(error.message());
    }
}

void MailboxesPage::save()
{
    try {
        models::WorkspaceSettings settings(m_workspace.connection());
        settings.setInteger(Setting::InboxPollMinutes, m_poll->value());
        settings.setInteger(Setting::OutboxMinIntervalSeconds, m_spacing->value());
        settings.setText(Setting::MailSignature, m_signature->toPlainText());
        settings.setText(Setting::MailFooter, m_footer->toPlainText().trimmed());
        const QString url = m_unsubscribe->text().trimmed();
        if (!url.isEmpty() && !url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            m_status->setText(tr("The unsubscribe page must be an https:// address."));
            return;
        }
        settings.setText(Setting::MailUnsubscribeUrl, url);
    } catch (const models::StoreError& error) {
        m_status->setText(error.message());
    }
}

void MailboxesPage::reloadMailboxes()
{
    const qint64 selected
        = m_mailboxes->currentItem() ? m_mailboxes->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_mailboxes->clear();
    try {
        const auto accounts = models::MailAccountRepository(m_workspace.connection()).list();
        for (const models::MailAccount& a : accounts) {
            auto* item
                = new QListWidgetItem(a.sendingPaused() ? tr("%1 — %2 (sending paused)").arg(a.displayName, a.email)
                                                        : QStringLiteral("%1 — %2").arg(a.displayName, a.email),
                                      m_mailboxes);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.secretKey());
            item->setData(Qt::UserRole + 2, a.sendingPaused() ? a.sendingPausedReason : QString());
            if (a.sendingPaused()) {
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(a.sendingPausedReason);
            }
            if (a.id == selected) {
                m_mailboxes->setCurrentItem(item);
            }
        }
        m_status->setText(accounts.isEmpty() ? tr("No mailbox yet. Add the one you prospect from.") : QString());
    } catch (const models::StoreError& error) {
        m_status->setText(error.message());
    }
}

void MailboxesPage::addMailbox()
{
    auto* dialog = new MailAccountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MailAccountDialog::testRequested, this,
            [this, dialog](const models::MailAccount& account, const QString& password) {
                Q_EMIT testMailAccountRequested(account, password, dialog);
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const models::MailAccount account = dialog->account();
        m_pendingAccounts.insert(account.secretKey(), account);
        m_status->setText(tr("Saving the password in the keychain…"));
        Q_EMIT saveSecretRequested(account.secretKey(), dialog->password());
    });
    dialog->open();
}

void MailboxesPage::removeMailbox()
{
    QListWidgetItem* item = m_mailboxes->currentItem();
    if (!item) {
        return;
    }
    try {
        models::MailAccountRepository(m_workspace.connection()).remove(item->data(Qt::UserRole).toLongLong());
        Q_EMIT removeSecretRequested(item->data(Qt::UserRole + 1).toString());
        reloadMailboxes();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not remove the mailbox"), error.message());
    }
}

void MailboxesPage::resumeSending()
{
    QListWidgetItem* item = m_mailboxes->currentItem();
    if (!item) {
        return;
    }
    try {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const qint64 now = Clock::instance().nowMs();
        models::MailAccountRepository(m_workspace.connection()).resumeSending(id, QStringLiteral("rep"), now);
        // What waited in the outbox goes now, within the caps.
        models::JobRepository(m_workspace.connection()).enqueue(models::OutboxRepository::sendJob(id), now);
        reloadMailboxes();
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not resume sending"), error.message());
    }
}

void MailboxesPage::setKeychainStatus(bool available, const QString& message)
{
    m_add->setEnabled(available);
    m_add->setToolTip(available ? QString() : message);
    m_keychain->setStatus(available, message);
}

bool MailboxesPage::secretResult(const QString& key, bool ok, const QString& message)
{
    if (!m_pendingAccounts.contains(key)) {
        return false;
    }
    const models::MailAccount account = m_pendingAccounts.take(key);
    if (!ok) {
        m_status->setText(tr("The mailbox was not added: %1").arg(message));
        return true;
    }
    try {
        const qint64 now = Clock::instance().nowMs();
        models::MailAccountRepository(m_workspace.connection()).add(account, now);
        // Emails approved while there was no mailbox go out from this one now.
        QList<qint64> accounts;
        if (const int queued = models::OutboxRepository(m_workspace.connection()).enqueueWaitingDrafts(now, &accounts);
            queued > 0) {
            for (const qint64 id : std::as_const(accounts)) {
                models::JobRepository(m_workspace.connection()).enqueue(models::OutboxRepository::sendJob(id), now);
            }
        }
        reloadMailboxes();
    } catch (const models::StoreError& error) {
        m_status->setText(tr("The mailbox was not added: %1").arg(error.message()));
    }
    return true;
}

} // namespace sc::ui
