#include "ApiServer.h"

#include "ApiRouter.h"
#include "HttpServer.h"
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

#include <QFile>
#include <algorithm>

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
    }
    m_server = std::make_unique<http::Server>();
    configure();
    routes();
}

ApiServer::~ApiServer()
{
    stop();
}

bool ApiServer::start(QString* error)
{
    http::Server::Options options;
    if (!isLoopback(m_settings.bind)) {
        QFile cert(m_tls.certPath);
        QFile key(m_tls.keyPath);
        if (!m_tls.error.isEmpty() || !cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("binding %1 needs TLS: %2")
                         .arg(m_settings.bind,
                              m_tls.error.isEmpty() ? QStringLiteral("the certificate cannot be read") : m_tls.error);
            return false;
        }
        options.certPem = cert.readAll().toStdString();
        options.keyPem = key.readAll().toStdString();
    }
    options.bind = m_settings.bind.toStdString();
    options.port = m_settings.port;
    options.threads = std::max(2, m_settings.threads);
    options.maxBodyBytes = ApiRouter::MaxBodyBytes;
    options.idleTimeoutS = unsigned(std::max(1, m_settings.idleTimeoutS));
    options.perAddressLimit = unsigned(std::max(1, m_settings.connectionsPerAddress));
    if (!m_server->start(options, error)) {
        return false;
    }
    m_port = m_server->port();
    return true;
}

void ApiServer::stop()
{
    if (m_server) {
        m_server->stop(); // no new connections; the requests read are answered, then the threads join
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
    m_server->setLogger([this](const http::Request& req, const http::Response& res) {
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
