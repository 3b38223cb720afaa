#pragma once

#include "agents/conversation/ConversationAgent.h"
#include "agents/conversation/drafting/Drafter.h"
#include "models/Workspace.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace sc::ui {

// The GUI's door to the Conversation agent's Drafter for work the rep waits on: write or regenerate
// one draft, rewrite the composer's text. Each request runs on a worker thread (with its own
// connection to the workspace) with the active provider and its key (asked on the GUI thread through
// the key source, like the agent's); the model's text streams back as delta() signals, queued to the
// GUI thread, and a request can be cancelled. Batches of drafts go to the agent instead
// (ConversationAgent::draftJob), with progress in the Agents view.
class DraftService : public QObject
{
    Q_OBJECT
public:
    DraftService(models::Workspace workspace, agents::conversation::ConversationAgent::KeySource keys,
                 QObject* parent = nullptr);
    ~DraftService() override;

    // Each returns a ticket the signals carry. A draft request with draftId regenerates that draft.
    int draft(const agents::conversation::Drafter::Request& request);
    // Writes a draft without storing it (the composer's Write with AI): drafted() carries it, never saved.
    int write(const agents::conversation::Drafter::Request& request);
    int rewrite(const QString& subject, const QString& body, const QString& style, const QString& language);
    void cancel(int ticket);
    // Whether a provider is configured (else drafts come from templates and Rewrite is unavailable).
    bool hasProvider() const;

Q_SIGNALS:
    // The model's text as it arrives (raw: "Subject: …" first), for a composer to paint.
    void delta(int ticket, const QString& text);
    void drafted(int ticket, const sc::agents::conversation::Drafter::Outcome& outcome);
    void rewritten(int ticket, const sc::agents::conversation::Drafter::Rewritten& result);

private:
    // Runs on a worker thread; returns what to do with the result on the GUI thread.
    using Deliver = std::function<void(DraftService* service)>;
    using Job = std::function<Deliver(agents::conversation::Drafter& drafter, const std::atomic<bool>* cancelled,
                                      const agents::conversation::LlmProvider::DeltaHandler& onDelta)>;
    int start(Job job);
    void launch(int ticket, const std::optional<models::LlmRepository::Provider>& provider, const QString& key,
                const QString& keyProblem, Job job);

    models::Workspace m_workspace;
    agents::conversation::ConversationAgent::KeySource m_keys;
    QHash<int, std::shared_ptr<std::atomic<bool>>> m_cancel;
    QThreadPool* m_pool;
    int m_next = 0;
    int m_current = 0; // the ticket being delivered
};

} // namespace sc::ui

Q_DECLARE_METATYPE(sc::agents::conversation::Drafter::Outcome)
Q_DECLARE_METATYPE(sc::agents::conversation::Drafter::Rewritten)
