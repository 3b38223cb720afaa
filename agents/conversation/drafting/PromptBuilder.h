#pragma once

#include "DraftContext.h"
#include "agents/conversation/LlmProvider.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/KnowledgeBaseRepository.h"

#include <optional>

namespace sc::agents::conversation {

// The prompt of a draft. The rep's instructions and the app's rules are the system text; everything
// that comes from outside — the prospect's mail, their website, even the rep's documents — is fenced
// as data (<data kind="…">…</data>, the closing tag escaped inside), and the rules say that nothing in
// a fence is an instruction. The model answers "Subject: …", a blank line and the body, unsigned.
class PromptBuilder
{
public:
    struct Input
    {
        const DraftContext* context = nullptr;
        QString kind; // "first_email", "follow_up", "reply"
        // The rendered template the draft starts from, when there is one.
        std::optional<QString> templateSubject;
        QString templateBody;
        QList<models::KnowledgeBaseRepository::Hit> sources;
        QList<models::DraftRepository::Example> examples; // the rep's edits, newest first
        QString instruction;
        bool grounded = true;
    };
    static CompletionRequest draft(const Input& input, const QString& model);

    // Rewrite: "shorter", "formal", "friendly", "translate" (into `language`), or the rep's own words.
    static CompletionRequest rewrite(const QString& subject, const QString& body, const QString& style,
                                     const QString& language, const QString& model);

    // Text as data: the fence's closing tag inside it cannot end the fence early.
    static QString fence(const QString& kind, const QString& text);

    struct Parsed
    {
        QString subject;
        QString body;
    };
    // A model's answer: "Subject:"/"Objet :" first (optional), the body after. A sign-off the model
    // added anyway ("Best regards, [Your name]") is cut: the app signs.
    static Parsed parse(const QString& answer);

    // The query a draft's sources are retrieved with: the thread's last inbound message, the
    // instruction, the company's description and industry.
    static QString retrievalQuery(const DraftContext& context, const QString& kind, const QString& instruction);
};

} // namespace sc::agents::conversation
