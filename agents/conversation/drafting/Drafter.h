#pragma once

#include "DraftContext.h"
#include "agents/conversation/LlmProvider.h"
#include "models/entities/Draft.h"
#include "models/repositories/KnowledgeBaseRepository.h"
#include "models/repositories/LlmRepository.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace sc::agents::conversation {

// Writes a draft for a prospect: a first email, a follow-up or a reply, with the configured model
// grounded in the rep's documents, or from a template when there is no model (no provider, the
// monthly budget reached, the model failing): drafting never dead-ends. Every draft lands in
// Approvals; nothing here sends anything.
//
// Before anything is written: the prospect must not be on the do-not-contact list nor unsubscribed,
// and a reply must answer a message that may be answered (never an unsubscribe, a complaint, a
// bounce or an automatic reply). After: Guardrails removes addresses and links that are in none of the
// material and, in grounded mode, flags figures and names no used source holds.
class Embedder;

class Drafter
{
public:
    struct Request
    {
        qint64 prospectId = 0;
        QString kind = QStringLiteral("first_email"); // "first_email", "follow_up", "reply"
        QString templateName {}; // empty: the language's default template of the kind's category
        QString instruction {};
        qint64 replyTo = 0; // the inbound message a reply answers; 0: the thread's latest
        qint64 draftId = 0; // regenerate this pending draft instead of adding one
    };
    struct Outcome
    {
        models::Draft draft; // as written (its id once saved)
        QString refused; // why no draft was made (do-not-contact, no such prospect...), for the rep
        QString notice; // why the model was not used or stopped (budget, error): the draft is the template
        ErrorKind error = ErrorKind::None; // the model's, when it failed
        bool fromModel = false;
        qint64 firstByteToFirstDeltaUs = -1;

        bool ok() const { return refused.isEmpty(); }
    };
    using Retriever = std::function<QList<models::KnowledgeBaseRepository::Hit>(const QString& query, int limit)>;

    // The kind a CLI or API name stands for: "first_touch" and "first_email" are one.
    static QString kindFromName(const QString& name);
    // The template category a kind is written from.
    static QString categoryOf(const QString& kind);

    explicit Drafter(QSqlDatabase db);
    ~Drafter();

    // The model drafts are written with; without one (the default) drafts come from templates.
    void setProvider(std::shared_ptr<LlmProvider> provider, const models::LlmRepository::Provider& info);
    // Why there is no model although a provider is configured (its key could not be read): said in the
    // drafts' notice instead of "no provider".
    void setNoModelReason(const QString& reason) { m_noModelReason = reason; }
    // How sources are found; the default is the knowledge base's BM25 search.
    void setRetriever(Retriever retriever);
    // Sources by hybrid search (BM25 and the embedder's vectors fused), the chunks not embedded yet
    // embedded first; the embedding calls are recorded with the drafts' usage.
    void setEmbedder(std::shared_ptr<Embedder> embedder);
    static constexpr int SourcesPerDraft = 5;

    // Writes the draft without storing it. onDelta receives the model's text as it streams.
    Outcome write(const Request& request, qint64 now, const LlmProvider::DeltaHandler& onDelta = {},
                  const std::atomic<bool>* cancelled = nullptr);
    // write(), then stores it in Approvals (or replaces the pending draft of request.draftId) and
    // records what the model call used.
    Outcome draft(const Request& request, qint64 now, const LlmProvider::DeltaHandler& onDelta = {},
                  const std::atomic<bool>* cancelled = nullptr);

    struct Rewritten
    {
        QString subject;
        QString body;
        Usage usage;
        double cost = 0;
        ErrorKind error = ErrorKind::None;
        QString message;
        bool truncated = false;
    };
    // The composer's Rewrite: "shorter", "formal", "friendly", "translate" (into language), or the rep's
    // own words. Needs a model; the budget applies.
    Rewritten rewrite(const QString& subject, const QString& body, const QString& style, const QString& language,
                      qint64 now, const LlmProvider::DeltaHandler& onDelta = {},
                      const std::atomic<bool>* cancelled = nullptr);

private:
    QString refusal(const DraftContext& context, const Request& request) const;
    bool fromTemplate(const DraftContext& context, const Request& request, Outcome* outcome);
    void withModel(const DraftContext& context, const Request& request, qint64 now,
                   const LlmProvider::DeltaHandler& onDelta, const std::atomic<bool>* cancelled, Outcome* outcome);
    QString budgetProblem(qint64 now) const;

    QSqlDatabase m_db;
    std::shared_ptr<LlmProvider> m_provider;
    models::LlmRepository::Provider m_info;
    Retriever m_retriever;
    std::shared_ptr<Embedder> m_embedder;
    QString m_noModelReason;
};

} // namespace sc::agents::conversation
