#pragma once

#include "agents/core/AgentHost.h"
#include "models/Workspace.h"
#include "models/repositories/LlmRepository.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

namespace sc::agents::formfiller {
class FormBrowser;
}

namespace sc::app::api {
class ApiServer;
}

namespace sc::ui {
class DraftService;
class ImportDialog;
class MainWindow;
class TrayNotifier;
} // namespace sc::ui

namespace sc::app {

class SecretStore;

// The GUI's composition root: builds the window, the tray and the agent host for one workspace and
// wires them together. The views never see an agent or the keychain; this class routes their
// requests and answers.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    DesktopApp(const models::Workspace& workspace, const QString& language, QObject* parent = nullptr);
    ~DesktopApp() override;

    // Starts the agents and schedules housekeeping. Shows problems in the UI. The keychain is left alone
    // until something needs a secret (a mailbox to sync, the local API, the Settings view's key rows), so
    // a first start never asks the rep to create a keyring.
    void start();
    // Stops the agents (at most 5 s). Called on quit.
    bool shutdown();

    ui::MainWindow* window() const { return m_window.get(); }
    ui::TrayNotifier* tray() const { return m_tray; }
    agents::AgentHost* host() const { return m_host.get(); }
    SecretStore* secrets() const { return m_secrets; }
    // The GUI's one door to the Drafter for work the rep waits on (the composer, Draft a reply).
    ui::DraftService* draftService() const { return m_drafts; }
    // The import dialog (objectName "importDialog") until it is closed, else null.
    ui::ImportDialog* importDialog() const;

protected:
    // Checks the keychain the first time the Settings view shows.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void wireAgents();
    void wireSettings();
    // Reads whether the AI keys are saved, which also tells whether a keychain answers at all. A read,
    // not a probe that writes: opening Settings must not create a keyring (and prompt) either.
    void refreshKeychainState();
    // Settings › AI providers › Test: one short request with the provider's key, answered in the page.
    void testProvider(const models::LlmRepository::Provider& provider);
    void openImportDialog();
    // Queues a sync of every mailbox (at most one queued per mailbox).
    void syncMailboxes();

    void wireForms();
    // A tray notice for each mailbox whose sending paused since the app last looked.
    void notifyPausedMailboxes();
    // Starts, restarts or stops the local API as Settings › Local API says.
    void applyApiSettings();
    QString listeningOn(const api::ApiServer& server) const;

    models::Workspace m_workspace;
    // Contact-form pages run here, in the GUI thread; declared before the host, whose agent uses it.
    std::unique_ptr<agents::formfiller::FormBrowser> m_browser;
    std::unique_ptr<agents::AgentHost> m_host;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TrayNotifier* m_tray;
    SecretStore* m_secrets;
    ui::DraftService* m_drafts = nullptr;
    QPointer<ui::ImportDialog> m_importDialog;
    std::unique_ptr<api::ApiServer> m_api;
    QTimer* m_apiTimer = nullptr;
    QSet<qint64> m_pausedSeen; // the pause times already told
    int m_apiGeneration = 0;
};

} // namespace sc::app
