#pragma once

#include "agents/core/Agent.h"
#include "models/repositories/LlmRepository.h"

#include <functional>
#include <optional>

namespace sc::agents::conversation {

// Drafts many emails at once (conversation.draft: the prospects a rep selected, a sequence's step) and
// the replies the Inbox agent asks for (a reply classified interested, question or meeting_time).
// Each draft lands in Approvals; the job's result counts what was drafted, skipped and why.
class ConversationAgent : public Agent
{
    Q_OBJECT
public:
    static constexpr const char* DraftKind = "conversation.draft";

    using KeyAnswer = std::function<void(const std::optional<QString>& key, const QString& error)>;
    // Asks for a provider's key (keychain, or SALES_COPILOT_SECRET_<NAME>); answer runs on context's
    // thread, at once or later, and never once context is gone.
    using KeySource
        = std::function<void(const models::LlmRepository::Provider& provider, QObject* context, KeyAnswer answer)>;

    explicit ConversationAgent(KeySource keys);
    QString displayName() const override;
    QString describeKind(const QString& kind) const override;

    // Drafts for these prospects. kind: "first_email", "follow_up" or "reply"; templateName empty: the
    // language's default.
    static models::NewJob draftJob(const QList<qint64>& prospects, const QString& kind,
                                   const QString& templateName = {}, const QString& instruction = {});
    // The suggested reply to an inbound message (one queued per message).
    static models::NewJob replyJob(qint64 prospectId, qint64 messageId);

protected:
    void execute(JobRun* run) override;

private:
    void draftAll(JobRun* run, const std::optional<models::LlmRepository::Provider>& provider, const QString& key,
                  const QString& keyProblem);
    KeySource m_keys;
};

} // namespace sc::agents::conversation
