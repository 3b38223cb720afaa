#include "DesktopApp.h"

#include "AppSettings.h"
#include "Application.h"
#include "CaptchaWindow.h"
#include "SecretStore.h"
#include "agents/conversation/ProviderSetup.h"
#include "agents/formfiller/FormBrowser.h"
#include "agents/housekeeping/HousekeepingAgent.h"
#include "agents/importer/ImportAgent.h"
#include "agents/inbox/AccountCheck.h"
#include "agents/inbox/InboxAgent.h"
#include "api/ApiServer.h"
#include "api/SigningKey.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/itemmodels/AgentStatusModel.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/itemmodels/JobListModel.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/StoreError.h"
#include "ui/MainWindow.h"
#include "ui/TrayNotifier.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/MailAccountDialog.h"
#include "ui/services/DraftService.h"
#include "ui/services/MeetingReminders.h"
#include "ui/views/agents/AgentsView.h"
#include "ui/views/approvals/ApprovalsView.h"
#include "ui/views/prospects/ProspectsView.h"
#include "ui/views/settings/SettingsView.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace sc::app {

using models::AgentStatusModel;
using ui::MainWindow;

namespace {
AgentStatusModel::AgentState toModelState(agents::Agent::State state)
{
    switch (state) {
    case agents::Agent::State::Stopped:
        return AgentStatusModel::AgentState::Stopped;
    case agents::Agent::State::Idle:
        return AgentStatusModel::AgentState::Idle;
    case agents::Agent::State::Busy:
        return AgentStatusModel::AgentState::Busy;
    case agents::Agent::State::Stopping:
        return AgentStatusModel::AgentState::Stopping;
    }
    return AgentStatusModel::AgentState::Stopped;
}

// What an import job did, as a ProspectImporter::Report: its result when it succeeded, else its last
// checkpoint (the rows saved before it stopped).
QJsonObject importReport(const models::Workspace& workspace, qint64 jobId, bool succeeded)
{
    try {
        if (const auto job = models::JobRepository(workspace.connection()).find(jobId)) {
            return succeeded ? job->result : job->checkpoint;
        }
    } catch (const models::StoreError&) {
        // The counts are a courtesy: the dialog still says how the import ended.
    }
    return {};
}
} // namespace

DesktopApp::DesktopApp(const models::Workspace& workspace, const QString& language, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_browser(std::make_unique<agents::formfiller::FormBrowser>())
    , m_host(Application::createAgentHost(workspace, m_browser.get()))
    , m_window(std::make_unique<MainWindow>(workspace, language))
    , m_tray(new ui::TrayNotifier(this))
    , m_secrets(new SecretStore(Application::secretScope(workspace), this))
{
    // The provider's key comes from the keychain when a draft needs it, like the Conversation agent's.
    m_drafts = new ui::DraftService(
        workspace,
        [secrets = m_secrets](const models::LlmRepository::Provider& provider, QObject* context,
                              const agents::conversation::ConversationAgent::KeyAnswer& answer) {
            secrets->read(models::LlmRepository::secretKey(provider.name), context,
                          [answer](const SecretStore::Result& result) {
                              answer(result.ok() ? std::optional<QString>(result.value) : std::nullopt,
                                     result.ok() ? QString() : result.message);
                          });
        },
        this);
    m_window->setDraftService(m_drafts);
    wireAgents();
    wireSettings();
    wireForms();
    connect(m_window->settingsView(), &ui::SettingsView::apiSettingsChanged, this, &DesktopApp::applyApiSettings);
    m_apiTimer = new QTimer(this);
    m_apiTimer->setInterval(2000);
    connect(m_apiTimer, &QTimer::timeout, this, [this] {
        if (!m_api) {
            return;
        }
        QStringList lines;
        const QList<api::ApiServer::RequestLine> recent = m_api->recentRequests();
        for (auto it = recent.crbegin(); it != recent.crend() && lines.size() < 50; ++it) {
            lines << QStringLiteral("%1  %2 %3  %4")
                         .arg(QDateTime::fromMSecsSinceEpoch(it->at).toString(QStringLiteral("HH:mm:ss")), it->method,
                              it->path)
                         .arg(it->status);
        }
        m_window->settingsView()->setApiStatus(listeningOn(*m_api), lines);
    });
    m_apiTimer->start();
    connect(m_window->approvalsView(), &ui::ApprovalsView::pendingCountChanged, m_tray,
            &ui::TrayNotifier::pendingDraftsChanged);
    m_tray->pendingDraftsChanged(m_window->approvalsView()->model()->rowCount());
    connect(m_tray, &ui::TrayNotifier::openRequested, this, [this](ui::TrayNotifier::Target target) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        m_window->showView(target == ui::TrayNotifier::Target::Agents         ? MainWindow::View::Agents
                               : target == ui::TrayNotifier::Target::Settings ? MainWindow::View::Settings
                               : target == ui::TrayNotifier::Target::Calendar ? MainWindow::View::Calendar
                                                                              : MainWindow::View::Approvals);
    });
    // A mailbox whose sending paused by itself (a sync judged its bounces) is news for the rep, once.
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics t) {
        if (t.testFlag(models::ChangeHub::Accounts)) {
            notifyPausedMailboxes();
        }
    });
    notifyPausedMailboxes();
    connect(m_tray, &ui::TrayNotifier::quitRequested, qApp, &QApplication::quit);
    // Meetings about to start (Settings: how many minutes before).
    auto* reminders = new ui::MeetingReminders(m_workspace.connection(), this);
    connect(reminders, &ui::MeetingReminders::meetingSoon, m_tray,
            [this](const models::Meeting& meeting, int minutesLeft) {
                m_tray->meetingSoon(meeting.title, minutesLeft, meeting.location);
            });
    reminders->start();
    connect(m_window->prospectsView(), &ui::ProspectsView::importRequested, this, &DesktopApp::openImportDialog);
}

