#include "ContactFormsPage.h"

#include "models/settings/WorkspaceSettings.h"
#include "models/store/StoreError.h"
#include "ui/widgets/ErrorBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace sc::ui {

using models::Setting;

ContactFormsPage::ContactFormsPage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Contact forms"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("contactForms"));
    auto* form = new QFormLayout(this);
    form->addRow(noteLabel(tr("Every form waits in Approvals before it is sent. A CAPTCHA always comes back to you; "
                              "it is never solved for you."),
                           this));
    struct Field
    {
        const char* key;
        QString label;
        QString placeholder;
    };
    const QList<Field> fields {
        {"first_name", tr("First name:"), tr("Camille")},
        {"last_name", tr("Last name:"), tr("Durand")},
        {"email", tr("Email:"), QStringLiteral("camille@example.com")},
        {"phone", tr("Phone:"), QStringLiteral("+33 6 12 34 56 78")},
        {"company", tr("Company:"), tr("Your company")},
        {"job_title", tr("Job title:"), tr("Head of Sales")},
        {"website", tr("Website:"), QStringLiteral("https://example.com")},
        {"country", tr("Country:"), QStringLiteral("FR")},
    };
    for (const Field& field : fields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("forms_%1").arg(QLatin1String(field.key)));
        edit->setPlaceholderText(field.placeholder);
        connect(edit, &QLineEdit::editingFinished, this, &ContactFormsPage::save);
        form->addRow(field.label, edit);
        m_sender.append({field.key, edit});
    }
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("forms_subject"));
    connect(m_subject, &QLineEdit::editingFinished, this, &ContactFormsPage::save);
    form->addRow(tr("Subject:"), m_subject);
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("forms_message"));
    m_message->setPlaceholderText(tr("Hello {company} team, … — {my_name}"));
    m_message->setFixedHeight(110);
    connect(m_message, &QPlainTextEdit::textChanged, this, &ContactFormsPage::save);
    form->addRow(tr("Message:"), m_message);
    form->addRow(QString(),
                 noteLabel(tr("{company}, {first_name}, {last_name}, {my_name} and {my_company} are "
                              "replaced for each prospect; you can edit each message in Approvals."),
                           this));
    // A check box does not wrap its text: the short promise on it, what it means under it.
    m_consent = new QCheckBox(tr("Tick the consent boxes a form requires"), this);
    m_consent->setObjectName(QStringLiteral("forms_tick_consent"));
    connect(m_consent, &QCheckBox::toggled, this, &ContactFormsPage::save);
    form->addRow(QString(), m_consent);
    form->addRow(QString(), noteLabel(tr("You agree to the site's terms in your name."), this));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("forms_interval"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min between two forms to one site"));
    connect(m_interval, &QSpinBox::editingFinished, this, &ContactFormsPage::save);
    form->addRow(tr("Pace:"), m_interval);
    m_resend = new QSpinBox(this);
    m_resend->setObjectName(QStringLiteral("forms_resend"));
    m_resend->setRange(1, 3650);
    m_resend->setSuffix(tr(" days before the same prospect on the same site"));
    connect(m_resend, &QSpinBox::editingFinished, this, &ContactFormsPage::save);
    form->addRow(tr("Never twice within:"), m_resend);
    load();
}

void ContactFormsPage::load()
{
    const models::WorkspaceSettings settings(m_workspace.connection());
    const QJsonObject sender = settings.json(Setting::FormsSender);
    for (const SenderField& field : std::as_const(m_sender)) {
        field.edit->setText(sender.value(QLatin1String(field.key)).toString());
    }
    m_subject->setText(settings.text(Setting::FormsSubject));
    {
        const QSignalBlocker quiet(m_message);
        m_message->setPlainText(settings.text(Setting::FormsMessage));
    }
    {
        const QSignalBlocker quiet(m_consent);
        m_consent->setChecked(settings.flag(Setting::FormsTickConsent));
    }
    m_interval->setValue(settings.integer(Setting::FormsSiteIntervalMin));
    m_resend->setValue(settings.integer(Setting::FormsResendDays));
}

void ContactFormsPage::save()
{
    QJsonObject sender;
    for (const SenderField& field : std::as_const(m_sender)) {
        sender.insert(QLatin1String(field.key), field.edit->text().trimmed());
    }
    try {
        models::WorkspaceSettings settings(m_workspace.connection());
        settings.setJson(Setting::FormsSender, sender);
        settings.setText(Setting::FormsSubject, m_subject->text());
        settings.setText(Setting::FormsMessage, m_message->toPlainText());
        settings.setFlag(Setting::FormsTickConsent, m_consent->isChecked());
        settings.setInteger(Setting::FormsSiteIntervalMin, m_interval->value());
        settings.setInteger(Setting::FormsResendDays, m_resend->value());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the contact-form settings"), error.message());
    }
}

} // namespace sc::ui
