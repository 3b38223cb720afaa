#include "DoNotContactRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiRouter.h"
#include "app/api/HttpServer.h"
#include "models/Clock.h"
#include "models/repositories/DoNotContactRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace sc::app::api {

namespace {

void listEntries(ApiContext& ctx)
{
    QJsonArray items;
    for (const auto& e : models::DoNotContactRepository(ctx.db()).list()) {
        items.append(QJsonObject {{QStringLiteral("value"), e.value},
                                  {QStringLiteral("kind"), e.kind},
                                  {QStringLiteral("reason"), e.reason},
                                  {QStringLiteral("created_at"), e.createdAt}});
    }
    ctx.json(200, QJsonObject {{QStringLiteral("items"), items}});
}

void addEntry(ApiContext& ctx)
{
    const std::optional<QJsonObject> body = ctx.jsonBody();
    if (!body) {
        return;
    }
    if (!body->value(QStringLiteral("value")).isString()) {
        ctx.problem(422, "invalid-field", QStringLiteral("Invalid field"),
                    QStringLiteral("{\"value\": address or domain, \"reason\": text}"));
        return;
    }
    QString why;
    const QString stored = models::DoNotContactRepository(ctx.db()).add(
        body->value(QStringLiteral("value")).toString(), body->value(QStringLiteral("reason")).toString(),
        Clock::instance().nowMs(), &why);
    if (stored.isEmpty()) {
        ctx.problem(422, "validation", QStringLiteral("Not an address or a domain"), why);
        return;
    }
    ctx.json(201, QJsonObject {{QStringLiteral("value"), stored}});
}

void removeEntry(ApiContext& ctx)
{
    const QString value = QUrl::fromPercentEncoding(QByteArray::fromStdString(ctx.request().matches[1]));
    if (!models::DoNotContactRepository(ctx.db()).remove(value)) {
        ctx.problem(404, "not-found", QStringLiteral("Not on the list"), value);
        return;
    }
    ctx.response().status = 204;
}

} // namespace

void registerDoNotContactRoutes(ApiRouter& router)
{
    router.get("/v1/do-not-contact", "read", listEntries);
    router.post("/v1/do-not-contact", "write", addEntry);
    router.del(R"(/v1/do-not-contact/([^/]+))", "write", removeEntry);
}

} // namespace sc::app::api
