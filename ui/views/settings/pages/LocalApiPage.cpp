#include "LocalApiPage.h"

#include "models/Clock.h"
#include "models/repositories/ApiKeyRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/widgets/ErrorBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace sc::ui {

using models::Setting;

namespace {
// The addresses the page offers; anything else was set by hand (serve --bind, an older setting).
constexpr int OfferedAddresses = 2;
} // namespace

LocalApiPage::LocalApiPage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Local API"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("localApi"));
    m_form = new QFormLayout(this);
    m_form->addRow(noteLabel(tr("Scripts and tools reach the workspace with a key made here: at 127.0.0.1 on this "
                                "computer, or over HTTPS from the network if you allow it. Approvals through the API "
                                "carry the key's name in the audit log."),
                             this));
    m_enabled = new QCheckBox(tr("Serve the API on this computer"), this);
    m_enabled->setObjectName(QStringLiteral("api_enabled"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("api_port"));
    m_port->setRange(1024, 65535);
    // Who can reach it: this computer (plain HTTP on 127.0.0.1), or the network too, over HTTPS with the
    // workspace's own certificate, whose fingerprint clients pin.
    m_bind = new QComboBox(this);
    m_bind->setObjectName(QStringLiteral("api_bind"));
    m_bind->addItem(tr("This computer only (127.0.0.1)"), QStringLiteral("127.0.0.1"));
    m_bind->addItem(tr("Other devices on the network too (HTTPS)"), QStringLiteral("0.0.0.0"));
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("api_rate"));
    m_rate->setRange(0, 10000);
    m_rate->setSuffix(tr(" requests/s per key (0: no limit)"));
    m_burst = new QSpinBox(this);
    m_burst->setObjectName(QStringLiteral("api_burst"));
    m_burst->setRange(1, 100000);
    m_burst->setSuffix(tr(" at once"));
    connect(m_enabled, &QCheckBox::toggled, this, &LocalApiPage::save);
    connect(m_bind, &QComboBox::activated, this, &LocalApiPage::save);
    connect(m_port, &QSpinBox::editingFinished, this, &LocalApiPage::save);
    connect(m_rate, &QSpinBox::editingFinished, this, &LocalApiPage::save);
    connect(m_burst, &QSpinBox::editingFinished, this, &LocalApiPage::save);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(tr("Reachable from:"), m_bind);
    m_form->addRow(tr("Port:"), m_port);
    m_form->addRow(tr("Limits:"), m_rate);
    m_form->addRow(QString(), m_burst);
    m_status = new QLabel(tr("Off"), this);
    m_status->setObjectName(QStringLiteral("apiStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Status:"), m_status);
    m_certificate = new QLabel(this);
    m_certificate->setObjectName(QStringLiteral("apiCertificate"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->setToolTip(tr("Give this fingerprint to the devices that connect: they check it to know "
                                 "they reach this computer and nothing in between."));
    m_form->addRow(tr("Certificate SHA-256:"), m_certificate);
    m_form->setRowVisible(m_certificate, false);

    m_keys = new QListWidget(this);
    m_keys->setObjectName(QStringLiteral("apiKeys"));
    m_keys->setMaximumHeight(110);
    auto* create = new QPushButton(tr("New key…"), this);
    create->setObjectName(QStringLiteral("newApiKey"));
    auto* revoke = new QPushButton(tr("Revoke"), this);
    revoke->setObjectName(QStringLiteral("revokeApiKey"));
    connect(create, &QPushButton::clicked, this, &LocalApiPage::newKey);
    connect(revoke, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_keys->currentItem()) {
            revokeApiKey(item->data(Qt::UserRole).toLongLong());
        }
    });
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(create);
    keyButtons->addWidget(revoke);
    keyButtons->addStretch(1);
    m_form->addRow(tr("Keys:"), m_keys);
    m_form->addRow(QString(), keyButtons);
    m_requests = new QListWidget(this);
    m_requests->setObjectName(QStringLiteral("apiRequests"));
    m_requests->setMaximumHeight(110);
    m_form->addRow(tr("Recent requests:"), m_requests);
    load();
}

void LocalApiPage::load()
{
    const models::WorkspaceSettings settings(m_workspace.connection());
    {
        const QSignalBlocker quiet(m_enabled);
        m_enabled->setChecked(settings.flag(Setting::ApiEnabled));
    }
    m_port->setValue(settings.integer(Setting::ApiPort));
    const QString boundTo = settings.text(Setting::ApiBind);
    while (m_bind->count() > OfferedAddresses) {
        m_bind->removeItem(m_bind->count() - 1);
    }
    if (m_bind->findData(boundTo) < 0) {
        m_bind->addItem(boundTo, boundTo); // an address set by hand (serve --bind, an older setting)
    }
    m_bind->setCurrentIndex(m_bind->findData(boundTo));
    m_rate->setValue(int(settings.number(Setting::ApiRate)));
    m_burst->setValue(int(settings.number(Setting::ApiBurst)));
    reloadApiKeys();
}

void LocalApiPage::save()
{
    try {
        models::WorkspaceSettings settings(m_workspace.connection());
        settings.setFlag(Setting::ApiEnabled, m_enabled->isChecked());
        settings.setText(Setting::ApiBind, m_bind->currentData().toString());
        settings.setInteger(Setting::ApiPort, m_port->value());
        settings.setInteger(Setting::ApiRate, m_rate->value());
        settings.setInteger(Setting::ApiBurst, m_burst->value());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the API settings"), error.message());
        return;
    }
    Q_EMIT apiSettingsChanged();
}

void LocalApiPage::newKey()
{
    auto* dialog = new ApiKeyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyDialog::createRequested, this,
            [this, dialog](const QString& name, const QStringList& scopes) {
                const QString created = createApiKey(name, scopes);
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
}

void LocalApiPage::reloadApiKeys()
{
    m_keys->clear();
    try {
        const QLocale locale;
        for (const models::ApiKey& k : models::ApiKeyRepository(m_workspace.connection()).list()) {
            auto* item = new QListWidgetItem(
                tr("%1 — %2 — %3 — made %4%5")
                    .arg(k.name, k.clientId, k.scopes.join(QStringLiteral(", ")),
                         locale.toString(QDateTime::fromMSecsSinceEpoch(k.createdAt), QLocale::ShortFormat),
                         k.revoked() ? tr(" (revoked)") : QString()),
                m_keys);
            item->setData(Qt::UserRole, k.id);
            if (k.revoked()) {
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
        }
        if (m_keys->count() == 0) {
            auto* empty = new QListWidgetItem(tr("No key yet: make one for each script or tool."), m_keys);
            empty->setFlags(Qt::NoItemFlags);
        }
    } catch (const models::StoreError& error) {
        m_keys->addItem(error.message());
    }
}

QString LocalApiPage::createApiKey(const QString& name, const QStringList& scopes)
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

bool LocalApiPage::revokeApiKey(qint64 id)
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

void LocalApiPage::setApiCertificate(const QString& sha256)
{
    m_certificate->setText(sha256);
    m_form->setRowVisible(m_certificate, !sha256.isEmpty());
}

void LocalApiPage::setApiStatus(const QString& status, const QStringList& recentRequests)
{
    m_status->setText(status);
    m_requests->clear();
    m_requests->addItems(recentRequests);
    if (recentRequests.isEmpty()) {
        auto* empty = new QListWidgetItem(tr("No request yet."), m_requests);
        empty->setFlags(Qt::NoItemFlags);
    }
}

} // namespace sc::ui
