#pragma once

#include "ApiTokens.h"
#include "RateLimiter.h"
#include "ResponseCache.h"
#include "TlsCertificate.h"
#include "models/Workspace.h"
#include "models/settings/SettingKeys.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace sc::app::api::http {
class Server;
} // namespace sc::app::api::http

namespace sc::models {
class ChangeWatcher;
}

namespace sc::app::api {

class ApiRouter;

// The workspace over HTTP/1.1 (libmicrohttpd, see the README for why): its own threads, one database
// connection per thread, never the GUI thread. /v1/health and /v1/openapi.json are open; the rest
// wants a Bearer token (POST /v1/auth/token, client credentials) with the route's scope. Writes go
// through the same repositories as the GUI: approving through the API is the rep's approval, with an
// audit row naming the key; nothing is sent or submitted that the GUI would not.
class ApiServer
{
public:
    struct Settings
    {
        // The defaults are the workspace settings' (models/settings/SettingKeys).
        QString bind = models::SettingKeys::defaultValue(models::Setting::ApiBind);
        int port = models::SettingKeys::defaultInt(models::Setting::ApiPort); // 0: any free port
        double rate = models::SettingKeys::defaultNumber(models::Setting::ApiRate); // per client, requests/s; 0: off
        double burst = models::SettingKeys::defaultNumber(models::Setting::ApiBurst);
        // Event loops, each answering its own connections' requests (one database connection each).
        int threads = 8;
        int idleTimeoutS = 2; // a connection that sends nothing this long is closed
        int connectionsPerAddress = 64; // open at once from one address (wrk in bench_api uses 32)
        int tokenLifetimeS = ApiTokens::DefaultLifetimeS;
    };
    ApiServer(models::Workspace workspace, QByteArray signingKey, Settings settings);
    ~ApiServer();

    // Binds and starts serving on its own threads; false with *error when the address is refused.
    // Another address than 127.0.0.1 is served over TLS only (TlsCertificate).
    bool start(QString* error);
    int port() const { return m_port; }
    QString bindAddress() const { return m_settings.bind; }
    // "http://127.0.0.1:8765", or https beyond the loopback address.
    QString url() const;
    // "https" beyond 127.0.0.1, with the certificate's SHA-256 fingerprint to pin; else "http".
    bool tls() const { return !isLoopback(m_settings.bind); }
    QString tlsFingerprint() const { return m_tls.sha256; }
    static bool isLoopback(const QString& address);
    // Stops accepting, lets the requests in flight finish, joins the threads.
    void stop();

    struct RequestLine
    {
        qint64 at = 0;
        QString method;
        QString path;
        int status = 0;
    };
    QList<RequestLine> recentRequests() const;

private:
    void configure(); // limits, timeouts and the request log of the server itself
    void routes(); // the router and each resource's routes (routes/)

    models::Workspace m_workspace;
    ApiTokens m_tokens;
    Settings m_settings;
    RateLimiter m_perClient;
    RateLimiter m_failedTokens; // per source address: 10 failed token requests a minute
    TlsCertificate m_tls;
    std::unique_ptr<models::ChangeWatcher> m_watcher; // has the workspace changed: one answer for all threads
    ResponseCache m_pages; // prospect list pages, shared by the pool threads until the workspace changes
    std::unique_ptr<ApiRouter> m_router; // before m_server: its handlers never outlive the router
    std::unique_ptr<http::Server> m_server;
    int m_port = 0;
    mutable std::mutex m_logMutex;
    QList<RequestLine> m_log;
};

} // namespace sc::app::api
