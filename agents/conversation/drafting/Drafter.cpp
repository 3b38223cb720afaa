#include "Drafter.h"

#include "Guardrails.h"
#include "PromptBuilder.h"
#include "agents/conversation/Embedder.h"
#include "agents/conversation/knowledge/HybridRetriever.h"
#include "agents/conversation/knowledge/KnowledgeBase.h"
#include "models/Clock.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/TemplateRepository.h"
#include "models/settings/WorkspaceSettings.h"

#include <QCoreApplication>
#include <algorithm>

namespace sc::agents::conversation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::agents::conversation::Drafter", text);
}

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("follow_up")) {
        return tr("Follow-up");
    }
    return kind == QLatin1String("reply") ? tr("Reply") : tr("First email");
}

QString languageReasonLabel(const QString& reason)
{
    if (reason == QLatin1String("thread")) {
        return tr("the conversation's language");
    }
    if (reason == QLatin1String("prospect")) {
        return tr("the prospect's language");
    }
    if (reason == QLatin1String("site")) {
        return tr("the language of their website");
    }
    if (reason == QLatin1String("country")) {
        return tr("the language of their country");
    }
    return tr("your default language");
}

// The texts a draft's addresses and links may come from: all the model was given but the prospect's
// mail bodies (Guardrails).
QString trustedText(const DraftContext& c, const QList<models::KnowledgeBaseRepository::Hit>& sources,
                    const QString& templateText, const QString& instruction)
{
    QStringList parts;
    for (auto it = c.values.cbegin(); it != c.values.cend(); ++it) {
        parts << it.value();
    }
    parts << c.prospect.fullName() << c.prospect.email << c.prospect.companyName << c.prospect.companyDomain
          << c.prospect.title << c.sender.name << c.sender.company << c.sender.signOff << templateText << instruction;
    if (c.company) {
        parts << c.company->name << c.company->domain << c.company->website << c.company->city << c.company->country
              << c.company->industry << c.company->sizeRange;
    }
    for (const auto& fact : c.facts) {
        parts << fact.value << fact.sourceUrl;
    }
    for (const auto& m : c.thread) {
        parts << m.from << m.to;
        if (!m.inbound) {
            parts << m.text;
        }
    }
    for (const auto& hit : sources) {
        parts << hit.document << hit.text;
    }
    return parts.join(QLatin1Char('\n'));
}

// What the prospect wrote: a figure or a name they gave may be quoted back.
QString threadText(const DraftContext& c)
{
    QStringList parts;
    for (const auto& m : c.thread) {
        parts << m.subject << m.text;
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

QString Drafter::kindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("first_touch") || n == QLatin1String("first_email")) {
        return QStringLiteral("first_email");
    }
    if (n == QLatin1String("follow_up") || n == QLatin1String("reply")) {
        return n;
    }
    return {};
}

QString Drafter::categoryOf(const QString& kind)
{
    if (kind == QLatin1String("follow_up")) {
        return QStringLiteral("follow_up");
    }
    return kind == QLatin1String("reply") ? QStringLiteral("reply_question") : QStringLiteral("first_touch");
}

Drafter::Drafter(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_retriever = [db = m_db](const QString& query, int limit) {
        return models::KnowledgeBaseRepository(db).search(query, limit);
    };
}

Drafter::~Drafter() = default;

void Drafter::setProvider(std::shared_ptr<LlmProvider> provider, const models::LlmRepository::Provider& info)
{
    m_provider = std::move(provider);
    m_info = info;
}

void Drafter::setRetriever(Retriever retriever)
{
    m_retriever = std::move(retriever);
}

void Drafter::setEmbedder(std::shared_ptr<Embedder> embedder)
{
    m_embedder = std::move(embedder);
    m_retriever = [this](const QString& query, int limit) {
        KnowledgeBase kb(m_db);
        const KnowledgeBase::Embedded embedded = kb.embedMissing(*m_embedder);
        const HybridRetriever::Result found = HybridRetriever(kb.repository()).search(query, limit, m_embedder.get());
        const int tokens = embedded.totalTokens + found.embeddingTokens;
        if (tokens > 0) {
            models::LlmRepository(m_db).record(
                {m_info.name, m_embedder->model(), QStringLiteral("embedding"), 0, tokens, 0},
                Clock::instance().nowMs());
        }
        return found.hits;
    };
}

