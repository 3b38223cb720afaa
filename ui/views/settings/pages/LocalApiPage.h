#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QListWidget;
class QSpinBox;

namespace sc::ui {

// Settings › Local API: the door for the rep's scripts and tools, off until the rep turns it on. Where
// it listens and its limits, its keys (made and revoked here), and how it runs as the app reports it.
class LocalApiPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LocalApiPage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;
    // Writes on/off, address, port and limits, then says so (apiSettingsChanged).
    void save() override;

    // Creates a key; returns "client_id\nclient_secret" (shown once) or an empty string with the
    // reason shown.
    QString createApiKey(const QString& name, const QStringList& scopes);
    bool revokeApiKey(qint64 id);
    // "Listening on …", "Off" or why not, and its last requests.
    void setApiStatus(const QString& status, const QStringList& recentRequests);
    // The certificate's SHA-256 fingerprint while the API listens beyond 127.0.0.1; empty hides it.
    void setApiCertificate(const QString& sha256);

Q_SIGNALS:
    // On/off, address, port or limits changed: the app restarts the server.
    void apiSettingsChanged();

private:
    void reloadApiKeys();
    void newKey();

    models::Workspace m_workspace;
    QFormLayout* m_form = nullptr;
    QCheckBox* m_enabled = nullptr;
    QComboBox* m_bind = nullptr;
    QSpinBox* m_port = nullptr;
    QSpinBox* m_rate = nullptr;
    QSpinBox* m_burst = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_certificate = nullptr;
    QListWidget* m_keys = nullptr;
    QListWidget* m_requests = nullptr;
};

} // namespace sc::ui
