#include "ApiRouter.h"

#include "ApiContext.h"
#include "ApiReply.h"
#include "PoolConnection.h"
#include "RateLimiter.h"
#include "ResponseCache.h"
#include "app/api/HttpServer.h"
#include "models/Clock.h"
#include "models/repositories/ApiKeyRepository.h"
#include "models/store/ChangeWatcher.h"
#include "models/store/Database.h"
#include "models/store/StoreError.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <cmath>
#include <string>

Q_LOGGING_CATEGORY(lcApi, "salescopilot.api")

namespace sc::app::api {

namespace {

// What a 500 hands the client instead of its cause: a random id the server's log pairs with the
// detail (SQL, a path, an exception text), so a script's author can report it and the rep find it.
QString newRequestId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36).rightJustified(13, QLatin1Char('0'));
}

double nowSeconds()
{
    return double(Clock::instance().nowMs()) / 1000.0;
}

// What each pool thread knows of the workspace: the data_version its own SQLite connection last
// reported (which changes when another connection commits), and the tokens it has already checked.
struct ThreadState
{
    QString connection;
    qint64 dataVersion = -1;
    // Tokens already checked (signature, claims, their key not revoked): a revocation is a change of
    // the database, which empties this too.
    QHash<QString, ApiTokens::Claims> tokens;
};

// Called at the start of every authenticated request. When this thread's connection says another
// connection committed since its last request, its tokens are checked again, and the shared pages
// are dropped, once per change whichever thread sees it first (the workspace's ChangeWatcher).
ThreadState& freshState(const QSqlDatabase& db, ResponseCache& pages, models::ChangeWatcher& watcher)
{
    thread_local ThreadState state;
    const qint64 now = models::Database::dataVersion(db);
    const QString connection = db.connectionName();
    if (now != state.dataVersion || connection != state.connection) {
        watcher.check([&pages] { pages.invalidate(); });
        state.tokens.clear();
        state.dataVersion = now;
        state.connection = connection;
    }
    if (state.tokens.size() > 1024) {
        state.tokens.clear();
    }
    return state;
}

bool mayWrite(const http::Request& req)
{
    return req.method != "GET" && req.method != "HEAD";
}

} // namespace

ApiRouter::ApiRouter(http::Server& server, models::Workspace workspace, const ApiTokens& tokens, RateLimiter& perClient,
                     ResponseCache& pages, models::ChangeWatcher& watcher)
    : m_server(server)
    , m_workspace(std::move(workspace))
    , m_tokens(tokens)
    , m_perClient(perClient)
    , m_pages(pages)
    , m_watcher(watcher)
{
    installServerHandlers();
}

void ApiRouter::get(const char* pattern, const char* scope, Handler handler)
{
    add(Method::Get, pattern, scope, std::move(handler));
}

void ApiRouter::post(const char* pattern, const char* scope, Handler handler)
{
    add(Method::Post, pattern, scope, std::move(handler));
}

void ApiRouter::patch(const char* pattern, const char* scope, Handler handler)
{
    add(Method::Patch, pattern, scope, std::move(handler));
}

void ApiRouter::del(const char* pattern, const char* scope, Handler handler)
{
    add(Method::Delete, pattern, scope, std::move(handler));
}

void ApiRouter::open(Method method, const char* pattern, Handler handler)
{
    on(method, pattern, [this, handler = std::move(handler)](const http::Request& req, http::Response& res) {
        ApiContext context(req, res, nullptr, nullptr, m_workspace, m_pages);
        handler(context);
    });
}

void ApiRouter::add(Method method, const char* pattern, const char* scope, Handler handler)
{
    on(method, pattern, [this, scope, handler = std::move(handler)](const http::Request& req, http::Response& res) {
        const std::optional<Authorized> authorized = authorize(req, res, scope);
        if (!authorized) {
            return;
        }
        ApiContext context(req, res, &authorized->client, authorized->db, m_workspace, m_pages);
        handler(context);
    });
}

void ApiRouter::only(const char* pattern, const char* allow, std::initializer_list<Method> others)
{
    for (const Method method : others) {
        on(method, pattern, [allow](const http::Request&, http::Response& res) {
            res.set_header("Allow", allow);
            ApiReply::problem(res, 405, "method-not-allowed", QStringLiteral("Method not allowed"),
                              QStringLiteral("allowed: %1").arg(QLatin1String(allow)));
        });
    }
}

void ApiRouter::on(Method method, const char* pattern, std::function<void(const http::Request&, http::Response&)> run)
{
    static constexpr const char* Names[] = {"GET", "POST", "PATCH", "DELETE", "PUT"};
    m_server.route(Names[int(method)], pattern, std::move(run));
}