QString Drafter::refusal(const DraftContext& c, const Request& request) const
{
    if (c.prospect.email.trimmed().isEmpty()) {
        return tr("%1 has no email address.").arg(c.prospect.fullName());
    }
    if (models::DoNotContactRepository(m_db).isSuppressed(c.prospect.email)) {
        return tr("%1 is on the do-not-contact list: no draft was written.").arg(c.prospect.fullName());
    }
    if (c.prospect.status == QLatin1String("unsubscribed") || c.prospect.status == QLatin1String("do_not_contact")) {
        return tr("%1 asked not to be contacted: no draft was written.").arg(c.prospect.fullName());
    }
    if (request.kind == QLatin1String("reply")) {
        if (!c.replyTo) {
            return tr("%1 has not written to you: there is nothing to reply to.").arg(c.prospect.fullName());
        }
        if (!Guardrails::answerable(c.replyTo->category)) {
            return tr("The latest message from %1 is a \"%2\": it is never answered with a sales reply.")
                .arg(c.prospect.fullName(), c.replyTo->category);
        }
    }
    return {};
}

QString Drafter::budgetProblem(qint64 now) const
{
    const models::LlmRepository llm(m_db);
    if (llm.budgetLeft(now) <= 0) {
        return tr("This month's AI budget ($%1) is spent: drafts come from your templates until next month, or "
                  "raise the budget in Settings.")
            .arg(models::WorkspaceSettings(m_db).number(models::Setting::ConversationMonthlyBudget), 0, 'f', 2);
    }
    return {};
}

bool Drafter::fromTemplate(const DraftContext& c, const Request& request, Outcome* outcome)
{
    models::TemplateRepository templates(m_db);
    std::optional<models::EmailTemplate> chosen;
    if (!request.templateName.isEmpty()) {
        chosen = templates.variant(request.templateName, c.language);
    } else {
        const QString category = categoryOf(request.kind);
        QList<models::EmailTemplate> all = templates.list();
        // The language's template of the category, the shipped one last (the rep's own come first).
        std::stable_sort(all.begin(), all.end(), [&c](const auto& a, const auto& b) {
            return std::pair(a.language != c.language, a.isDefault) < std::pair(b.language != c.language, b.isDefault);
        });
        for (const auto& t : std::as_const(all)) {
            if (t.category == category) {
                chosen = t;
                break;
            }
        }
    }
    if (!chosen) {
        return false;
    }
    TemplateRenderer::Email email = TemplateRenderer::render(*chosen, c.values);
    if (!email.unresolved.isEmpty() && email.error.isEmpty()) {
        // A value the data lacks stays visible as its tag ("Je suis {{sender_name}}."), never as a hole
        // ("Je suis ."): Approval refuses a draft holding "{{" until the rep fills it in.
        TemplateRenderer::Values marked = c.values;
        for (const QString& name : std::as_const(email.unresolved)) {
            marked.insert(name, QStringLiteral("{{%1}}").arg(name));
        }
        const QStringList unresolved = email.unresolved;
        const QStringList unknown = email.unknown;
        email = TemplateRenderer::render(*chosen, marked);
        email.unresolved = unresolved;
        email.unknown = unknown;
    }
    models::Draft& d = outcome->draft;
    d.templateName = chosen->name;
    if (!email.error.isEmpty()) {
        d.flags.append({QStringLiteral("unresolved"), email.error});
        return true;
    }
    d.subject = email.subject;
    d.body = email.body;
    d.language = chosen->language;
    for (const QString& name : email.unresolved) {
        d.flags.append({QStringLiteral("unresolved"), QStringLiteral("{{%1}}").arg(name)});
    }
    return true;
}

