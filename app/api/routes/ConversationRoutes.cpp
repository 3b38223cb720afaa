#include "ConversationRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiCursor.h"
#include "app/api/ApiRouter.h"
#include "app/api/HttpServer.h"
#include "models/Clock.h"
#include "models/repositories/ConversationRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <string>

namespace sc::app::api {

namespace {

using models::ConversationRepository;

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject threadJson(const ConversationRepository::Thread& t)
{
    return QJsonObject {{QStringLiteral("id"), t.id},
                        {QStringLiteral("subject"), t.subject},
                        {QStringLiteral("counterpart"), t.counterpart},
                        {QStringLiteral("category"), nullable(t.category)},
                        {QStringLiteral("last_message_at"), t.lastMessageAt},
                        {QStringLiteral("message_count"), t.messages},
                        {QStringLiteral("unread"), t.unread},
                        {QStringLiteral("needs_review"), t.needsReview},
                        {QStringLiteral("prospect_id"), t.prospectId > 0 ? QJsonValue(t.prospectId) : QJsonValue()}};
}

QJsonObject messageJson(const ConversationRepository::Message& m)
{
    QJsonArray references;
    for (const QString& r : m.references) {
        references.append(r);
    }
    return QJsonObject {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("thread_id"), m.threadId},
        {QStringLiteral("direction"), m.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
        {QStringLiteral("from"), m.from},
        {QStringLiteral("to"), m.to},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("sent_at"), m.sentAt},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("html"), nullable(m.html)},
        {QStringLiteral("category"), nullable(m.category)},
        {QStringLiteral("confidence"), m.inbound && !m.category.isEmpty() ? QJsonValue(m.confidence) : QJsonValue()},
        {QStringLiteral("needs_review"), m.needsReview},
        {QStringLiteral("message_id"), nullable(m.messageId)},
        {QStringLiteral("references"), references}};
}

void invalidParameter(const ApiContext& ctx, const QString& detail)
{
    ctx.problem(422, "invalid-parameter", QStringLiteral("Invalid parameter"), detail);
}

// ?cursor=, ?category=, ?unread=, ?prospect_id= and ?query=, else 422.
std::optional<ConversationRepository::ThreadFilter> threadFilter(const ApiContext& ctx)
{
    const http::Request& req = ctx.request();
    ConversationRepository::ThreadFilter filter;
    const std::optional<QList<qint64>> cursor = ctx.cursor('t', 2);
    if (!cursor) {
        return std::nullopt;
    }
    if (!cursor->isEmpty()) {
        filter.beforeLastAt = cursor->at(0);
        filter.beforeId = cursor->at(1);
    }
    if (req.has_param("category")) {
        filter.category = QString::fromStdString(req.get_param_value("category"));
        if (!ConversationRepository::categories().contains(filter.category)) {
            invalidParameter(ctx,
                             QStringLiteral("category is one of: %1")
                                 .arg(ConversationRepository::categories().join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    if (req.has_param("unread")) {
        const std::string unread = req.get_param_value("unread");
        if (unread != "true" && unread != "false") {
            invalidParameter(ctx, QStringLiteral("unread is true or false"));
            return std::nullopt;
        }
        filter.unreadOnly = unread == "true";
    }
    if (req.has_param("prospect_id")) {
        bool ok = false;
        filter.prospectId = QString::fromStdString(req.get_param_value("prospect_id")).toLongLong(&ok);
        if (!ok || filter.prospectId < 1) {
            invalidParameter(ctx, QStringLiteral("prospect_id is a prospect's id"));
            return std::nullopt;
        }
    }
    filter.text = QString::fromStdString(req.get_param_value("query"));
    return filter;
}

void listThreads(ApiContext& ctx)
{
    const std::optional<int> limited = ctx.limit();
    if (!limited) {
        return;
    }
    const int limit = *limited;
    const std::optional<ConversationRepository::ThreadFilter> filter = threadFilter(ctx);
    if (!filter) {
        return;
    }
    const QList<ConversationRepository::Thread> threads = ConversationRepository(ctx.db()).threads(*filter, limit + 1);
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(threads.size(), limit); ++i) {
        items.append(threadJson(threads.at(i)));
    }
    const bool more = threads.size() > limit;
    const ConversationRepository::Thread* last = more ? &threads.at(limit - 1) : nullptr;
    ctx.json(200,
             QJsonObject {{QStringLiteral("items"), items},
                          {QStringLiteral("next_cursor"),
                           last ? QJsonValue(ApiCursor::encode('t', {last->lastMessageAt, last->id}))
                                : QJsonValue(QJsonValue::Null)}});
}

void getThread(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    const ConversationRepository repo(ctx.db());
    const std::optional<ConversationRepository::Thread> thread = repo.thread(id);
    if (!thread) {
        ctx.noSuch("thread", id);
        return;
    }
    QJsonArray messages;
    for (const ConversationRepository::Message& m : repo.messages(id)) {
        messages.append(messageJson(m));
    }
    QJsonObject body = threadJson(*thread);
    body.insert(QStringLiteral("messages"), messages);
    ctx.json(200, body);
}

void getMessage(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    const std::optional<ConversationRepository::Message> m = ConversationRepository(ctx.db()).message(id);
    if (!m) {
        ctx.noSuch("message", id);
        return;
    }
    ctx.json(200, messageJson(*m));
}

// The rep's correction, as in the Conversations view: {"category": "..."} on an inbound message.
void correctMessage(ApiContext& ctx)
{
    const std::optional<QJsonObject> body = ctx.jsonBody();
    if (!body) {
        return;
    }
    const QStringList& categories = ConversationRepository::categories();
    if (body->size() != 1 || !body->value(QStringLiteral("category")).isString()
        || !categories.contains(body->value(QStringLiteral("category")).toString())) {
        ctx.problem(422, "invalid-field", QStringLiteral("Invalid value"),
                    QStringLiteral("send {\"category\": one of %1}").arg(categories.join(QStringLiteral(", "))));
        return;
    }
    const qint64 id = ctx.pathId();
    ConversationRepository repo(ctx.db());
    const std::optional<ConversationRepository::Message> m = repo.message(id);
    if (!m) {
        ctx.noSuch("message", id);
        return;
    }
    if (!m->inbound) {
        ctx.problem(422, "validation", QStringLiteral("The change was refused"),
                    QStringLiteral("only a message the prospect sent has a category"));
        return;
    }
    repo.correct(id, body->value(QStringLiteral("category")).toString(), ctx.actor(), Clock::instance().nowMs());
    ctx.json(200, messageJson(*repo.message(id)));
}

} // namespace

void registerConversationRoutes(ApiRouter& router)
{
    using Method = ApiRouter::Method;
    router.get("/v1/threads", "read", listThreads);
    router.only("/v1/threads", "GET", {Method::Post, Method::Patch, Method::Delete, Method::Put});
    router.get(R"(/v1/threads/(\d+))", "read", getThread);
    router.only(R"(/v1/threads/(\d+))", "GET", {Method::Post, Method::Patch, Method::Delete, Method::Put});
    router.get(R"(/v1/messages/(\d+))", "read", getMessage);
    router.patch(R"(/v1/messages/(\d+))", "write", correctMessage);
    router.only(R"(/v1/messages/(\d+))", "GET, PATCH", {Method::Post, Method::Delete, Method::Put});
}

} // namespace sc::app::api
