#include "SettingsView.h"

#include "PipelineStagesEditor.h"
#include "models/Clock.h"
#include "models/repositories/ApiKeyRepository.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/repositories/SettingsRepository.h"
#include "models/scoring/LeadScorer.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/MailAccountDialog.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SettingsView::SettingsView(const models::Workspace& workspace, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsView"));
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(20, 16, 20, 16);
    column->setSpacing(14);
    column->addWidget(new ViewHeader(tr("Settings"), content));
    column->addWidget(buildLanguage(language));
    column->addWidget(buildWorkspace());
    column->addWidget(new PipelineStagesEditor(m_workspace, this));
    column->addWidget(buildKeys());
    column->addWidget(buildMailboxes());
    column->addWidget(buildIdealCustomer());
    column->addWidget(buildContactForms());
    column->addWidget(buildDoNotContact());
    column->addWidget(buildApi());
    column->addStretch(1);
    content->setMaximumWidth(900);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget* SettingsView::buildLanguage(const QString& language)
{
    auto* box = new QGroupBox(tr("Language"), this);
    auto* combo = new QComboBox(box);
    combo->setObjectName(QStringLiteral("languageCombo"));
    combo->addItem(tr("Same as the system"), QStringLiteral("system"));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    combo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    combo->setCurrentIndex(std::max(0, combo->findData(language)));
    auto* note = noteLabel(tr("Sales Copilot uses the new language the next time it starts."), box);
    note->hide();
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, note] {
        note->show();
        Q_EMIT languageChosen(combo->currentData().toString());
    });
    auto* layout = new QFormLayout(box);
    layout->addRow(tr("Interface language:"), combo);
    layout->addRow(note);
    return box;
}

QWidget* SettingsView::buildWorkspace()
{
    auto* box = new QGroupBox(tr("Workspace"), this);
    auto* name = new QLineEdit(m_workspace.name(), box);
    name->setObjectName(QStringLiteral("workspaceName"));
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        if (!name->text().trimmed().isEmpty() && name->text().trimmed() != m_workspace.name()) {
            try {
                m_workspace.setName(name->text());
                if (QWidget* top = window()) {
                    top->setWindowTitle(tr("Sales Copilot — %1").arg(m_workspace.name()));
                }
            } catch (const models::StoreError& error) {
                showError(this, tr("Could not rename the workspace"), error.message());
            }
        }
    });
    auto* path = new QLabel(QDir::toNativeSeparators(m_workspace.directory()), box);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto* change = new QPushButton(tr("Open another folder…"), box);
    auto* note = noteLabel(tr("Sales Copilot opens the new folder the next time it starts."), box);
    note->hide();
    connect(change, &QPushButton::clicked, this, [this, note] {
        auto* dialog = new QFileDialog(this, tr("Choose a workspace folder"), m_workspace.directory());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this, note](const QString& dir) {
            note->show();
            Q_EMIT workspaceFolderChosen(dir);
        });
        dialog->open();
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(change);
    auto* layout = new QFormLayout(box);
    layout->addRow(tr("Name:"), name);
    layout->addRow(tr("Folder:"), pathRow);
    layout->addRow(note);
    return box;
}

void SettingsView::addKeyRow(QFormLayout* form, const QString& key, const QString& label)
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

QWidget* SettingsView::buildKeys()
{
    auto* box = new QGroupBox(tr("AI providers"), this);
    auto* form = new QFormLayout(box);
    m_keychainStatus = noteLabel(tr("Checking the system keychain…"), box);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    form->addRow(m_keychainStatus);
    addKeyRow(form, QString::fromLatin1(AnthropicKey), tr("Anthropic (Claude) key:"));
    addKeyRow(form, QString::fromLatin1(OpenAiKey), tr("OpenAI (GPT) key:"));
    form->addRow(noteLabel(tr("Keys are kept in your system keychain, never in the workspace file."), box));
    return box;
}

