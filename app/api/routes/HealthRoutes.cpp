#include "HealthRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiRouter.h"
#include "app/api/HttpServer.h"

#include <QFile>
#include <QJsonObject>

namespace sc::app::api {

void registerHealthRoutes(ApiRouter& router)
{
    using Method = ApiRouter::Method;
    router.open(Method::Get, "/v1/health", [](ApiContext& ctx) {
        ctx.json(200, QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    router.only("/v1/health", "GET", {Method::Post, Method::Patch, Method::Delete, Method::Put});
    router.open(Method::Get, "/v1/openapi.json", [](ApiContext& ctx) {
        QFile file(QStringLiteral(":/api/openapi.json"));
        const QByteArray doc = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        ctx.response().set_content(doc.constData(), size_t(doc.size()), "application/json");
    });
}

} // namespace sc::app::api