void DesktopApp::notifyPausedMailboxes()
{
    try {
        for (const models::MailAccount& a : models::MailAccountRepository(m_workspace.connection()).list()) {
            if (a.sendingPaused() && !m_pausedSeen.contains(a.sendingPausedAt)) {
                m_pausedSeen.insert(a.sendingPausedAt);
                m_tray->mailboxPaused(a.displayName, a.sendingPausedReason);
                m_window->showStatus(tr("Sending from %1 is paused: %2").arg(a.displayName, a.sendingPausedReason));
            }
        }
    } catch (const models::StoreError& error) {
        m_window->showStatus(error.message());
    }
}

DesktopApp::~DesktopApp()
{
    shutdown();
}

QString DesktopApp::listeningOn(const api::ApiServer& server) const
{
    const QString url = server.url();
    if (server.bindAddress() == QLatin1String("0.0.0.0") || server.bindAddress() == QLatin1String("::")) {
        return tr("Listening on %1, that is on every network address of this computer").arg(url);
    }
    return tr("Listening on %1").arg(url);
}

void DesktopApp::applyApiSettings()
{
    const int generation = ++m_apiGeneration;
    if (m_api) {
        m_api->stop();
        m_api.reset();
    }
    ui::SettingsView* view = m_window->settingsView();
    const models::WorkspaceSettings settings(m_workspace.connection());
    view->setApiCertificate(QString());
    if (!settings.flag(models::Setting::ApiEnabled)) {
        view->setApiStatus(tr("Off"), {});
        return;
    }
    api::ApiServer::Settings s;
    s.bind = settings.text(models::Setting::ApiBind);
    s.port = settings.integer(models::Setting::ApiPort);
    s.rate = settings.number(models::Setting::ApiRate);
    s.burst = settings.number(models::Setting::ApiBurst);
    view->setApiStatus(tr("Starting…"), {});
    api::obtainSigningKey(m_secrets, this, [this, generation, s, view](const QByteArray& key, const QString& error) {
        if (generation != m_apiGeneration) {
            return; // the settings changed again meanwhile
        }
        if (key.isEmpty()) {
            view->setApiStatus(tr("Not started: %1").arg(error), {});
            return;
        }
        auto server = std::make_unique<api::ApiServer>(m_workspace, key, s);
        QString problem;
        if (!server->start(&problem)) {
            view->setApiStatus(tr("Not started: %1").arg(problem), {});
            return;
        }
        m_api = std::move(server);
        view->setApiStatus(listeningOn(*m_api), {});
        view->setApiCertificate(m_api->tls() ? m_api->tlsFingerprint() : QString());
    });
}