QWidget* SettingsView::buildMailboxes()
{
    auto* box = new QGroupBox(tr("Mailboxes"), this);
    m_mailboxes = new QListWidget(box);
    m_mailboxes->setObjectName(QStringLiteral("mailboxList"));
    m_mailboxes->setMinimumHeight(90);
    m_mailboxes->setMaximumHeight(160);
    auto* add = new QPushButton(tr("Add mailbox…"), box);
    m_addMailbox = add;
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setEnabled(false);
    m_mailboxStatus = noteLabel(QString(), box);
    connect(add, &QPushButton::clicked, this, &SettingsView::addMailbox);
    connect(remove, &QPushButton::clicked, this, &SettingsView::removeMailbox);
    connect(m_mailboxes, &QListWidget::currentRowChanged, remove, [remove](int row) { remove->setEnabled(row >= 0); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_mailboxes, 1);
    row->addLayout(buttons);
    // How often mail is fetched, and the rules every email leaves by.
    models::SettingsRepository settings(m_workspace.connection());
    auto* poll = new QSpinBox(box);
    poll->setObjectName(QStringLiteral("pollMinutes"));
    poll->setRange(1, 240);
    poll->setSuffix(tr(" min"));
    poll->setValue(settings.value(QStringLiteral("inbox.poll_minutes"), QStringLiteral("5")).toInt());
    auto* spacing = new QSpinBox(box);
    spacing->setObjectName(QStringLiteral("sendSpacing"));
    spacing->setRange(0, 3600);
    spacing->setSuffix(tr(" s"));
    spacing->setValue(settings.value(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("20")).toInt());
    spacing->setToolTip(tr("Mail sent in bursts looks like spam to mail providers."));
    auto* unsubscribe = new QLineEdit(settings.value(QStringLiteral("mail.unsubscribe_url")), box);
    unsubscribe->setObjectName(QStringLiteral("unsubscribeUrl"));
    unsubscribe->setPlaceholderText(tr("https://your-site.example/unsubscribe?t={token}"));
    unsubscribe->setToolTip(tr("Your page for one-click unsubscription (RFC 8058). Without it, recipients "
                               "unsubscribe by email, which the Inbox agent applies at the next sync."));
    auto save = [this](const QString& key, const QString& value) {
        try {
            models::SettingsRepository(m_workspace.connection()).setValue(key, value);
        } catch (const models::StoreError& error) {
            m_mailboxStatus->setText(error.message());
        }
    };
    connect(poll, &QSpinBox::valueChanged, this,
            [save](int minutes) { save(QStringLiteral("inbox.poll_minutes"), QString::number(minutes)); });
    connect(spacing, &QSpinBox::valueChanged, this,
            [save](int seconds) { save(QStringLiteral("outbox.min_interval_seconds"), QString::number(seconds)); });
    connect(unsubscribe, &QLineEdit::editingFinished, this, [this, save, unsubscribe] {
        const QString url = unsubscribe->text().trimmed();
        if (!url.isEmpty() && !url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            m_mailboxStatus->setText(tr("The unsubscribe page must be an https:// address."));
            return;
        }
        save(QStringLiteral("mail.unsubscribe_url"), url);
    });
    auto* rules = new QFormLayout;
    rules->addRow(tr("Check for new mail every:"), poll);
    rules->addRow(tr("Wait between two emails:"), spacing);
    rules->addRow(tr("Unsubscribe page:"), unsubscribe);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_mailboxStatus);
    layout->addLayout(rules);
    reloadMailboxes();
    return box;
}