void ApiRouter::installServerHandlers()
{
    // A body sent without Content-Length (Transfer-Encoding) has no size to check before it is
    // read, and no key is needed to send one: refused before it is read.
    m_server.setPreRouting([](const http::Request& req, http::Response& res) {
        if (req.has_header("Transfer-Encoding")) {
            res.set_header("Connection", "close");
            ApiReply::problem(res, 411, "length-required", QStringLiteral("Length required"),
                              QStringLiteral("send the body with a Content-Length"));
            return true;
        }
        return false;
    });
    // A thread never sees its own commits in its data_version: whatever a request that may write did
    // (answered, refused or failed half-way), the shared pages are dropped before it is answered.
    m_server.setPostRouting([this](const http::Request& req, http::Response&) {
        if (mayWrite(req)) {
            m_pages.invalidate();
        }
    });
    m_server.setErrorHandler([](const http::Request&, http::Response& res) {
        if (!res.body.empty()) {
            return;
        }
        switch (res.status) {
        case 404:
            ApiReply::problem(res, 404, "not-found", QStringLiteral("No such resource"));
            break;
        case 413:
            ApiReply::problem(res, 413, "too-large", QStringLiteral("Request body too large"),
                              QStringLiteral("at most %1 bytes").arg(MaxBodyBytes));
            break;
        case 414:
            ApiReply::problem(res, 414, "uri-too-long", QStringLiteral("Request line too long"));
            break;
        case 431:
            ApiReply::problem(res, 431, "headers-too-large", QStringLiteral("Request headers too large"));
            break;
        case 400:
            ApiReply::problem(res, 400, "bad-request", QStringLiteral("Malformed request"));
            break;
        default:
            ApiReply::problem(res, res.status, "http-error", QStringLiteral("HTTP error"));
        }
    });
    m_server.setExceptionHandler([this](const http::Request& req, http::Response& res, std::exception_ptr ep) {
        if (mayWrite(req)) {
            m_pages.invalidate(); // it may have committed before it failed
        }
        QString detail;
        try {
            std::rethrow_exception(ep);
        } catch (const models::StoreError& e) {
            detail = e.message();
        } catch (const std::exception& e) {
            detail = QString::fromUtf8(e.what());
        } catch (...) {
            detail = QStringLiteral("unknown error");
        }
        const QString requestId = newRequestId();
        qCCritical(lcApi).noquote() << "request" << requestId << QString::fromStdString(req.method)
                                    << QString::fromStdString(req.path) << "failed:" << detail;
        res.set_header("X-Request-Id", requestId.toStdString());
        ApiReply::problem(res, 500, "internal", QStringLiteral("Internal error"),
                          QStringLiteral("request %1: the server's log has the detail").arg(requestId));
    });
}

std::optional<ApiRouter::Authorized> ApiRouter::authorize(const http::Request& req, http::Response& res,
                                                          const char* scope)
{
    const QString header = QString::fromStdString(req.get_header_value("Authorization"));
    if (!header.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"sales-copilot\"");
        ApiReply::problem(res, 401, "unauthorized", QStringLiteral("Authentication required"),
                          QStringLiteral("send Authorization: Bearer <access token> (POST /v1/auth/token)"));
        return std::nullopt;
    }
    const QString token = header.mid(7).trimmed();
    const QSqlDatabase& db = PoolConnection::of(m_workspace);
    ThreadState& cache = freshState(db, m_pages, m_watcher);
    std::optional<Authorized> authorized;
    const auto known = cache.tokens.constFind(token);
    const bool cached = known != cache.tokens.cend() && qint64(nowSeconds()) < known->expiresAt;
    if (cached) {
        authorized = Authorized {*known, &db};
    }
    QString why;
    if (!authorized) {
        if (std::optional<ApiTokens::Claims> claims = m_tokens.verify(token, qint64(nowSeconds()), &why)) {
            authorized = Authorized {std::move(*claims), &db};
        }
    }
    if (!authorized) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"sales-copilot\", error=\"invalid_token\"");
        ApiReply::problem(res, 401, "invalid-token", QStringLiteral("Invalid access token"), why);
        return std::nullopt;
    }
    const ApiTokens::Claims& claims = authorized->client;
    // A revoked key's tokens stop at once, however long they had left (checked when the token is not
    // in the cache; a revocation changes the database, which empties the cache).
    if (!cached) {
        const std::optional<models::ApiKey> key = models::ApiKeyRepository(db).findByClientId(claims.clientId);
        if (!key || key->revoked()) {
            res.set_header("WWW-Authenticate", "Bearer realm=\"sales-copilot\", error=\"invalid_token\"");
            ApiReply::problem(res, 401, "invalid-token", QStringLiteral("Invalid access token"),
                              QStringLiteral("the key of this token was revoked"));
            return std::nullopt;
        }
        cache.tokens.insert(token, claims);
    }
    const RateLimiter::Decision d = m_perClient.take(claims.clientId, nowSeconds());
    if (m_perClient.rate() > 0) {
        res.set_header(
            "RateLimit-Policy",
            QStringLiteral("%1;w=%2;burst=%3").arg(m_perClient.rate()).arg(1).arg(m_perClient.burst()).toStdString());
        res.set_header("RateLimit",
                       QStringLiteral("limit=%1, remaining=%2, reset=%3")
                           .arg(int(m_perClient.burst()))
                           .arg(d.remaining)
                           .arg(int(std::ceil(d.resetS)))
                           .toStdString());
    }
    if (!d.allowed) {
        res.set_header("Retry-After", std::to_string(std::max(1, int(std::ceil(d.retryAfterS)))));
        ApiReply::problem(
            res, 429, "rate-limited", QStringLiteral("Too many requests"),
            QStringLiteral("%1 requests a second, bursts of %2").arg(m_perClient.rate()).arg(m_perClient.burst()));
        return std::nullopt;
    }
    if (!claims.scopes.contains(QLatin1String(scope))) {
        ApiReply::problem(res, 403, "insufficient-scope", QStringLiteral("Missing scope"),
                          QStringLiteral("this route needs the \"%1\" scope").arg(QLatin1String(scope)));
        return std::nullopt;
    }
    return authorized;
}

} // namespace sc::app::api