void Drafter::withModel(const DraftContext& c, const Request& request, qint64 now,
                        const LlmProvider::DeltaHandler& onDelta, const std::atomic<bool>* cancelled, Outcome* outcome)
{
    models::Draft& d = outcome->draft;
    const models::WorkspaceSettings settings(m_db);
    const bool grounded = settings.flag(models::Setting::ConversationGrounded);
    const QList<models::KnowledgeBaseRepository::Hit> sources = m_retriever
        ? m_retriever(PromptBuilder::retrievalQuery(c, request.kind, request.instruction), SourcesPerDraft)
        : QList<models::KnowledgeBaseRepository::Hit>();
    PromptBuilder::Input in;
    in.context = &c;
    in.kind = request.kind;
    if (!d.subject.isEmpty() || !d.body.isEmpty()) {
        in.templateSubject = d.subject;
        in.templateBody = d.body;
    }
    in.sources = sources;
    in.examples = models::DraftRepository(m_db).examples(d.templateName, request.kind, c.language, 3);
    in.instruction = request.instruction;
    in.grounded = grounded;
    const CompletionResult result = m_provider->complete(PromptBuilder::draft(in, m_info.model), onDelta, cancelled);
    outcome->firstByteToFirstDeltaUs = result.firstByteToFirstDeltaUs;
    d.inputTokens = result.usage.inputTokens;
    d.outputTokens = result.usage.outputTokens;
    d.cost = models::LlmRepository(m_db).cost(m_info.model, d.inputTokens, d.outputTokens);
    if (result.error == ErrorKind::Cancelled) {
        outcome->error = result.error;
        outcome->refused = tr("Cancelled.");
        return;
    }
    if (!result.ok() && (!result.truncated || result.text.trimmed().isEmpty())) {
        // Nothing usable came: the template's draft stands, and the rep is told why.
        outcome->error = result.error;
        outcome->notice = result.message;
        return;
    }
    const PromptBuilder::Parsed parsed = PromptBuilder::parse(result.text);
    const QString templateText
        = in.templateSubject ? *in.templateSubject + QLatin1Char('\n') + in.templateBody : QString();
    const Guardrails::Checked checked
        = Guardrails::check(parsed.subject, parsed.body, trustedText(c, sources, templateText, request.instruction),
                            threadText(c), grounded);
    d.flags.clear(); // the template's unresolved values are not in the model's text
    if (!result.ok()) {
        outcome->error = result.error;
        outcome->notice = result.message;
        d.flags.append({QStringLiteral("interrupted"),
                        tr("The model stopped before the end: read the end of this draft closely.")});
    }
    // Written by the model: the provider and model are the draft's (a failed call leaves the template's).
    d.provider = m_info.name;
    d.model = m_info.model;
    d.subject = parsed.subject.isEmpty() ? (in.templateSubject ? *in.templateSubject : QString()) : parsed.subject;
    d.body = checked.body;
    d.flags.append(checked.flags);
    d.language = c.language;
    for (const auto& hit : sources) {
        d.sources.append({hit.document, hit.chunk, hit.score});
    }
    outcome->fromModel = true;
    (void)now;
}

Drafter::Outcome Drafter::write(const Request& request, qint64 now, const LlmProvider::DeltaHandler& onDelta,
                                const std::atomic<bool>* cancelled)
{
    Outcome outcome;
    Request r = request;
    r.kind = kindFromName(request.kind);
    if (r.kind.isEmpty()) {
        outcome.refused = tr("Unknown kind \"%1\": first_touch, follow_up or reply.").arg(request.kind);
        return outcome;
    }
    const models::WorkspaceSettings settings(m_db);
    const std::optional<DraftContext> context
        = DraftContext::load(m_db, r.prospectId, r.replyTo, r.kind == QLatin1String("reply"),
                             TemplateVariables::sender(m_db), settings.text(models::Setting::ConversationLanguage));
    if (!context) {
        outcome.refused = tr("There is no prospect %1.").arg(r.prospectId);
        return outcome;
    }
    const DraftContext& c = *context;
    if (const QString why = refusal(c, r); !why.isEmpty()) {
        outcome.refused = why;
        return outcome;
    }
    models::Draft& d = outcome.draft;
    d.prospectId = c.prospect.id;
    d.prospectName = c.prospect.fullName();
    d.companyName = c.company ? c.company->name : c.prospect.companyName;
    d.kind = r.kind;
    d.toAddress = c.prospect.email;
    d.language = c.language;
    d.createdBy = QStringLiteral("conversation");
    d.instruction = r.instruction;
    d.threadId = r.kind == QLatin1String("first_email") ? 0 : c.threadId;
    d.replyTo = c.replyTo && r.kind == QLatin1String("reply") ? c.replyTo->id : 0;
    if (d.threadId > 0 && !c.thread.isEmpty()) {
        d.accountId = c.thread.last().accountId;
    }

    const bool haveTemplate = fromTemplate(c, r, &outcome);
    if (!r.templateName.isEmpty() && !haveTemplate) {
        outcome.refused = tr("There is no template named \"%1\".").arg(r.templateName);
        return outcome;
    }
    QString whyNoModel;
    if (!m_provider) {
        whyNoModel = m_noModelReason.isEmpty() ? tr("No AI provider is set up: written from your template.")
                                               : m_noModelReason + QLatin1Char(' ') + tr("Written from your template.");
    } else if (const QString budget = budgetProblem(now); !budget.isEmpty()) {
        whyNoModel = budget;
    }
    if (whyNoModel.isEmpty()) {
        withModel(c, r, now, onDelta, cancelled, &outcome);
        if (outcome.error == ErrorKind::Cancelled) {
            return outcome;
        }
    } else {
        outcome.notice = whyNoModel;
    }
    if (!outcome.fromModel && !haveTemplate) {
        outcome.refused = outcome.notice.isEmpty()
            ? tr("There is no %1 template in this language: add one in Templates.").arg(categoryOf(r.kind))
            : outcome.notice + QLatin1Char(' ')
                + tr("There is no template for this kind of email either: add one in Templates.");
        return outcome;
    }
    if (d.subject.isEmpty() && d.body.isEmpty()) {
        outcome.refused = outcome.notice.isEmpty() ? tr("The template could not be rendered.") : outcome.notice;
        return outcome;
    }
    const QString sourcesText = d.sources.isEmpty() ? tr("no document of yours")
        : d.sources.size() == 1                     ? tr("one of your documents")
                                                    : tr("%1 of your documents").arg(d.sources.size());
    d.rationale = outcome.fromModel
        ? tr("%1 for %2, in %3 (%4), written by %5 from %6.")
              .arg(kindLabel(r.kind), d.prospectName, d.language == QLatin1String("fr") ? tr("French") : tr("English"),
                   languageReasonLabel(c.languageReason), d.model, sourcesText)
        : tr("%1 for %2, in %3 (%4), from the template \"%5\".")
              .arg(kindLabel(r.kind), d.prospectName, d.language == QLatin1String("fr") ? tr("French") : tr("English"),
                   languageReasonLabel(c.languageReason), d.templateName);
    return outcome;
}