void DesktopApp::wireForms()
{
    // A form stopped at a CAPTCHA comes to the rep: a window on the filled page, and a notice.
    connect(m_browser.get(), &agents::formfiller::FormBrowser::needsHuman, this,
            [this](qint64 submissionId, QWebEnginePage* page, const agents::formfiller::FormFiller::Result& result) {
                auto* window = new CaptchaWindow(m_workspace, submissionId, page);
                window->show();
                window->raise();
                m_tray->formNeedsYou(QUrl(result.formUrl).host());
            });
}

void DesktopApp::wireAgents()
{
    ui::AgentsView* view = m_window->agentsView();
    QList<AgentStatusModel::AgentInfo> infos;
    for (const agents::Agent* agent : m_host->agents()) {
        infos.append({agent->id(), agent->displayName(), agent->jobKinds(), AgentStatusModel::AgentState::Stopped});
    }
    view->agentModel()->setAgents(infos);
    agents::AgentHost* host = m_host.get();
    view->jobModel()->setKindLabeler([host](const QString& kind) { return host->describeKind(kind); });
    connect(host, &agents::AgentHost::agentStateChanged, view->agentModel(),
            [model = view->agentModel()](const QString& id, agents::Agent::State state) {
                model->setState(id, toModelState(state));
            });
    connect(host, &agents::AgentHost::jobProgress, view->jobModel(), &models::JobListModel::updateProgress);
    connect(host, &agents::AgentHost::jobFailed, m_tray, &ui::TrayNotifier::jobFailed);
    connect(host, &agents::AgentHost::jobFailed, m_window.get(),
            [this](qint64, const QString& label, const QString& error) {
                m_window->showStatus(tr("%1 failed: %2").arg(label, error));
            });
    connect(host, &agents::AgentHost::storeFailed, m_window.get(), [this](const QString& message) {
        m_window->showStatus(tr("The workspace file could not be written: %1").arg(message));
    });
    connect(view, &ui::AgentsView::retryRequested, this, [this](qint64 id) {
        try {
            m_host->retry(id);
        } catch (const models::StoreError& error) {
            m_window->showStatus(error.message());
        }
    });
    connect(view, &ui::AgentsView::cancelRequested, this, [this](qint64 id) {
        try {
            m_host->cancel(id);
        } catch (const models::StoreError& error) {
            m_window->showStatus(error.message());
        }
    });
}

ui::ImportDialog* DesktopApp::importDialog() const
{
    return m_importDialog;
}

void DesktopApp::openImportDialog()
{
    // One import dialog at a time: asking again brings the open one forward.
    if (m_importDialog && m_importDialog->isVisible()) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto* dialog = new ui::ImportDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    connect(dialog, &ui::ImportDialog::importRequested, this,
            [this, dialog](const QString& path, const QStringList& columns) {
                models::NewJob job;
                job.kind = QString::fromLatin1(agents::importer::ImportAgent::ImportKind);
                job.payload = {{QStringLiteral("path"), path},
                               {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}};
                try {
                    dialog->setJob(m_host->enqueue(job));
                } catch (const models::StoreError& error) {
                    dialog->setError(tr("The import could not start: %1").arg(error.message()));
                }
            });
    connect(dialog, &ui::ImportDialog::cancelRequested, this, [this, dialog](qint64 id) {
        try {
            // A job still queued is canceled on the spot, and no agent will report its end.
            if (m_host->cancel(id) == models::JobRepository::CancelResult::Canceled) {
                dialog->setFinished(models::JobState::Canceled, QString(), importReport(m_workspace, id, false));
            }
        } catch (const models::StoreError& error) {
            dialog->setError(tr("The import could not be canceled: %1").arg(error.message()));
        }
    });
    // Closing the dialog does not cancel the job: these connections just end with the dialog.
    agents::AgentHost* host = m_host.get();
    connect(host, &agents::AgentHost::jobStarted, dialog, [dialog](qint64 id) {
        if (id == dialog->jobId()) {
            dialog->setProgress(0, QString());
        }
    });
    connect(host, &agents::AgentHost::jobProgress, dialog, [dialog](qint64 id, int percent, const QString& text) {
        if (id == dialog->jobId()) {
            dialog->setProgress(percent, text);
        }
    });
    connect(host, &agents::AgentHost::jobFinished, dialog,
            [this, dialog](qint64 id, models::JobState state, const QString& error) {
                if (id == dialog->jobId()) {
                    dialog->setFinished(state, error,
                                        importReport(m_workspace, id, state == models::JobState::Succeeded));
                }
            });
    dialog->open();
}

