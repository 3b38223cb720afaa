#include "ApiKeyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace sc::ui {

ApiKeyDialog::ApiKeyDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New API key"));
    auto* layout = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("What uses it: “CRM sync”, “my script”"));
    auto* read = new QCheckBox(tr("read"), this);
    read->setChecked(true);
    auto* write = new QCheckBox(tr("write (change prospects, the do-not-contact list)"), this);
    auto* approve = new QCheckBox(tr("approve (approve or reject drafts in your name)"), this);
    read->setProperty("scope", QStringLiteral("read"));
    write->setProperty("scope", QStringLiteral("write"));
    approve->setProperty("scope", QStringLiteral("approve"));
    m_scopes = {read, write, approve};
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(tr("Name:"), m_name);
    layout->addRow(tr("Scopes:"), read);
    layout->addRow(QString(), write);
    layout->addRow(QString(), approve);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { Q_EMIT createRequested(name(), scopes()); });
}

QString ApiKeyDialog::name() const
{
    return m_name->text();
}

QStringList ApiKeyDialog::scopes() const
{
    QStringList out;
    for (const QCheckBox* scope : m_scopes) {
        if (scope->isChecked()) {
            out << scope->property("scope").toString();
        }
    }
    return out;
}

} // namespace sc::ui