QWidget* SettingsView::buildIdealCustomer()
{
    // What a good lead looks like: every prospect gets a 0-100 score from it, with its reasons.
    auto* box = new QGroupBox(tr("Ideal customer"), this);
    box->setObjectName(QStringLiteral("idealCustomer"));
    const models::IdealCustomerProfile profile = models::IdealCustomerProfile::load(m_workspace.connection());
    auto* form = new QFormLayout(box);
    form->addRow(noteLabel(tr("Lists are comma-separated. Scores update in the background when this changes."), box));
    struct ListField
    {
        const char* key;
        QString label;
        QStringList value;
        QString placeholder;
    };
    const QList<ListField> lists {
        {"industries", tr("Industries:"), profile.industries, tr("Logistics, Retail")},
        {"sizes", tr("Company sizes:"), profile.sizes, QStringLiteral("11-50, 51-200")},
        {"countries", tr("Countries:"), profile.countries, QStringLiteral("FR, GB, DE")},
        {"titles", tr("Titles:"), profile.titles, tr("Head of Sales, Directeur commercial")},
        {"seniority", tr("Seniority words:"), profile.seniority, tr("head, director, vp, directeur")},
        {"technologies", tr("Technologies:"), profile.technologies, QStringLiteral("HubSpot, Shopify")},
    };
    auto saveProfile = [this, box] {
        models::IdealCustomerProfile p = models::IdealCustomerProfile::load(m_workspace.connection());
        auto values = [box](const char* key) {
            QStringList out;
            const QStringList parts = box->findChild<QLineEdit*>(QStringLiteral("icp_%1").arg(QLatin1String(key)))
                                          ->text()
                                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString& part : parts) {
                if (!part.trimmed().isEmpty()) {
                    out.append(part.trimmed());
                }
            }
            return out;
        };
        p.industries = values("industries");
        p.sizes = values("sizes");
        p.countries = values("countries");
        p.titles = values("titles");
        p.seniority = values("seniority");
        p.technologies = values("technologies");
        for (const char* trait : {"title", "seniority", "industry", "size", "country", "technology"}) {
            p.weights.insert(
                QLatin1String(trait),
                box->findChild<QSpinBox*>(QStringLiteral("icp_weight_%1").arg(QLatin1String(trait)))->value());
        }
        try {
            p.save(m_workspace.connection());
            const qint64 now = Clock::instance().nowMs();
            models::JobRepository(m_workspace.connection()).enqueue(models::LeadScorer::rescoreJob(), now);
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not save the ideal customer"), error.message());
        }
    };
    for (const ListField& field : lists) {
        auto* edit = new QLineEdit(field.value.join(QStringLiteral(", ")), box);
        edit->setObjectName(QStringLiteral("icp_%1").arg(QLatin1String(field.key)));
        edit->setPlaceholderText(field.placeholder);
        connect(edit, &QLineEdit::editingFinished, this, saveProfile);
        form->addRow(field.label, edit);
    }
    auto* weights = new QHBoxLayout;
    const QList<QPair<const char*, QString>> traits {{"title", tr("title")},       {"seniority", tr("seniority")},
                                                     {"industry", tr("industry")}, {"size", tr("size")},
                                                     {"country", tr("country")},   {"technology", tr("technology")}};
    for (const auto& [trait, label] : traits) {
        auto* spin = new QSpinBox(box);
        spin->setObjectName(QStringLiteral("icp_weight_%1").arg(QLatin1String(trait)));
        spin->setRange(0, 100);
        spin->setValue(profile.weight(trait));
        spin->setPrefix(label + QStringLiteral(" +"));
        connect(spin, &QSpinBox::editingFinished, this, saveProfile);
        weights->addWidget(spin);
    }
    weights->addStretch(1);
    form->addRow(tr("Points:"), weights);
    return box;
}