void DesktopApp::wireSettings()
{
    ui::SettingsView* settings = m_window->settingsView();
    connect(settings, &ui::SettingsView::languageChosen, this,
            [](const QString& code) { AppSettings::setLanguage(code); });
    connect(settings, &ui::SettingsView::workspaceFolderChosen, this,
            [](const QString& dir) { AppSettings::setWorkspaceDirectory(dir); });
    connect(settings, &ui::SettingsView::saveSecretRequested, this,
            [this, settings](const QString& key, const QString& value) {
                m_secrets->write(key, value, settings, [settings, key](const SecretStore::Result& result) {
                    settings->secretResult(key, result.ok(), result.message);
                });
            });
    // "Test connection" logs in over the network: off the GUI thread, the answer back to the dialog
    // if it is still open.
    connect(settings, &ui::SettingsView::testMailAccountRequested, this,
            [](const models::MailAccount& account, const QString& password, ui::MailAccountDialog* dialog) {
                QPointer<ui::MailAccountDialog> target(dialog);
                auto* watcher = new QFutureWatcher<agents::inbox::AccountCheck>(dialog);
                connect(watcher, &QFutureWatcherBase::finished, dialog, [watcher, target] {
                    const agents::inbox::AccountCheck check = watcher->result();
                    watcher->deleteLater();
                    if (target) {
                        target->showTestResult(check.imapOk, check.imapError, check.smtpOk, check.smtpError);
                    }
                });
                watcher->setFuture(QtConcurrent::run(
                    [account, password] { return agents::inbox::AccountCheck::run(account, password); }));
            });
    connect(settings, &ui::SettingsView::keychainRetryRequested, this, &DesktopApp::refreshKeychainState);
    connect(settings, &ui::SettingsView::testProviderRequested, this, &DesktopApp::testProvider);
    connect(settings, &ui::SettingsView::removeSecretRequested, this, [this, settings](const QString& key) {
        m_secrets->remove(key, settings, [settings, key](const SecretStore::Result& result) {
            // Removing what was not there is not a failure for the rep.
            settings->secretResult(key, result.ok() || result.error == SecretStore::Error::NotFound, result.message);
        });
    });
}

bool DesktopApp::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window->settingsView() && event->type() == QEvent::Show) {
        watched->removeEventFilter(this);
        refreshKeychainState();
    }
    return QObject::eventFilter(watched, event);
}

void DesktopApp::refreshKeychainState()
{
    ui::SettingsView* settings = m_window->settingsView();
    // The keys of the providers in Settings › AI providers. With none yet, a read of a name no provider
    // has still tells whether a keychain answers.
    QStringList keys;
    try {
        for (const models::LlmRepository::Provider& provider :
             models::LlmRepository(m_workspace.connection()).providers()) {
            keys << models::LlmRepository::secretKey(provider.name);
        }
    } catch (const models::StoreError& error) {
        m_window->showStatus(error.message());
    }
    const bool probeOnly = keys.isEmpty();
    const QString first = probeOnly ? models::LlmRepository::secretKey(QStringLiteral("probe")) : keys.takeFirst();
    m_secrets->read(first, settings, [this, settings, first, keys, probeOnly](const SecretStore::Result& read) {
        // Found or not found, the keychain answered; anything else is why secrets cannot be kept.
        const bool available = read.ok() || read.error == SecretStore::Error::NotFound;
        settings->setKeychainStatus(available, read.message);
        if (!available) {
            return;
        }
        if (!probeOnly) {
            settings->secretPresence(first, read.ok() && !read.value.isEmpty());
        }
        for (const QString& key : keys) {
            m_secrets->read(key, settings, [settings, key](const SecretStore::Result& other) {
                settings->secretPresence(key, other.ok() && !other.value.isEmpty());
            });
        }
    });
}

