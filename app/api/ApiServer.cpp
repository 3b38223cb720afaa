#include "ApiServer.h"

#include "ApiRouter.h"
#include "models/Clock.h"
#include "models/store/ChangeWatcher.h"
#include "routes/ApprovalRoutes.h"
#include "routes/AuthRoutes.h"
#include "routes/CompanyRoutes.h"
#include "routes/ConversationRoutes.h"
#include "routes/DoNotContactRoutes.h"
#include "routes/HealthRoutes.h"
#include "routes/JobRoutes.h"
#include "routes/ProspectRoutes.h"

#include <chrono>
#include <httplib.h>
#include <string>
#include <thread>

namespace sc::app::api {

bool ApiServer::isLoopback(const QString& address)
{
    return address == QLatin1String("127.0.0.1") || address == QLatin1String("::1")
        || address == QLatin1String("localhost");
}

ApiServer::ApiServer(models::Workspace workspace, QByteArray signingKey, Settings settings)
    : m_workspace(std::move(workspace))
    , m_tokens(std::move(signingKey), settings.tokenLifetimeS)
    , m_settings(std::move(settings))
    , m_perClient(m_settings.rate, m_settings.burst)
    , m_failedTokens(10.0 / 60.0, 10)
    , m_watcher(std::make_unique<models::ChangeWatcher>(m_workspace.databasePath()))
{
    // Beyond the loopback address only with TLS: the workspace's own self-signed certificate.
    if (!isLoopback(m_settings.bind)) {
        m_tls = TlsCertificate::ensure(m_workspace.directory());
        if (m_tls.error.isEmpty()) {
            m_server = std::make_unique<httplib::SSLServer>(m_tls.certPath.toLocal8Bit().constData(),
                                                            m_tls.keyPath.toLocal8Bit().constData());
        }
    }
    if (!m_server) {
        m_server = std::make_unique<httplib::Server>();
    }
    configure();
    routes();
}

ApiServer::~ApiServer()
{
    stop();
}

bool ApiServer::start(QString* error)
{
    if (!isLoopback(m_settings.bind) && (!m_tls.error.isEmpty() || !m_server->is_valid())) {
        *error = QStringLiteral("binding %1 needs TLS: %2")
                     .arg(m_settings.bind,
                          m_tls.error.isEmpty() ? QStringLiteral("the certificate was refused") : m_tls.error);
        return false;
    }
    const int threads = std::max(4, m_settings.threads);
    m_server->new_task_queue = [threads] {
        return new httplib::ThreadPool(size_t(threads));
    };
    // cpp-httplib listens with a backlog of 5 (built into Debian's library): 32 clients connecting at
    // once overflow it, and the dropped handshakes cost those clients a 200-400 ms retransmission.
    // Its socket-options hook hands us the listening socket; listen() again on it raises the backlog.
    // httplib's default options add SO_REUSEPORT: a second workspace (or any program of the user) on
    // the same port would then share its connections, key secrets included, instead of being refused.
    m_server->set_socket_options([this](socket_t sock) {
        int yes = 1;
#ifdef _WIN32
        setsockopt(sock, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char*>(&yes), sizeof(yes));
#else
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
#endif
        m_listenSocket = qint64(sock);
    });
    const std::string host = m_settings.bind.toStdString();
    if (m_settings.port == 0) {
        m_port = m_server->bind_to_any_port(host);
    } else if (m_server->bind_to_port(host, m_settings.port)) {
        m_port = m_settings.port;
    }
    if (m_port <= 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (in use?)").arg(m_settings.bind).arg(m_settings.port);
        return false;
    }
    if (m_listenSocket != -1) {
        ::listen(socket_t(m_listenSocket), SOMAXCONN);
    }
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    // httplib's stop() is a no-op until the loop runs: wait for it, so a stop right after a start
    // (a quick toggle in Settings, SIGTERM at once) cannot leave the thread behind.
    for (int i = 0; i < 500 && !m_server->is_running(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

void ApiServer::stop()
{
    if (m_thread.joinable()) {
        m_server->stop(); // no new connections; the pool finishes what it started, then joins
        m_thread.join();
    }
}

QString ApiServer::url() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(tls() ? QStringLiteral("https") : QStringLiteral("http"), m_settings.bind)
        .arg(m_port);
}

QList<ApiServer::RequestLine> ApiServer::recentRequests() const
{
    const std::lock_guard<std::mutex> lock(m_logMutex);
    return m_log;
}

void ApiServer::configure()
{
    httplib::Server& s = *m_server;
    s.set_payload_max_length(ApiRouter::MaxBodyBytes);
    s.set_read_timeout(5, 0); // a client that trickles its request loses it; others are not held up
    s.set_write_timeout(5, 0);
    s.set_keep_alive_timeout(5);
    s.set_keep_alive_max_count(10000);
    s.set_tcp_nodelay(true); // a response is headers then body: without it Nagle holds the body for the ACK
    s.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
        RequestLine line;
        line.at = Clock::instance().nowMs();
        line.method = QString::fromStdString(req.method);
        line.path = QString::fromStdString(req.path);
        line.status = res.status;
        const std::lock_guard<std::mutex> lock(m_logMutex);
        m_log.append(line);
        if (m_log.size() > 200) {
            m_log.removeFirst();
        }
    });
}

// One file per resource in routes/; the router authorizes, hands over the connection and answers
// the errors every route shares.
void ApiServer::routes()
{
    m_router = std::make_unique<ApiRouter>(*m_server, m_workspace, m_tokens, m_perClient, m_pages, *m_watcher);
    ApiRouter& router = *m_router;
    registerHealthRoutes(router);
    registerAuthRoutes(router, m_tokens, m_failedTokens);
    registerProspectRoutes(router);
    registerApprovalRoutes(router);
    registerCompanyRoutes(router);
    registerDoNotContactRoutes(router);
    registerJobRoutes(router);
    registerConversationRoutes(router);
}

} // namespace sc::app::api
