#include "AuthRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiReply.h"
#include "app/api/ApiRouter.h"
#include "app/api/ApiTokens.h"
#include "app/api/HttpServer.h"
#include "app/api/RateLimiter.h"
#include "models/Clock.h"
#include "models/repositories/ApiKeyRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <cmath>
#include <string>

namespace sc::app::api {

namespace {

double nowSeconds()
{
    return double(Clock::instance().nowMs()) / 1000.0;
}

// RFC 6749 §5.2's "error" beside the problem's fields, for OAuth clients.
void oauthError(http::Response& res, int status, const char* error, const char* type, const QString& title)
{
    QJsonObject body {{QStringLiteral("error"), QLatin1String(error)},
                      {QStringLiteral("type"), QLatin1String(ApiReply::ProblemBase) + QLatin1String(type)},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("status"), status}};
    res.status = status;
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.set_content(text.constData(), size_t(text.size()), "application/problem+json");
}

void issueToken(ApiContext& ctx, const ApiTokens& tokens, RateLimiter& failedTokens)
{
    const http::Request& req = ctx.request();
    http::Response& res = ctx.response();
    if (ctx.mediaType() != QLatin1String("application/x-www-form-urlencoded")) {
        ctx.problem(415, "unsupported-media-type", QStringLiteral("Unsupported media type"),
                    QStringLiteral("send application/x-www-form-urlencoded"));
        return;
    }
    const QUrlQuery form(QString::fromStdString(req.body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (grant != QLatin1String("client_credentials")) {
        oauthError(res, 400, "unsupported_grant_type", "unsupported-grant-type",
                   QStringLiteral("Only grant_type=client_credentials"));
        return;
    }
    const QString source = QString::fromStdString(req.remote_addr);
    // Brute force: an address that failed 10 times in a minute is refused before its secret is
    // even compared, the right one included.
    if (const double wait = failedTokens.waitFor(source, nowSeconds()); wait > 0) {
        res.set_header("Retry-After", std::to_string(std::max(1, int(std::ceil(wait)))));
        ctx.problem(429, "rate-limited", QStringLiteral("Too many failed attempts"),
                    QStringLiteral("10 failed token requests a minute per address"));
        return;
    }
    const std::optional<models::ApiKey> key
        = models::ApiKeyRepository(ctx.db()).verify(clientId, secret, Clock::instance().nowMs());
    if (!key) {
        failedTokens.take(source, nowSeconds()); // one failure spent
        res.set_header("WWW-Authenticate", "Basic realm=\"sales-copilot\"");
        oauthError(res, 401, "invalid_client", "invalid-client", QStringLiteral("Unknown client or wrong secret"));
        return;
    }
    const QString token = tokens.issue(key->clientId, key->scopes, qint64(nowSeconds()));
    res.set_header("Cache-Control", "no-store");
    ctx.json(200,
             QJsonObject {{QStringLiteral("access_token"), token},
                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), tokens.lifetimeS()},
                          {QStringLiteral("scope"), key->scopes.join(QLatin1Char(' '))}});
}

} // namespace

void registerAuthRoutes(ApiRouter& router, const ApiTokens& tokens, RateLimiter& failedTokens)
{
    using Method = ApiRouter::Method;
    router.open(Method::Post, "/v1/auth/token",
                [&tokens, &failedTokens](ApiContext& ctx) { issueToken(ctx, tokens, failedTokens); });
    router.only("/v1/auth/token", "POST", {Method::Get, Method::Patch, Method::Delete, Method::Put});
}

} // namespace sc::app::api