Drafter::Outcome Drafter::draft(const Request& request, qint64 now, const LlmProvider::DeltaHandler& onDelta,
                                const std::atomic<bool>* cancelled)
{
    models::DraftRepository drafts(m_db);
    if (request.draftId == 0 && drafts.hasPending(request.prospectId, kindFromName(request.kind))) {
        // One draft of a kind per prospect in Approvals: a batch run again (or resumed after a crash)
        // adds no second one; the rep regenerates the one there.
        Outcome waiting;
        waiting.refused = tr("A draft of this kind for this prospect already waits in Approvals.");
        return waiting;
    }
    Outcome outcome = write(request, now, onDelta, cancelled);
    const bool usedModel = outcome.draft.inputTokens > 0 || outcome.draft.outputTokens > 0;
    if (outcome.ok()) {
        if (request.draftId > 0) {
            if (!drafts.regenerate(request.draftId, outcome.draft, QStringLiteral("conversation"), now)) {
                outcome.refused = tr("This draft was decided meanwhile: it was not written again.");
            } else {
                outcome.draft.id = request.draftId;
            }
        } else {
            outcome.draft.id = drafts.create(outcome.draft, now);
        }
        // As stored: signed with the rep's sign-off.
        if (const auto stored = drafts.find(outcome.draft.id)) {
            outcome.draft.body = stored->body;
        }
    }
    if (usedModel) {
        // Paid for whether or not a draft came of it.
        models::LlmRepository(m_db).record({m_info.name, m_info.model, QStringLiteral("draft"), outcome.draft.id,
                                            outcome.draft.inputTokens, outcome.draft.outputTokens},
                                           now);
    }
    return outcome;
}

Drafter::Rewritten Drafter::rewrite(const QString& subject, const QString& body, const QString& style,
                                    const QString& language, qint64 now, const LlmProvider::DeltaHandler& onDelta,
                                    const std::atomic<bool>* cancelled)
{
    Rewritten out;
    if (!m_provider) {
        out.error = ErrorKind::MissingKey;
        out.message = m_noModelReason.isEmpty()
            ? tr("Rewriting needs an AI provider: add one in Settings › AI providers.")
            : m_noModelReason;
        return out;
    }
    if (const QString budget = budgetProblem(now); !budget.isEmpty()) {
        out.error = ErrorKind::SpendLimit;
        out.message = budget;
        return out;
    }
    const CompletionResult result = m_provider->complete(
        PromptBuilder::rewrite(subject, body, style, language, m_info.model), onDelta, cancelled);
    out.usage = result.usage;
    out.error = result.error;
    out.message = result.message;
    out.truncated = result.truncated;
    models::LlmRepository llm(m_db);
    if (result.usage.inputTokens > 0 || result.usage.outputTokens > 0) {
        out.cost = llm.record({m_info.name, m_info.model, QStringLiteral("rewrite"), 0, result.usage.inputTokens,
                               result.usage.outputTokens},
                              now);
    }
    if (!result.text.trimmed().isEmpty()) {
        const PromptBuilder::Parsed parsed = PromptBuilder::parse(result.text);
        // A rewrite adds no address or link the original did not have.
        const Guardrails::Checked checked
            = Guardrails::check(parsed.subject, parsed.body, subject + QLatin1Char('\n') + body, QString(), false);
        out.subject = parsed.subject.isEmpty() ? subject : parsed.subject;
        out.body = checked.body;
    }
    return out;
}

} // namespace sc::agents::conversation
