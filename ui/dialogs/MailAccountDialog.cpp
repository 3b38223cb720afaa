#include "MailAccountDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
QSpinBox* portBox(int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}
} // namespace

MailAccountDialog::MailAccountDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_imapHost(new QLineEdit(this))
    , m_imapPort(portBox(993, this))
    , m_smtpHost(new QLineEdit(this))
    , m_smtpPort(portBox(465, this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_cap(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add a mailbox"));
    setObjectName(QStringLiteral("mailAccountDialog"));
    m_name->setPlaceholderText(tr("e.g. Work"));
    m_email->setPlaceholderText(tr("you@company.example"));
    m_imapHost->setPlaceholderText(tr("imap.company.example"));
    m_smtpHost->setPlaceholderText(tr("smtp.company.example"));
    m_password->setEchoMode(QLineEdit::Password);
    m_cap->setRange(1, 2000);
    m_cap->setValue(50);
    m_cap->setSuffix(tr(" emails a day"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Email address:"), m_email);
    auto* imap = new QHBoxLayout;
    imap->addWidget(m_imapHost, 1);
    imap->addWidget(m_imapPort);
    form->addRow(tr("Incoming (IMAP):"), imap);
    auto* smtp = new QHBoxLayout;
    smtp->addWidget(m_smtpHost, 1);
    smtp->addWidget(m_smtpPort);
    form->addRow(tr("Outgoing (SMTP):"), smtp);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Sending limit:"), m_cap);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add mailbox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MailAccountDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_username->text().isEmpty() || text.startsWith(m_username->text())) {
            m_username->setText(text);
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_problem->hide();
}

void MailAccountDialog::validate()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QString problem;
    if (!email.match(m_email->text().trimmed()).hasMatch()) {
        problem = tr("Enter a valid email address.");
    } else if (m_imapHost->text().trimmed().isEmpty() || m_smtpHost->text().trimmed().isEmpty()) {
        problem = tr("Enter both the incoming and the outgoing server.");
    } else if (m_password->text().isEmpty()) {
        problem = tr("Enter the password (it is kept in your system keychain).");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        accept();
    }
}

models::MailAccount MailAccountDialog::account() const
{
    models::MailAccount a;
    a.email = m_email->text().trimmed();
    a.displayName = m_name->text().trimmed().isEmpty() ? a.email : m_name->text().trimmed();
    a.imapHost = m_imapHost->text().trimmed();
    a.imapPort = m_imapPort->value();
    a.smtpHost = m_smtpHost->text().trimmed();
    a.smtpPort = m_smtpPort->value();
    a.username = m_username->text().trimmed().isEmpty() ? a.email : m_username->text().trimmed();
    a.dailySendCap = m_cap->value();
    return a;
}

QString MailAccountDialog::password() const
{
    return m_password->text();
}

} // namespace sc::ui
