#include "MailAccountDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
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
QComboBox* securityBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(QCoreApplication::translate("sc::ui::MailAccountDialog", "SSL/TLS"), QStringLiteral("tls"));
    box->addItem(QCoreApplication::translate("sc::ui::MailAccountDialog", "STARTTLS"), QStringLiteral("starttls"));
    box->addItem(QCoreApplication::translate("sc::ui::MailAccountDialog", "None (a server on this computer only)"),
                 QStringLiteral("none"));
    return box;
}

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
    , m_auth(new QComboBox(this))
    , m_cap(new QSpinBox(this))
    , m_warmed(
          new QCheckBox(tr("This mailbox is already warmed up (send at the full daily cap from the first day)"), this))
    , m_imapSecurity(securityBox(this))
    , m_smtpSecurity(securityBox(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add a mailbox"));
    setObjectName(QStringLiteral("mailAccountDialog"));
    const QList<QPair<QWidget*, const char*>> names {{m_name, "mailboxName"},          {m_email, "mailboxEmail"},
                                                     {m_imapHost, "imapHost"},         {m_imapPort, "imapPort"},
                                                     {m_imapSecurity, "imapSecurity"}, {m_smtpHost, "smtpHost"},
                                                     {m_smtpPort, "smtpPort"},         {m_smtpSecurity, "smtpSecurity"},
                                                     {m_username, "mailboxUser"},      {m_password, "mailboxPassword"}};
    for (const auto& [widget, name] : names) {
        widget->setObjectName(QLatin1String(name));
    }
    m_name->setPlaceholderText(tr("e.g. Work"));
    m_email->setPlaceholderText(tr("you@company.example"));
    m_imapHost->setPlaceholderText(tr("imap.company.example"));
    m_smtpHost->setPlaceholderText(tr("smtp.company.example"));
    m_password->setEchoMode(QLineEdit::Password);
    m_auth->setObjectName(QStringLiteral("mailboxAuth"));
    m_auth->addItem(tr("Password"), QStringLiteral("password"));
    m_auth->addItem(tr("OAuth2 access token"), QStringLiteral("oauth2"));
    m_auth->setToolTip(tr("Google Workspace and Microsoft 365 accounts that refuse passwords accept an OAuth2 access "
                          "token (SASL XOAUTH2)."));
    m_cap->setRange(1, 2000);
    m_cap->setValue(50);
    m_cap->setSuffix(tr(" emails a day"));
    m_warmed->setObjectName(QStringLiteral("mailboxWarmed"));
    m_warmed->setToolTip(tr("A new mailbox that suddenly sends a lot looks like spam to mail providers. Unless it is "
                            "already warmed up, sequences send 20 emails on its first day, then 20% more each day "
                            "until the sending limit. Tick this for a mailbox that has been sending for weeks."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Email address:"), m_email);
    auto* imap = new QHBoxLayout;
    imap->addWidget(m_imapHost, 1);
    imap->addWidget(m_imapPort);
    imap->addWidget(m_imapSecurity);
    form->addRow(tr("Incoming (IMAP):"), imap);
    auto* smtp = new QHBoxLayout;
    smtp->addWidget(m_smtpHost, 1);
    smtp->addWidget(m_smtpPort);
    smtp->addWidget(m_smtpSecurity);
    form->addRow(tr("Outgoing (SMTP):"), smtp);
    form->addRow(tr("User name:"), m_username);
    auto* secret = new QHBoxLayout;
    secret->addWidget(m_auth);
    secret->addWidget(m_password, 1);
    form->addRow(tr("Sign in with:"), secret);
    connect(m_auth, &QComboBox::activated, this, [this] {
        m_password->setPlaceholderText(
            m_auth->currentData().toString() == QLatin1String("oauth2") ? tr("Paste the access token") : QString());
    });
    form->addRow(tr("Sending limit:"), m_cap);
    form->addRow(QString(), m_warmed);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add mailbox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MailAccountDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_username->text().isEmpty() || text.startsWith(m_username->text())) {
            m_username->setText(text);
        }
    });
    // The usual ports follow the encryption the rep picks.
    connect(m_imapSecurity, &QComboBox::activated, this, [this] {
        m_imapPort->setValue(m_imapSecurity->currentData().toString() == QLatin1String("tls") ? 993 : 143);
    });
    connect(m_smtpSecurity, &QComboBox::activated, this, [this] {
        m_smtpPort->setValue(m_smtpSecurity->currentData().toString() == QLatin1String("tls") ? 465 : 587);
    });
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, [this] {
        const QString why = problem();
        if (!why.isEmpty()) {
            m_problem->setText(why);
            m_problem->show();
            return;
        }
        m_problem->hide();
        m_test->setEnabled(false);
        m_testResult->setText(
            tr("Connecting to %1 and %2…").arg(m_imapHost->text().trimmed(), m_smtpHost->text().trimmed()));
        Q_EMIT testRequested(account(), password());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_problem->hide();
}

QString MailAccountDialog::problem() const
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(m_email->text().trimmed()).hasMatch()) {
        return tr("Enter a valid email address.");
    }
    if (m_imapHost->text().trimmed().isEmpty() || m_smtpHost->text().trimmed().isEmpty()) {
        return tr("Enter both the incoming and the outgoing server.");
    }
    if (m_password->text().isEmpty()) {
        return m_auth->currentData().toString() == QLatin1String("oauth2")
            ? tr("Paste the access token (it is kept in your system keychain).")
            : tr("Enter the password (it is kept in your system keychain).");
    }
    if (account().exposesPassword()) {
        return tr("Choose SSL/TLS or STARTTLS: without encryption the password would cross the network in clear.");
    }
    return {};
}

void MailAccountDialog::showTestResult(bool imapOk, const QString& imapMessage, bool smtpOk, const QString& smtpMessage)
{
    m_test->setEnabled(true);
    const QString ok = QStringLiteral("✓ ");
    const QString bad = QStringLiteral("✗ ");
    m_testResult->setText(
        (imapOk ? ok + tr("Incoming mail: connected.") : bad + tr("Incoming mail: %1").arg(imapMessage))
        + QLatin1Char('\n')
        + (smtpOk ? ok + tr("Outgoing mail: connected.") : bad + tr("Outgoing mail: %1").arg(smtpMessage)));
}

void MailAccountDialog::validate()
{
    const QString problem = this->problem();
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
    a.imapSecurity = m_imapSecurity->currentData().toString();
    a.smtpSecurity = m_smtpSecurity->currentData().toString();
    a.username = m_username->text().trimmed().isEmpty() ? a.email : m_username->text().trimmed();
    a.dailySendCap = m_cap->value();
    a.authMethod = m_auth->currentData().toString();
    a.warmed = m_warmed->isChecked();
    return a;
}

QString MailAccountDialog::password() const
{
    return m_password->text();
}

} // namespace sc::ui
