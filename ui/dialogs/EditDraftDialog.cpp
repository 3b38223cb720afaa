#include "EditDraftDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc::ui {

EditDraftDialog::EditDraftDialog(const QString& recipient, const QString& subject, const QString& body, QWidget* parent)
    : QDialog(parent)
    , m_subject(new QLineEdit(subject, this))
    , m_body(new QPlainTextEdit(body, this))
{
    setWindowTitle(tr("Edit draft"));
    setObjectName(QStringLiteral("editDraftDialog"));
    resize(640, 480);
    auto* form = new QFormLayout;
    form->addRow(tr("To:"), new QLabel(recipient.toHtmlEscaped(), this));
    form->addRow(tr("Subject:"), m_subject);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveApprove = buttons->addButton(tr("Save and approve"), QDialogButtonBox::AcceptRole);
    saveApprove->setObjectName(QStringLiteral("saveAndApprove"));
    connect(buttons, &QDialogButtonBox::clicked, this, [this, buttons, saveApprove](QAbstractButton* button) {
        if (buttons->buttonRole(button) != QDialogButtonBox::AcceptRole) {
            return;
        }
        if (m_subject->text().trimmed().isEmpty() || m_body->toPlainText().trimmed().isEmpty()) {
            m_subject->setFocus();
            return; // an email without a subject or a body is never what the rep meant
        }
        m_approve = button == saveApprove;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
}

QString EditDraftDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString EditDraftDialog::body() const
{
    return m_body->toPlainText();
}

} // namespace sc::ui
