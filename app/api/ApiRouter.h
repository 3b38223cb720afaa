#pragma once

#include "ApiTokens.h"
#include "models/Workspace.h"

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>

class QSqlDatabase;

namespace sc::app::api::http {
class Server;
struct Request;
struct Response;
} // namespace sc::app::api::http

namespace sc::models {
class ChangeWatcher;
}

namespace sc::app::api {

class ApiContext;
class RateLimiter;
class ResponseCache;

// The steps every route of the local API shares, done once here so a route's handler does only its
// resource's work: a route names the scope it wants and its handler runs for a client whose token
// carries it (else 401, 429 or 403, with the RateLimit headers), given an ApiContext. Around every
// route: no body without a Content-Length (411), problem replies for httplib's own errors, and the
// shared pages dropped after any request that may have written.
class ApiRouter
{
public:
    enum class Method { Get, Post, Patch, Delete, Put };
    using Handler = std::function<void(ApiContext&)>;
    static constexpr size_t MaxBodyBytes = 1024 * 1024;

    // Installs the server-wide handlers on `server`; the references outlive the router.
    ApiRouter(http::Server& server, models::Workspace workspace, const ApiTokens& tokens, RateLimiter& perClient,
              ResponseCache& pages, models::ChangeWatcher& watcher);

    // A route wanting a token with `scope` ("read", "write", "approve").
    void get(const char* pattern, const char* scope, Handler handler);
    void post(const char* pattern, const char* scope, Handler handler);
    void patch(const char* pattern, const char* scope, Handler handler);
    void del(const char* pattern, const char* scope, Handler handler);
    // A route anyone may call (health, the OpenAPI document, the token endpoint).
    void open(Method method, const char* pattern, Handler handler);
    // Methods a resource does not answer: 405 with the ones it does.
    void only(const char* pattern, const char* allow, std::initializer_list<Method> others);

private:
    struct Authorized
    {
        ApiTokens::Claims client;
        const QSqlDatabase* db = nullptr;
    };
    void add(Method method, const char* pattern, const char* scope, Handler handler);
    void on(Method method, const char* pattern, std::function<void(const http::Request&, http::Response&)> run);
    void installServerHandlers();
    std::optional<Authorized> authorize(const http::Request& req, http::Response& res, const char* scope);

    http::Server& m_server;
    models::Workspace m_workspace;
    const ApiTokens& m_tokens;
    RateLimiter& m_perClient;
    ResponseCache& m_pages;
    models::ChangeWatcher& m_watcher;
};

} // namespace sc::app::api
