#include "DraftService.h"

#include "agents/conversation/ProviderSetup.h"
#include "models/Clock.h"

#include <QPointer>
#include <QThreadPool>

namespace sc::ui {

using agents::conversation::Drafter;
using agents::conversation::ProviderSetup;

DraftService::DraftService(models::Workspace workspace, agents::conversation::ConversationAgent::KeySource keys,
                           QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_keys(std::move(keys))
    , m_pool(new QThreadPool(this))
{
    qRegisterMetaType<Drafter::Outcome>();
    qRegisterMetaType<Drafter::Rewritten>();
    m_pool->setMaxThreadCount(2);
}

DraftService::~DraftService()
{
    for (const auto& flag : std::as_const(m_cancel)) {
        *flag = true;
    }
    // The workers use the workspace's file: they end (cancelled) before it is closed.
    m_pool->waitForDone();
}

bool DraftService::hasProvider() const
{
    return models::LlmRepository(m_workspace.connection()).activeProvider().has_value();
}

int DraftService::draft(const Drafter::Request& request)
{
    return start([request](Drafter& drafter, const std::atomic<bool>* cancelled,
                           const agents::conversation::LlmProvider::DeltaHandler& onDelta) -> Deliver {
        Drafter::Outcome outcome = drafter.draft(request, Clock::instance().nowMs(), onDelta, cancelled);
        return [outcome](DraftService* service) {
            Q_EMIT service->drafted(service->m_current, outcome);
        };
    });
}

int DraftService::write(const Drafter::Request& request)
{
    return start([request](Drafter& drafter, const std::atomic<bool>* cancelled,
                           const agents::conversation::LlmProvider::DeltaHandler& onDelta) -> Deliver {
        Drafter::Outcome outcome = drafter.write(request, Clock::instance().nowMs(), onDelta, cancelled);
        return [outcome](DraftService* service) {
            Q_EMIT service->drafted(service->m_current, outcome);
        };
    });
}

int DraftService::rewrite(const QString& subject, const QString& body, const QString& style, const QString& language)
{
    return start(
        [subject, body, style, language](Drafter& drafter, const std::atomic<bool>* cancelled,
                                         const agents::conversation::LlmProvider::DeltaHandler& onDelta) -> Deliver {
            Drafter::Rewritten result
                = drafter.rewrite(subject, body, style, language, Clock::instance().nowMs(), onDelta, cancelled);
            return [result](DraftService* service) {
                Q_EMIT service->rewritten(service->m_current, result);
            };
        });
}

void DraftService::cancel(int ticket)
{
    if (const auto flag = m_cancel.value(ticket)) {
        *flag = true;
    }
}

int DraftService::start(Job job)
{
    const int ticket = ++m_next;
    m_cancel.insert(ticket, std::make_shared<std::atomic<bool>>(false));
    const std::optional<models::LlmRepository::Provider> provider
        = models::LlmRepository(m_workspace.connection()).activeProvider();
    if (!provider || !ProviderSetup::needsKey(*provider)) {
        launch(ticket, provider, QString(), QString(), std::move(job));
    } else if (const auto key = ProviderSetup::keyFromEnvironment(*provider)) {
        launch(ticket, provider, *key, QString(), std::move(job));
    } else if (!m_keys) {
        launch(ticket, provider, QString(), tr("No key for %1.").arg(provider->name), std::move(job));
    } else {
        m_keys(*provider, this,
               [this, ticket, provider, job](const std::optional<QString>& stored, const QString& why) {
                   launch(ticket, provider, stored.value_or(QString()), stored ? QString() : why, job);
               });
    }
    return ticket;
}

void DraftService::launch(int ticket, const std::optional<models::LlmRepository::Provider>& provider,
                          const QString& key, const QString& keyProblem, Job job)
{
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancel.value(ticket);
    QPointer<DraftService> self(this);
    const models::Workspace workspace = m_workspace;
    m_pool->start([self, workspace, ticket, provider, key, keyProblem, job, cancelled] {
        Drafter drafter(workspace.connection());
        if (provider && keyProblem.isEmpty()) {
            ProviderSetup::equip(drafter, *provider, key);
        } else if (provider) {
            drafter.setNoModelReason(keyProblem);
        }
        const auto onDelta = [self, ticket](const QString& text) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, ticket, text] {
                    if (self) {
                        Q_EMIT self->delta(ticket, text);
                    }
                },
                Qt::QueuedConnection);
        };
        Deliver deliver;
        try {
            deliver = job(drafter, cancelled.get(), onDelta);
        } catch (const std::exception& e) {
            // A store failure (disk full, the file locked): said like the model's failures, nothing lost.
            const QString message = QString::fromUtf8(e.what());
            deliver = [message](DraftService* service) {
                Drafter::Outcome failed;
                failed.refused = message;
                Q_EMIT service->drafted(service->m_current, failed);
            };
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, ticket, deliver] {
                if (!self) {
                    return;
                }
                self->m_current = ticket;
                deliver(self.data());
                self->m_cancel.remove(ticket);
            },
            Qt::QueuedConnection);
    });
}

} // namespace sc::ui
