#include "AiProvidersPage.h"

#include "ui/widgets/KeychainNotice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sc::ui {

AiProvidersPage::AiProvidersPage(QWidget* parent)
    : SettingsPage(tr("AI providers"), parent)
{
    auto* form = new QFormLayout(this);
    m_keychainStatus = new KeychainNotice(QStringLiteral("keychainStatus"), true, this);
    connect(m_keychainStatus, &KeychainNotice::retryRequested, this, &AiProvidersPage::keychainRetryRequested);
    form->addRow(m_keychainStatus);
    addKeyRow(form, QString::fromLatin1(AnthropicKey), tr("Anthropic (Claude) key:"));
    addKeyRow(form, QString::fromLatin1(OpenAiKey), tr("OpenAI (GPT) key:"));
    form->addRow(noteLabel(tr("Keys are kept in your system keychain, never in the workspace file."), this));
    load();
}

void AiProvidersPage::addKeyRow(QFormLayout* form, const QString& key, const QString& label)
{
    KeyRow row;
    row.field = new QLineEdit(this);
    row.field->setEchoMode(QLineEdit::Password);
    row.field->setObjectName(key + QStringLiteral("-field"));
    row.field->setPlaceholderText(tr("Paste the key to save it"));
    auto* save = new QPushButton(tr("Save"), this);
    row.remove = new QPushButton(tr("Remove"), this);
    row.remove->setEnabled(false);
    row.status = noteLabel(tr("Not set"), this);
    connect(save, &QPushButton::clicked, this, [this, key, field = row.field] {
        if (!field->text().trimmed().isEmpty()) {
            Q_EMIT saveSecretRequested(key, field->text().trimmed());
        }
    });
    connect(row.field, &QLineEdit::returnPressed, save, &QPushButton::click);
    connect(row.remove, &QPushButton::clicked, this, [this, key] {
        m_removing.insert(key);
        Q_EMIT removeSecretRequested(key);
    });
    auto* line = new QHBoxLayout;
    line->addWidget(row.field, 1);
    line->addWidget(save);
    line->addWidget(row.remove);
    form->addRow(label, line);
    form->addRow(QString(), row.status);
    m_keys.insert(key, row);
}

void AiProvidersPage::setKeychainStatus(bool available, const QString& message)
{
    m_keychainStatus->setStatus(available, message);
    // Without a keychain nothing could be saved: say so once, and don't offer fields that would fail.
    for (const KeyRow& row : std::as_const(m_keys)) {
        row.field->setEnabled(available);
    }
}

void AiProvidersPage::secretPresence(const QString& key, bool present)
{
    if (auto it = m_keys.find(key); it != m_keys.end()) {
        it->status->setText(present ? tr("Saved in the keychain") : tr("Not set"));
        it->remove->setEnabled(present);
    }
}

bool AiProvidersPage::secretResult(const QString& key, bool ok, const QString& message)
{
    auto it = m_keys.find(key);
    if (it == m_keys.end()) {
        return false;
    }
    const bool wasRemoval = m_removing.remove(key);
    if (ok) {
        it->field->clear();
        secretPresence(key, !wasRemoval);
    } else {
        it->status->setText(message);
    }
    return true;
}

} // namespace sc::ui
