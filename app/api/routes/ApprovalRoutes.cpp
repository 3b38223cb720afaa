#include "ApprovalRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiRouter.h"
#include "app/api/HttpServer.h"
#include "models/Clock.h"
#include "models/repositories/Approval.h"
#include "models/repositories/DraftRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::api {

namespace {

void listApprovals(ApiContext& ctx)
{
    QJsonArray items;
    for (const models::Draft& d : models::DraftRepository(ctx.db()).pending()) {
        // What the Conversation agent made it from: the rep's tool decides with the same facts as Approvals.
        QJsonArray sources;
        for (const auto& source : d.sources) {
            sources.append(QJsonObject {{QStringLiteral("document"), source.document},
                                        {QStringLiteral("chunk"), source.chunk},
                                        {QStringLiteral("score"), source.score}});
        }
        QJsonArray flags;
        for (const auto& flag : d.flags) {
            flags.append(QJsonObject {{QStringLiteral("kind"), flag.kind}, {QStringLiteral("text"), flag.text}});
        }
        const auto orNull = [](const QString& s) {
            return s.isEmpty() ? QJsonValue() : QJsonValue(s);
        };
        items.append(QJsonObject {
            {QStringLiteral("id"), d.id},
            {QStringLiteral("prospect_id"), d.prospectId},
            {QStringLiteral("channel"), d.channel},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("to"), d.toAddress},
            {QStringLiteral("subject"), d.subject},
            {QStringLiteral("body"), d.body},
            {QStringLiteral("language"), d.language},
            {QStringLiteral("created_by"), d.createdBy},
            {QStringLiteral("created_at"), d.createdAt},
            {QStringLiteral("rationale"), d.rationale},
            {QStringLiteral("template"), orNull(d.templateName)},
            {QStringLiteral("provider"), orNull(d.provider)},
            {QStringLiteral("model"), orNull(d.model)},
            {QStringLiteral("tokens"),
             QJsonObject {{QStringLiteral("input"), d.inputTokens}, {QStringLiteral("output"), d.outputTokens}}},
            {QStringLiteral("cost"), d.cost},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("reply_to"), d.replyTo > 0 ? QJsonValue(d.replyTo) : QJsonValue()}});
    }
    ctx.json(200, QJsonObject {{QStringLiteral("items"), items}});
}

// Approving through the API is the rep's approval with this key's name on it: an email goes to the
// outbox (whose rules and caps still apply), a contact form to the Form Filler.
void decide(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    const bool approve = ctx.request().matches[2] == "approve";
    const QSqlDatabase& db = ctx.db();
    models::DraftRepository drafts(db);
    const std::optional<models::Draft> draft = drafts.find(id);
    if (!draft) {
        ctx.noSuch("draft", id);
        return;
    }
    if (draft->status != models::Draft::Status::Pending) {
        ctx.problem(409, "already-decided", QStringLiteral("Already decided"),
                    QStringLiteral("draft %1 is no longer pending").arg(id));
        return;
    }
    const QString actor = ctx.actor();
    const qint64 now = Clock::instance().nowMs();
    bool done = false;
    QString note;
    if (!approve) {
        done = drafts.reject(id, actor, QStringLiteral("rejected through the API"), now);
    } else {
        // The Approvals view's own path: an email to the outbox, a contact form to the Form Filler.
        const models::ApprovalOutcome outcome = models::approveDraft(db, id, actor, now);
        if (outcome.unresolved) {
            ctx.problem(422, "unresolved-variables", QStringLiteral("Unresolved template variables"), outcome.problem);
            return;
        }
        done = outcome.approved;
        note = outcome.noMailbox ? QStringLiteral("approved; it goes out once a mailbox is added") : outcome.problem;
    }
    if (!done) {
        ctx.problem(409, "already-decided", QStringLiteral("Already decided"),
                    QStringLiteral("draft %1 is no longer pending").arg(id));
        return;
    }
    QJsonObject body {{QStringLiteral("id"), id},
                      {QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
    if (!note.isEmpty()) {
        body.insert(QStringLiteral("note"), note);
    }
    ctx.json(200, body);
}

} // namespace

void registerApprovalRoutes(ApiRouter& router)
{
    router.get("/v1/approvals", "read", listApprovals);
    router.post(R"(/v1/approvals/(\d+)/(approve|reject))", "approve", decide);
}

} // namespace sc::app::api