QWidget* SettingsView::buildContactForms()
{
    // What the Form Filler writes in a company's contact form, and how politely it goes about it.
    auto* box = new QGroupBox(tr("Contact forms"), this);
    box->setObjectName(QStringLiteral("contactForms"));
    const models::SettingsRepository settings(m_workspace.connection());
    const QJsonObject sender
        = QJsonDocument::fromJson(settings.value(QStringLiteral("forms.sender")).toUtf8()).object();
    auto* form = new QFormLayout(box);
    form->addRow(noteLabel(tr("Every form waits in Approvals before it is sent. A CAPTCHA always comes back to you; "
                              "it is never solved for you."),
                           box));
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
    auto save = [this, box] {
        QJsonObject json;
        for (const char* key :
             {"first_name", "last_name", "email", "phone", "company", "job_title", "website", "country"}) {
            json.insert(
                QLatin1String(key),
                box->findChild<QLineEdit*>(QStringLiteral("forms_%1").arg(QLatin1String(key)))->text().trimmed());
        }
        try {
            models::SettingsRepository store(m_workspace.connection());
            store.setValue(QStringLiteral("forms.sender"),
                           QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            store.setValue(QStringLiteral("forms.subject"),
                           box->findChild<QLineEdit*>(QStringLiteral("forms_subject"))->text());
            store.setValue(QStringLiteral("forms.message"),
                           box->findChild<QPlainTextEdit*>(QStringLiteral("forms_message"))->toPlainText());
            store.setValue(QStringLiteral("forms.tick_consent"),
                           box->findChild<QCheckBox*>(QStringLiteral("forms_tick_consent"))->isChecked()
                               ? QStringLiteral("1")
                               : QStringLiteral("0"));
            store.setValue(QStringLiteral("forms.site_interval_min"),
                           QString::number(box->findChild<QSpinBox*>(QStringLiteral("forms_interval"))->value()));
            store.setValue(QStringLiteral("forms.resend_days"),
                           QString::number(box->findChild<QSpinBox*>(QStringLiteral("forms_resend"))->value()));
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not save the contact-form settings"), error.message());
        }
    };
    for (const Field& field : fields) {
        auto* edit = new QLineEdit(sender.value(QLatin1String(field.key)).toString(), box);
        edit->setObjectName(QStringLiteral("forms_%1").arg(QLatin1String(field.key)));
        edit->setPlaceholderText(field.placeholder);
        connect(edit, &QLineEdit::editingFinished, this, save);
        form->addRow(field.label, edit);
    }
    auto* subject = new QLineEdit(settings.value(QStringLiteral("forms.subject"), tr("A question for {company}")), box);
    subject->setObjectName(QStringLiteral("forms_subject"));
    connect(subject, &QLineEdit::editingFinished, this, save);
    form->addRow(tr("Subject:"), subject);
    auto* message = new QPlainTextEdit(settings.value(QStringLiteral("forms.message")), box);
    message->setObjectName(QStringLiteral("forms_message"));
    message->setPlaceholderText(tr("Hello {company} team, … — {my_name}"));
    message->setFixedHeight(110);
    connect(message, &QPlainTextEdit::textChanged, this, save);
    form->addRow(tr("Message:"), message);
    form->addRow(QString(),
                 noteLabel(tr("{company}, {first_name}, {last_name}, {my_name} and {my_company} are "
                              "replaced for each prospect; you can edit each message in Approvals."),
                           box));
    auto* consent = new QCheckBox(tr("Tick the consent boxes a form requires (you agree to the site's terms "
                                     "in your name)"),
                                  box);
    consent->setObjectName(QStringLiteral("forms_tick_consent"));
    consent->setChecked(settings.value(QStringLiteral("forms.tick_consent")) == QLatin1String("1"));
    connect(consent, &QCheckBox::toggled, this, save);
    form->addRow(QString(), consent);
    auto* interval = new QSpinBox(box);
    interval->setObjectName(QStringLiteral("forms_interval"));
    interval->setRange(1, 24 * 60);
    interval->setValue(settings
                           .value(QStringLiteral("forms.site_interval_min"),
                                  QString::number(models::FormSubmissionRepository::DefaultSiteIntervalMin))
                           .toInt());
    interval->setSuffix(tr(" min between two forms to one site"));
    connect(interval, &QSpinBox::editingFinished, this, save);
    form->addRow(tr("Pace:"), interval);
    auto* resend = new QSpinBox(box);
    resend->setObjectName(QStringLiteral("forms_resend"));
    resend->setRange(1, 3650);
    resend->setValue(settings
                         .value(QStringLiteral("forms.resend_days"),
                                QString::number(models::FormSubmissionRepository::DefaultResendDays))
                         .toInt());
    resend->setSuffix(tr(" days before the same prospect on the same site"));
    connect(resend, &QSpinBox::editingFinished, this, save);
    form->addRow(tr("Never twice within:"), resend);
    return box;
}

QWidget* SettingsView::buildApi()
{
    // The door for the rep's scripts and tools: off until the rep turns it on; keys made here.
    auto* box = new QGroupBox(tr("Local API"), this);
    box->setObjectName(QStringLiteral("localApi"));
    const models::SettingsRepository settings(m_workspace.connection());
    auto* form = new QFormLayout(box);
    form->addRow(noteLabel(tr("Scripts and tools reach the workspace with a key made here: at 127.0.0.1 on this "
                              "computer, or over HTTPS from the network if you allow it. Approvals through the API "
                              "carry the key's name in the audit log."),
                           box));
    auto* enabled = new QCheckBox(tr("Serve the API on this computer"), box);
    enabled->setObjectName(QStringLiteral("api_enabled"));
    enabled->setChecked(settings.value(QStringLiteral("api.enabled")) == QLatin1String("1"));
    auto* port = new QSpinBox(box);
    port->setObjectName(QStringLiteral("api_port"));
    port->setRange(1024, 65535);
    port->setValue(settings.value(QStringLiteral("api.port"), QStringLiteral("8765")).toInt());
    // Who can reach it: this computer (plain HTTP on 127.0.0.1), or the network too, over HTTPS with the
    // workspace's own certificate, whose fingerprint clients pin.
    auto* bind = new QComboBox(box);
    bind->setObjectName(QStringLiteral("api_bind"));
    bind->addItem(tr("This computer only (127.0.0.1)"), QStringLiteral("127.0.0.1"));
    bind->addItem(tr("Other devices on the network too (HTTPS)"), QStringLiteral("0.0.0.0"));
    const QString boundTo = settings.value(QStringLiteral("api.bind"), QStringLiteral("127.0.0.1"));
    if (bind->findData(boundTo) < 0) {
        bind->addItem(boundTo, boundTo); // an address set by hand (serve --bind, an older setting)
    }
    bind->setCurrentIndex(bind->findData(boundTo));
    auto* rate = new QSpinBox(box);
    rate->setObjectName(QStringLiteral("api_rate"));
    rate->setRange(0, 10000);
    rate->setValue(settings.value(QStringLiteral("api.rate"), QStringLiteral("20")).toInt());
    rate->setSuffix(tr(" requests/s per key (0: no limit)"));
    auto* burst = new QSpinBox(box);
    burst->setObjectName(QStringLiteral("api_burst"));
    burst->setRange(1, 100000);
    burst->setValue(settings.value(QStringLiteral("api.burst"), QStringLiteral("40")).toInt());
    burst->setSuffix(tr(" at once"));
    auto save = [this, enabled, bind, port, rate, burst] {
        try {
            models::SettingsRepository store(m_workspace.connection());
            store.setValue(QStringLiteral("api.enabled"),
                           enabled->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
            store.setValue(QStringLiteral("api.bind"), bind->currentData().toString());
            store.setValue(QStringLiteral("api.port"), QString::number(port->value()));
            store.setValue(QStringLiteral("api.rate"), QString::number(rate->value()));
            store.setValue(QStringLiteral("api.burst"), QString::number(burst->value()));
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not save the API settings"), error.message());
            return;
        }
        Q_EMIT apiSettingsChanged();
    };
    connect(enabled, &QCheckBox::toggled, this, save);
    connect(bind, &QComboBox::activated, this, save);
    connect(port, &QSpinBox::editingFinished, this, save);
    connect(rate, &QSpinBox::editingFinished, this, save);
    connect(burst, &QSpinBox::editingFinished, this, save);
    form->addRow(QString(), enabled);
    form->addRow(tr("Reachable from:"), bind);
    form->addRow(tr("Port:"), port);
    form->addRow(tr("Limits:"), rate);
    form->addRow(QString(), burst);
    m_apiStatus = new QLabel(tr("Off"), box);
    m_apiStatus->setObjectName(QStringLiteral("apiStatus"));
    m_apiStatus->setWordWrap(true);
    m_apiStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Status:"), m_apiStatus);
    m_apiCertificate = new QLabel(box);
    m_apiCertificate->setObjectName(QStringLiteral("apiCertificate"));
    m_apiCertificate->setWordWrap(true);
    m_apiCertificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apiCertificate->setToolTip(tr("Give this fingerprint to the devices that connect: they check it to know "
                                    "they reach this computer and nothing in between."));
    form->addRow(tr("Certificate SHA-256:"), m_apiCertificate);
    form->setRowVisible(m_apiCertificate, false);

    m_apiKeys = new QListWidget(box);
    m_apiKeys->setObjectName(QStringLiteral("apiKeys"));
    m_apiKeys->setMaximumHeight(110);
    auto* create = new QPushButton(tr("New key…"), box);
    create->setObjectName(QStringLiteral("newApiKey"));
    auto* revoke = new QPushButton(tr("Revoke"), box);
    revoke->setObjectName(QStringLiteral("revokeApiKey"));
    connect(create, &QPushButton::clicked, this, [this] {
        auto* dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("New API key"));
        auto* layout = new QFormLayout(dialog);
        auto* name = new QLineEdit(dialog);
        name->setPlaceholderText(tr("What uses it: “CRM sync”, “my script”"));
        auto* read = new QCheckBox(tr("read"), dialog);
        read->setChecked(true);
        auto* write = new QCheckBox(tr("write (change prospects, the do-not-contact list)"), dialog);
        auto* approve = new QCheckBox(tr("approve (approve or reject drafts in your name)"), dialog);
        read->setProperty("scope", QStringLiteral("read"));
        write->setProperty("scope", QStringLiteral("write"));
        approve->setProperty("scope", QStringLiteral("approve"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        layout->addRow(tr("Name:"), name);
        layout->addRow(tr("Scopes:"), read);
        layout->addRow(QString(), write);
        layout->addRow(QString(), approve);
        layout->addRow(buttons);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, read, write, approve] {
            QStringList scopes;
            for (QCheckBox* scope : {read, write, approve}) {
                if (scope->isChecked()) {
                    scopes << scope->property("scope").toString();
                }
            }
            const QString created = createApiKey(name->text(), scopes);
            if (created.isEmpty()) {
                return;
            }
            dialog->accept();
            auto* shown = new QMessageBox(
                QMessageBox::Information, tr("API key created"),
                tr("Copy the secret now: it is shown only once.\n\nclient_id: %1\n"
                   "client_secret: %2")
                    .arg(created.section(QLatin1Char('\n'), 0, 0), created.section(QLatin1Char('\n'), 1, 1)),
                QMessageBox::Ok, this);
            shown->setAttribute(Qt::WA_DeleteOnClose);
            shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
            shown->open();
        });
        dialog->open();
    });
    connect(revoke, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_apiKeys->currentItem()) {
            revokeApiKey(item->data(Qt::UserRole).toLongLong());
        }
    });
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(create);
    keyButtons->addWidget(revoke);
    keyButtons->addStretch(1);
    form->addRow(tr("Keys:"), m_apiKeys);
    form->addRow(QString(), keyButtons);
    m_apiRequests = new QListWidget(box);
    m_apiRequests->setObjectName(QStringLiteral("apiRequests"));
    m_apiRequests->setMaximumHeight(110);
    form->addRow(tr("Recent requests:"), m_apiRequests);
    reloadApiKeys();
    return box;
}