void DesktopApp::testProvider(const models::LlmRepository::Provider& provider)
{
    ui::SettingsView* settings = m_window->settingsView();
    const models::Workspace workspace = m_workspace;
    // One short request off the GUI thread, without the retries a draft gets: the rep waits on it.
    auto run = [settings, provider, workspace](const QString& key) {
        struct Answer
        {
            agents::conversation::CompletionResult result;
            qint64 ms = 0;
        };
        auto* watcher = new QFutureWatcher<Answer>(settings);
        connect(watcher, &QFutureWatcherBase::finished, settings, [watcher, settings, provider, workspace] {
            const Answer answer = watcher->result();
            watcher->deleteLater();
            if (!answer.result.ok()) {
                settings->showProviderTest(provider.name, false, answer.result.message);
                return;
            }
            try {
                models::LlmRepository(workspace.connection())
                    .record({provider.name, provider.model, QStringLiteral("test"), 0, answer.result.usage.inputTokens,
                             answer.result.usage.outputTokens},
                            Clock::instance().nowMs());
            } catch (const models::StoreError&) {
                // What a one-line test cost is a courtesy in the month's total; the answer is what counts.
            }
            settings->showProviderTest(provider.name, true, tr("Answers in %1 ms").arg(answer.ms));
        });
        watcher->setFuture(QtConcurrent::run([provider, key] {
            agents::conversation::ProviderConfig config = agents::conversation::ProviderSetup::config(provider, key);
            config.maxAttempts = 1;
            config.idleTimeoutMs = 30000;
            const std::unique_ptr<agents::conversation::LlmProvider> client
                = agents::conversation::makeProvider(config);
            agents::conversation::CompletionRequest request;
            request.model = provider.model;
            request.maxTokens = 16;
            request.temperature = 0;
            request.messages.push_back(
                {agents::conversation::ChatMessage::Role::User, QStringLiteral("Reply with the single word: ready")});
            QElapsedTimer timer;
            timer.start();
            Answer answer;
            answer.result = client->complete(request, {});
            answer.ms = timer.elapsed();
            return answer;
        }));
    };
    if (!agents::conversation::ProviderSetup::needsKey(provider)) {
        run(QString());
    } else if (const auto key = agents::conversation::ProviderSetup::keyFromEnvironment(provider)) {
        run(*key);
    } else {
        m_secrets->read(models::LlmRepository::secretKey(provider.name), settings,
                        [settings, provider, run](const SecretStore::Result& read) {
                            if (read.ok() && !read.value.isEmpty()) {
                                run(read.value);
                            } else if (read.ok() || read.error == SecretStore::Error::NotFound) {
                                settings->showProviderTest(
                                    provider.name, false,
                                    tr("No key is saved for it: choose Edit… and paste its key."));
                            } else {
                                settings->showProviderTest(provider.name, false, read.message);
                            }
                        });
    }
}

void DesktopApp::start()
{
    applyApiSettings();
    const auto started = m_host->start();
    if (!started.ok) {
        m_window->showStatus(started.error);
    } else if (started.recovery.requeued + started.recovery.failed > 0) {
        m_window->showStatus(
            tr("%n interrupted job(s) were resumed.", nullptr, started.recovery.requeued + started.recovery.failed));
    }
    try {
        // Tidy the workspace a few minutes after start, once per session at most.
        models::NewJob tidy;
        tidy.kind = QString::fromLatin1(agents::housekeeping::HousekeepingAgent::OptimizeKind);
        tidy.dedupeKey = tidy.kind;
        tidy.runAt = Clock::instance().nowMs() + 5 * 60 * 1000;
        m_host->enqueue(tidy);
        syncMailboxes();
    } catch (const models::StoreError& error) {
        m_window->showStatus(error.message());
    }
    // A mailbox added in Settings starts syncing at once; each sync schedules the next one.
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        if (topics.testFlag(models::ChangeHub::Accounts)) {
            syncMailboxes();
        }
    });
    m_window->settingsView()->installEventFilter(this);
    m_window->show();
}

void DesktopApp::syncMailboxes()
{
    try {
        const QList<models::MailAccount> accounts = models::MailAccountRepository(m_workspace.connection()).list();
        for (const models::MailAccount& account : accounts) {
            m_host->enqueue(agents::inbox::InboxAgent::syncJob(account.id)); // one queued sync per account
        }
    } catch (const models::StoreError& error) {
        m_window->showStatus(error.message());
    }
}

bool DesktopApp::shutdown()
{
    if (m_api) {
        m_api->stop(); // the requests in flight finish first
        m_api.reset();
    }
    return m_host ? m_host->stop(5000) : true;
}

} // namespace sc::app