void SettingsView::reloadApiKeys()
{
    m_apiKeys->clear();
    try {
        const QLocale locale;
        for (const models::ApiKey& k : models::ApiKeyRepository(m_workspace.connection()).list()) {
            auto* item = new QListWidgetItem(
                tr("%1 — %2 — %3 — made %4%5")
                    .arg(k.name, k.clientId, k.scopes.join(QStringLiteral(", ")),
                         locale.toString(QDateTime::fromMSecsSinceEpoch(k.createdAt), QLocale::ShortFormat),
                         k.revoked() ? tr(" (revoked)") : QString()),
                m_apiKeys);
            item->setData(Qt::UserRole, k.id);
            if (k.revoked()) {
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
        }
        if (m_apiKeys->count() == 0) {
            auto* empty = new QListWidgetItem(tr("No key yet: make one for each script or tool."), m_apiKeys);
            empty->setFlags(Qt::NoItemFlags);
        }
    } catch (const models::StoreError& error) {
        m_apiKeys->addItem(error.message());
    }
}

QString SettingsView::createApiKey(const QString& name, const QStringList& scopes)
{
    try {
        QString problem;
        const auto created = models::ApiKeyRepository(m_workspace.connection())
                                 .create(name, scopes, Clock::instance().nowMs(), &problem);
        if (!created) {
            showError(this, tr("Could not create the key"), problem);
            return {};
        }
        reloadApiKeys();
        return created->key.clientId + QLatin1Char('\n') + created->secret;
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not create the key"), error.message());
        return {};
    }
}

bool SettingsView::revokeApiKey(qint64 id)
{
    try {
        const bool done = models::ApiKeyRepository(m_workspace.connection()).revoke(id, Clock::instance().nowMs());
        reloadApiKeys();
        return done;
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not revoke the key"), error.message());
        return false;
    }
}

void SettingsView::setApiCertificate(const QString& sha256)
{
    m_apiCertificate->setText(sha256);
    if (auto* form = qobject_cast<QFormLayout*>(m_apiCertificate->parentWidget()->layout())) {
        form->setRowVisible(m_apiCertificate, !sha256.isEmpty());
    }
}

void SettingsView::setApiStatus(const QString& status, const QStringList& recentRequests)
{
    m_apiStatus->setText(status);
    m_apiRequests->clear();
    m_apiRequests->addItems(recentRequests);
    if (recentRequests.isEmpty()) {
        auto* empty = new QListWidgetItem(tr("No request yet."), m_apiRequests);
        empty->setFlags(Qt::NoItemFlags);
    }
}

QWidget* SettingsView::buildDoNotContact()
{
    auto* box = new QGroupBox(tr("Do not contact"), this);
    m_doNotContact = new QListWidget(box);
    m_doNotContact->setObjectName(QStringLiteral("doNotContactList"));
    m_doNotContact->setMinimumHeight(90);
    m_doNotContact->setMaximumHeight(160);
    auto* entry = new QLineEdit(box);
    entry->setObjectName(QStringLiteral("doNotContactEntry"));
    entry->setPlaceholderText(tr("Email address or whole domain"));
    auto* add = new QPushButton(tr("Add"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setEnabled(false);
    m_doNotContactStatus = noteLabel(QString(), box);
    connect(add, &QPushButton::clicked, this, [this, entry] {
        QString problem;
        try {
            if (models::DoNotContactRepository(m_workspace.connection())
                    .add(entry->text(), tr("added in Settings"), Clock::instance().nowMs(), &problem)
                    .isEmpty()) {
                m_doNotContactStatus->setText(problem);
                return;
            }
        } catch (const models::StoreError& error) {
            m_doNotContactStatus->setText(error.message());
            return;
        }
        entry->clear();
        reloadDoNotContact();
    });
    connect(entry, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_doNotContact->currentItem()) {
            try {
                models::DoNotContactRepository(m_workspace.connection()).remove(item->data(Qt::UserRole).toString());
            } catch (const models::StoreError& error) {
                m_doNotContactStatus->setText(error.message());
            }
            reloadDoNotContact();
        }
    });
    connect(m_doNotContact, &QListWidget::currentRowChanged, remove,
            [remove](int row) { remove->setEnabled(row >= 0); });
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(entry, 1);
    entryRow->addWidget(add);
    entryRow->addWidget(remove);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(noteLabel(tr("Nobody on this list is ever contacted, by any agent or channel."), box));
    layout->addLayout(entryRow);
    layout->addWidget(m_doNotContact);
    layout->addWidget(m_doNotContactStatus);
    reloadDoNotContact();
    return box;
}

void SettingsView::reloadDoNotContact()
{
    m_doNotContact->clear();
    try {
        const auto entries = models::DoNotContactRepository(m_workspace.connection()).list();
        for (const auto& e : entries) {
            const QString text = e.kind == QLatin1String("domain") ? tr("%1 (whole domain)").arg(e.value) : e.value;
            auto* item = new QListWidgetItem(e.reason.isEmpty() ? text : QStringLiteral("%1 — %2").arg(text, e.reason),
                                             m_doNotContact);
            item->setData(Qt::UserRole, e.value);
        }
        m_doNotContactStatus->setText(entries.isEmpty() ? tr("The list is empty.") : QString());
    } catch (const models::StoreError& error) {
        m_doNotContactStatus->setText(error.message());
    }
}

void SettingsView::reloadMailboxes()
{
    m_mailboxes->clear();
    try {
        const auto accounts = models::MailAccountRepository(m_workspace.connection()).list();
        for (const models::MailAccount& a : accounts) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(a.displayName, a.email), m_mailboxes);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.secretKey());
        }
        m_mailboxStatus->setText(accounts.isEmpty() ? tr("No mailbox yet. Add the one you prospect from.") : QString());
    } catch (const models::StoreError& error) {
        m_mailboxStatus->setText(error.message());
    }
}

void SettingsView::addMailbox()
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
        m_mailboxStatus->setText(tr("Saving the password in the keychain…"));
        Q_EMIT saveSecretRequested(account.secretKey(), dialog->password());
    });
    dialog->open();
}

void SettingsView::removeMailbox()
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

void SettingsView::setKeychainStatus(bool available, const QString& message)
{
    m_keychainStatus->setText(available ? tr("System keychain available.") : message);
    m_keychainStatus->setForegroundRole(available ? QPalette::PlaceholderText : QPalette::WindowText);
    m_keychainStatus->setStyleSheet(available ? QString() : QStringLiteral("color: #b3261e;"));
    // Without a keychain nothing could be saved: say so once, and don't offer fields that would fail.
    for (const KeyRow& row : std::as_const(m_keys)) {
        row.field->setEnabled(available);
    }
    m_addMailbox->setEnabled(available);
}

void SettingsView::secretPresence(const QString& key, bool present)
{
    if (auto it = m_keys.find(key); it != m_keys.end()) {
        it->status->setText(present ? tr("Saved in the keychain") : tr("Not set"));
        it->remove->setEnabled(present);
    }
}

void SettingsView::secretResult(const QString& key, bool ok, const QString& message)
{
    if (m_pendingAccounts.contains(key)) {
        const models::MailAccount account = m_pendingAccounts.take(key);
        if (!ok) {
            m_mailboxStatus->setText(tr("The mailbox was not added: %1").arg(message));
            return;
        }
        try {
            const qint64 now = Clock::instance().nowMs();
            models::MailAccountRepository(m_workspace.connection()).add(account, now);
            // Emails approved while there was no mailbox go out from this one now.
            QList<qint64> accounts;
            if (const int queued
                = models::OutboxRepository(m_workspace.connection()).enqueueWaitingDrafts(now, &accounts);
                queued > 0) {
                for (const qint64 id : std::as_const(accounts)) {
                    models::JobRepository(m_workspace.connection()).enqueue(models::OutboxRepository::sendJob(id), now);
                }
            }
            reloadMailboxes();
        } catch (const models::StoreError& error) {
            m_mailboxStatus->setText(tr("The mailbox was not added: %1").arg(error.message()));
        }
        return;
    }
    if (auto it = m_keys.find(key); it != m_keys.end()) {
        const bool wasRemoval = m_removing.remove(key);
        if (ok) {
            it->field->clear();
            secretPresence(key, !wasRemoval);
        } else {
            it->status->setText(message);
        }
    }
}

} // namespace sc::ui
