#include "ApiServer.h"

#include "ResponseCache.h"
#include "models/Clock.h"
#include "models/import/Normalize.h"
#include "models/repositories/ActivityRepository.h"
#include "models/repositories/ApiKeyRepository.h"
#include "models/repositories/Approval.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/ConversationRepository.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/ChangeWatcher.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"
#include "models/store/SqlDialect.h"
#include "models/store/StoreError.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <httplib.h>
#include <optional>
#include <string>
#include <thread>

namespace sc::app::api {

namespace {

constexpr size_t MaxBodyBytes = 1024 * 1024;
const char* const ProblemBase = "https://salescopilot.example/problems/";

double nowSeconds()
{
    return double(Clock::instance().nowMs()) / 1000.0;
}

void json(httplib::Response& res, int status, const QJsonValue& body)
{
    res.status = status;
    const QByteArray text = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    res.set_content(text.constData(), size_t(text.size()), "application/json");
}

// RFC 9457: a stable type per kind of error, the status, a title and what went wrong this time.
void problem(httplib::Response& res, int status, const char* type, const QString& title, const QString& detail = {})
{
    QJsonObject body {{QStringLiteral("type"), QLatin1String(ProblemBase) + QLatin1String(type)},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("status"), status}};
    if (!detail.isEmpty()) {
        body.insert(QStringLiteral("detail"), detail);
    }
    res.status = status;
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.set_content(text.constData(), size_t(text.size()), "application/problem+json");
}

QString mediaType(const httplib::Request& req)
{
    return QString::fromStdString(req.get_header_value("Content-Type"))
        .section(QLatin1Char(';'), 0, 0)
        .trimmed()
        .toLower();
}

// The list endpoint writes its JSON straight into the answer: QJsonObject's tree costs more than the
// query that fills it.
void appendString(std::string* out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out->push_back('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out->append(escaped);
            } else {
                out->push_back(c);
            }
        }
    }
    out->push_back('"');
}

void appendNullableString(std::string* out, const QString& text)
{
    if (text.isEmpty()) {
        out->append("null");
    } else {
        appendString(out, text);
    }
}

// A prospect as every route gives it (the list, one prospect, a creation, a change).
void appendProspect(std::string* out, const models::Prospect& p)
{
    out->append("{\"id\":").append(std::to_string(p.id));
    out->append(",\"first_name\":");
    appendString(out, p.firstName);
    out->append(",\"last_name\":");
    appendString(out, p.lastName);
    out->append(",\"email\":");
    appendNullableString(out, p.email);
    out->append(",\"title\":");
    appendNullableString(out, p.title);
    out->append(",\"phone\":");
    appendNullableString(out, p.phone);
    out->append(",\"stage\":");
    appendString(out, p.status);
    out->append(",\"score\":").append(std::to_string(p.score));
    out->append(",\"created_at\":").append(std::to_string(p.createdAt));
    out->append(",\"company\":");
    if (p.companyId > 0) {
        out->append("{\"id\":").append(std::to_string(p.companyId)).append(",\"name\":");
        appendString(out, p.companyName);
        out->append(",\"domain\":");
        appendString(out, p.companyDomain);
        out->push_back('}');
    } else {
        out->append("null");
    }
    out->push_back('}');
}

void prospectAnswer(httplib::Response& res, int status, const models::Prospect& p)
{
    std::string out;
    appendProspect(&out, p);
    res.status = status;
    res.set_content(out, "application/json");
}

// Each pool thread keeps its connection: no lookup in Qt's connection registry per request.
// Closes a pool thread's connection when the thread ends (a server restarted from Settings would
// otherwise leave its threads' connections open).
struct ThreadConnection
{
    std::optional<models::Workspace> workspace;
    QSqlDatabase db;
    ~ThreadConnection()
    {
        if (workspace) {
            db = QSqlDatabase();
            workspace->releaseConnection();
        }
    }
};

QSqlDatabase threadConnection(const models::Workspace& workspace)
{
    thread_local ThreadConnection held;
    if (!held.workspace || held.workspace->databasePath() != workspace.databasePath() || !held.db.isOpen()) {
        held.db = workspace.connection();
        held.workspace = workspace;
    }
    return held.db;
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

ThreadState& threadState()
{
    thread_local ThreadState state;
    return state;
}

// Called at the start of every authenticated request. When this thread's connection says another
// connection committed since its last request, its tokens are checked again, and the shared pages
// are dropped, once per change whichever thread sees it first (the workspace's ChangeWatcher).
ThreadState& freshState(const QSqlDatabase& db, ResponseCache& pages, models::ChangeWatcher& watcher)
{
    ThreadState& state = threadState();
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

// A JSON object body, or nullopt with the 415 / 400 answered.
std::optional<QJsonObject> jsonBody(const httplib::Request& req, httplib::Response& res)
{
    const QString media = mediaType(req);
    if (media != QLatin1String("application/json") && media != QLatin1String("application/merge-patch+json")) {
        problem(res, 415, "unsupported-media-type", QStringLiteral("Unsupported media type"),
                QStringLiteral("send application/json"));
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem(res, 400, "malformed-json", QStringLiteral("Malformed JSON"),
                error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object"));
        return std::nullopt;
    }
    return doc.object();
}

// Cursors are opaque to clients: where the last page ended ("p:<id>" for prospects and companies,
// "t:<ms>:<id>" for threads), so a page never moves when rows are added.
QString encodeCursor(char tag, std::initializer_list<qint64> position)
{
    QByteArray raw(1, tag);
    for (const qint64 n : position) {
        raw += ':' + QByteArray::number(n);
    }
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The cursor's numbers (each >= 0), when it is one of ours with that tag and that many.
std::optional<QList<qint64>> decodeCursor(const QString& cursor, char tag, qsizetype count)
{
    const QList<QByteArray> parts = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).split(':');
    if (parts.size() != count + 1 || parts.first() != QByteArray(1, tag)) {
        return std::nullopt;
    }
    QList<qint64> numbers;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        numbers.append(parts.at(i).toLongLong(&ok));
        if (!ok || numbers.last() < 0) {
            return std::nullopt;
        }
    }
    return numbers;
}

// ?limit= and ?cursor= of a page ordered by id, or nullopt with the 422 answered.
struct Paging
{
    int limit = 50;
    qint64 after = 0;
};
// ?limit= (1-200, 50 by default), or nullopt with the 422 answered.
std::optional<int> limitOf(const httplib::Request& req, httplib::Response& res)
{
    if (!req.has_param("limit")) {
        return 50;
    }
    bool ok = false;
    const int limit = QString::fromStdString(req.get_param_value("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 200) {
        problem(res, 422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                QStringLiteral("limit is a number from 1 to 200"));
        return std::nullopt;
    }
    return limit;
}

std::optional<Paging> pagingOf(const httplib::Request& req, httplib::Response& res)
{
    Paging paging;
    const std::optional<int> limit = limitOf(req, res);
    if (!limit) {
        return std::nullopt;
    }
    paging.limit = *limit;
    if (req.has_param("cursor")) {
        const auto c = decodeCursor(QString::fromStdString(req.get_param_value("cursor")), 'p', 1);
        if (!c) {
            problem(res, 422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                    QStringLiteral("cursor is not one this server gave"));
            return std::nullopt;
        }
        paging.after = c->first();
    }
    return paging;
}

// The {id} of a route: 0 when it is no id this server could have given (too big for one).
qint64 pathId(const httplib::Request& req)
{
    bool ok = false;
    const qint64 id = QString::fromStdString(req.matches[1]).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

void noSuch(httplib::Response& res, const char* what, qint64 id)
{
    problem(res, 404, "not-found", QStringLiteral("No such %1").arg(QLatin1String(what)),
            QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(id));
}

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject threadJson(const models::ConversationRepository::Thread& t)
{
    return QJsonObject {{QStringLiteral("id"), t.id},
                        {QStringLiteral("subject"), t.subject},
                        {QStringLiteral("counterpart"), t.counterpart},
                        {QStringLiteral("category"), nullable(t.category)},
                        {QStringLiteral("last_message_at"), t.lastMessageAt},
                        {QStringLiteral("message_count"), t.messages},
                        {QStringLiteral("unread"), t.unread},
                        {QStringLiteral("prospect_id"), t.prospectId > 0 ? QJsonValue(t.prospectId) : QJsonValue()}};
}

QJsonObject messageJson(const models::ConversationRepository::Message& m)
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
        {QStringLiteral("message_id"), nullable(m.messageId)},
        {QStringLiteral("references"), references}};
}

} // namespace

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

std::optional<ApiTokens::Claims> ApiServer::authorize(const httplib::Request& req, httplib::Response& res,
                                                      const char* scope)
{
    const QString header = QString::fromStdString(req.get_header_value("Authorization"));
    if (!header.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"sales-copilot\"");
        problem(res, 401, "unauthorized", QStringLiteral("Authentication required"),
                QStringLiteral("send Authorization: Bearer <access token> (POST /v1/auth/token)"));
        return std::nullopt;
    }
    const QString token = header.mid(7).trimmed();
    ThreadState& cache = freshState(threadConnection(m_workspace), m_pages, *m_watcher);
    std::optional<ApiTokens::Claims> claims;
    const auto known = cache.tokens.constFind(token);
    const bool cached = known != cache.tokens.cend() && qint64(nowSeconds()) < known->expiresAt;
    if (cached) {
        claims = *known;
    }
    QString why;
    if (!claims) {
        claims = m_tokens.verify(token, qint64(nowSeconds()), &why);
    }
    if (!claims) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"sales-copilot\", error=\"invalid_token\"");
        problem(res, 401, "invalid-token", QStringLiteral("Invalid access token"), why);
        return std::nullopt;
    }
    // A revoked key's tokens stop at once, however long they had left (checked when the token is not
    // in the cache; a revocation changes the database, which empties the cache).
    if (!cached) {
        const std::optional<models::ApiKey> key
            = models::ApiKeyRepository(threadConnection(m_workspace)).findByClientId(claims->clientId);
        if (!key || key->revoked()) {
            res.set_header("WWW-Authenticate", "Bearer realm=\"sales-copilot\", error=\"invalid_token\"");
            problem(res, 401, "invalid-token", QStringLiteral("Invalid access token"),
                    QStringLiteral("the key of this token was revoked"));
            return std::nullopt;
        }
        cache.tokens.insert(token, *claims);
    }
    const RateLimiter::Decision d = m_perClient.take(claims->clientId, nowSeconds());
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
        problem(res, 429, "rate-limited", QStringLiteral("Too many requests"),
                QStringLiteral("%1 requests a second, bursts of %2").arg(m_perClient.rate()).arg(m_perClient.burst()));
        return std::nullopt;
    }
    if (!claims->scopes.contains(QLatin1String(scope))) {
        problem(res, 403, "insufficient-scope", QStringLiteral("Missing scope"),
                QStringLiteral("this route needs the \"%1\" scope").arg(QLatin1String(scope)));
        return std::nullopt;
    }
    return claims;
}

void ApiServer::routes()
{
    httplib::Server& s = *m_server;
    s.set_payload_max_length(MaxBodyBytes);
    s.set_read_timeout(5, 0); // a client that trickles its request loses it; others are not held up
    s.set_write_timeout(5, 0);
    s.set_keep_alive_timeout(5);
    s.set_keep_alive_max_count(10000);
    s.set_tcp_nodelay(true); // a response is headers then body: without it Nagle holds the body for the ACK
    // RFC 9112 §6.3: a request with neither Content-Length nor Transfer-Encoding has no body. httplib
    // 0.11 answers such a POST with 400 instead (what `curl -X POST` sends to approve a draft): say
    // "no body" for it before the body is read. The request object is the server's own, not const.
    // A body sent without Content-Length (Transfer-Encoding) would be read whole before any handler
    // runs, with no size limit in httplib 0.11 and no key needed: refused before it is read.
    s.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        if (req.has_header("Transfer-Encoding")) {
            res.set_header("Connection", "close");
            problem(res, 411, "length-required", QStringLiteral("Length required"),
                    QStringLiteral("send the body with a Content-Length"));
            return httplib::Server::HandlerResponse::Handled;
        }
        if (!req.has_header("Content-Length")
            && (req.method == "POST" || req.method == "PATCH" || req.method == "PUT" || req.method == "DELETE")) {
            const_cast<httplib::Request&>(req).headers.emplace("Content-Length", "0");
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // A thread never sees its own commits in its data_version: whatever a request that may write did
    // (answered, refused or failed half-way), the shared pages are dropped before it is answered.
    s.set_post_routing_handler([this](const httplib::Request& req, httplib::Response&) {
        if (req.method != "GET" && req.method != "HEAD") {
            m_pages.invalidate();
        }
    });
    s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) {
            return;
        }
        switch (res.status) {
        case 404:
            problem(res, 404, "not-found", QStringLiteral("No such resource"));
            break;
        case 413:
            problem(res, 413, "too-large", QStringLiteral("Request body too large"),
                    QStringLiteral("at most %1 bytes").arg(MaxBodyBytes));
            break;
        case 414:
            problem(res, 414, "uri-too-long", QStringLiteral("Request line too long"));
            break;
        default:
            problem(res, res.status, "http-error", QStringLiteral("HTTP error"));
        }
    });
    s.set_exception_handler([this](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        if (req.method != "GET" && req.method != "HEAD") {
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
        problem(res, 500, "internal", QStringLiteral("Internal error"), detail);
    });
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

    // Methods a resource does not answer: 405 with the ones it does.
    auto only = [&s](const char* pattern, const char* allow, std::initializer_list<const char*> others) {
        for (const char* method : others) {
            auto handler = [allow](const httplib::Request&, httplib::Response& res) {
                res.set_header("Allow", allow);
                problem(res, 405, "method-not-allowed", QStringLiteral("Method not allowed"),
                        QStringLiteral("allowed: %1").arg(QLatin1String(allow)));
            };
            const std::string m = method;
            if (m == "GET") {
                s.Get(pattern, handler);
            } else if (m == "POST") {
                s.Post(pattern, handler);
            } else if (m == "PATCH") {
                s.Patch(pattern, handler);
            } else if (m == "DELETE") {
                s.Delete(pattern, handler);
            } else if (m == "PUT") {
                s.Put(pattern, handler);
            }
        }
    };

    s.Get("/v1/health", [](const httplib::Request&, httplib::Response& res) {
        json(res, 200, QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    only("/v1/health", "GET", {"POST", "PATCH", "DELETE", "PUT"});
    s.Get("/v1/openapi.json", [](const httplib::Request&, httplib::Response& res) {
        QFile file(QStringLiteral(":/api/openapi.json"));
        const QByteArray doc = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        res.set_content(doc.constData(), size_t(doc.size()), "application/json");
    });

    // OAuth 2.0 client credentials (RFC 6749 §4.4), form-encoded.
    s.Post("/v1/auth/token", [this](const httplib::Request& req, httplib::Response& res) {
        if (mediaType(req) != QLatin1String("application/x-www-form-urlencoded")) {
            problem(res, 415, "unsupported-media-type", QStringLiteral("Unsupported media type"),
                    QStringLiteral("send application/x-www-form-urlencoded"));
            return;
        }
        const QUrlQuery form(QString::fromStdString(req.body));
        const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        if (grant != QLatin1String("client_credentials")) {
            QJsonObject body {
                {QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
                {QStringLiteral("type"), QLatin1String(ProblemBase) + QStringLiteral("unsupported-grant-type")},
                {QStringLiteral("title"), QStringLiteral("Only grant_type=client_credentials")},
                {QStringLiteral("status"), 400}};
            res.status = 400;
            const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
            res.set_content(text.constData(), size_t(text.size()), "application/problem+json");
            return;
        }
        const QString source = QString::fromStdString(req.remote_addr);
        // Brute force: an address that failed 10 times in a minute is refused before its secret is
        // even compared, the right one included.
        if (const double wait = m_failedTokens.waitFor(source, nowSeconds()); wait > 0) {
            res.set_header("Retry-After", std::to_string(std::max(1, int(std::ceil(wait)))));
            problem(res, 429, "rate-limited", QStringLiteral("Too many failed attempts"),
                    QStringLiteral("10 failed token requests a minute per address"));
            return;
        }
        const std::optional<models::ApiKey> key = models::ApiKeyRepository(threadConnection(m_workspace))
                                                      .verify(clientId, secret, Clock::instance().nowMs());
        if (!key) {
            m_failedTokens.take(source, nowSeconds()); // one failure spent
            QJsonObject body {{QStringLiteral("error"), QStringLiteral("invalid_client")},
                              {QStringLiteral("type"), QLatin1String(ProblemBase) + QStringLiteral("invalid-client")},
                              {QStringLiteral("title"), QStringLiteral("Unknown client or wrong secret")},
                              {QStringLiteral("status"), 401}};
            res.status = 401;
            res.set_header("WWW-Authenticate", "Basic realm=\"sales-copilot\"");
            const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
            res.set_content(text.constData(), size_t(text.size()), "application/problem+json");
            return;
        }
        const QString token = m_tokens.issue(key->clientId, key->scopes, qint64(nowSeconds()));
        res.set_header("Cache-Control", "no-store");
        json(res, 200,
             QJsonObject {{QStringLiteral("access_token"), token},
                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), m_tokens.lifetimeS()},
                          {QStringLiteral("scope"), key->scopes.join(QLatin1Char(' '))}});
    });
    only("/v1/auth/token", "POST", {"GET", "PATCH", "DELETE", "PUT"});

    s.Get("/v1/prospects", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        // Pages are shared by the pool threads until the workspace changes (authorize() has just
        // checked); one thread writes a page while the others asking for it wait.
        if (const ResponseCache::Page hit = m_pages.find(req.target)) {
            res.status = 200;
            res.set_content(*hit, "application/json");
            return;
        }
        const std::optional<Paging> paging = pagingOf(req, res);
        if (!paging) {
            return;
        }
        const QSqlDatabase db = threadConnection(m_workspace);
        const ResponseCache::Page page = m_pages.getOrCompute(req.target, [&] {
            const int limit = paging->limit;
            const qint64 after = paging->after;
            std::string out;
            out.reserve(size_t(limit) * 400 + 64);
            out.append("{\"items\":[");
            int count = 0;
            qint64 last = 0;
            bool more = false;
            models::ProspectRepository(db).visitAfterId(
                after, QString::fromStdString(req.get_param_value("query")),
                req.has_param("stage") ? QString::fromStdString(req.get_param_value("stage")) : QString(), limit + 1,
                [&](const models::Prospect& p) {
                    if (count == limit) {
                        more = true;
                        return;
                    }
                    if (count++ > 0) {
                        out.push_back(',');
                    }
                    last = p.id;
                    appendProspect(&out, p);
                });
            out.append("],\"next_cursor\":");
            if (more) {
                appendString(&out, encodeCursor('p', {last}));
            } else {
                out.append("null");
            }
            out.push_back('}');
            return out;
        });
        res.status = 200;
        res.set_content(*page, "application/json");
    });
    only("/v1/prospects", "GET, POST", {"PATCH", "DELETE", "PUT"});

    s.Get(R"(/v1/prospects/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        const qint64 id = pathId(req);
        const std::optional<models::Prospect> p = models::ProspectRepository(threadConnection(m_workspace)).find(id);
        if (!p) {
            noSuch(res, "prospect", id);
            return;
        }
        prospectAnswer(res, 200, *p);
    });
    s.Patch(R"(/v1/prospects/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        const std::optional<ApiTokens::Claims> claims = authorize(req, res, "write");
        if (!claims) {
            return;
        }
        const std::optional<QJsonObject> parsed = jsonBody(req, res);
        if (!parsed) {
            return;
        }
        const QJsonObject& body = *parsed;
        static const QStringList editable {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                           QStringLiteral("email"), QStringLiteral("title"), QStringLiteral("phone")};
        models::ProspectRepository::FieldEdit edit;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!editable.contains(it.key())) {
                problem(res, 422, "invalid-field", QStringLiteral("Field cannot be changed"),
                        QStringLiteral("\"%1\" is not one of: %2").arg(it.key(), editable.join(QStringLiteral(", "))));
                return;
            }
            if (!it.value().isString()) {
                problem(res, 422, "invalid-field", QStringLiteral("Invalid value"),
                        QStringLiteral("\"%1\" must be a string").arg(it.key()));
                return;
            }
        }
        auto field = [&](const char* name) -> std::optional<QString> {
            return body.contains(QLatin1String(name))
                ? std::optional<QString>(body.value(QLatin1String(name)).toString())
                : std::nullopt;
        };
        edit.firstName = field("first_name");
        edit.lastName = field("last_name");
        edit.email = field("email");
        edit.title = field("title");
        edit.phone = field("phone");
        const qint64 id = pathId(req);
        models::ProspectRepository repo(threadConnection(m_workspace));
        if (!repo.find(id)) {
            noSuch(res, "prospect", id);
            return;
        }
        try {
            repo.updateFields(id, edit, QStringLiteral("api:") + claims->clientId, Clock::instance().nowMs());
        } catch (const models::StoreError& e) {
            problem(res, 422, "validation", QStringLiteral("The change was refused"), e.message());
            return;
        }
        prospectAnswer(res, 200, *repo.find(id));
    });
    only(R"(/v1/prospects/(\d+))", "GET, PATCH, DELETE", {"POST", "PUT"});

    s.Get(R"(/v1/prospects/(\d+)/activities)", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        const qint64 id = pathId(req);
        const models::ProspectRepository repo(threadConnection(m_workspace));
        if (!repo.find(id)) {
            noSuch(res, "prospect", id);
            return;
        }
        QJsonArray items;
        for (const models::Activity& a : models::ActivityRepository(threadConnection(m_workspace)).timeline(id)) {
            items.append(QJsonObject {{QStringLiteral("at"), a.occurredAt},
                                      {QStringLiteral("kind"), a.kind},
                                      {QStringLiteral("summary"), a.summary},
                                      {QStringLiteral("actor"), a.actor}});
        }
        json(res, 200, QJsonObject {{QStringLiteral("items"), items}});
    });

    s.Get("/v1/approvals", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        QJsonArray items;
        for (const models::Draft& d : models::DraftRepository(threadConnection(m_workspace)).pending()) {
            items.append(QJsonObject {{QStringLiteral("id"), d.id},
                                      {QStringLiteral("prospect_id"), d.prospectId},
                                      {QStringLiteral("channel"), d.channel},
                                      {QStringLiteral("to"), d.toAddress},
                                      {QStringLiteral("subject"), d.subject},
                                      {QStringLiteral("body"), d.body},
                                      {QStringLiteral("created_by"), d.createdBy},
                                      {QStringLiteral("created_at"), d.createdAt}});
        }
        json(res, 200, QJsonObject {{QStringLiteral("items"), items}});
    });
    // Approving through the API is the rep's approval with this key's name on it: an email goes to the
    // outbox (whose rules and caps still apply), a contact form to the Form Filler.
    s.Post(R"(/v1/approvals/(\d+)/(approve|reject))", [this](const httplib::Request& req, httplib::Response& res) {
        const std::optional<ApiTokens::Claims> claims = authorize(req, res, "approve");
        if (!claims) {
            return;
        }
        const qint64 id = pathId(req);
        const bool approve = req.matches[2] == "approve";
        const QSqlDatabase db = threadConnection(m_workspace);
        models::DraftRepository drafts(db);
        const std::optional<models::Draft> draft = drafts.find(id);
        if (!draft) {
            noSuch(res, "draft", id);
            return;
        }
        if (draft->status != models::Draft::Status::Pending) {
            problem(res, 409, "already-decided", QStringLiteral("Already decided"),
                    QStringLiteral("draft %1 is no longer pending").arg(id));
            return;
        }
        const QString actor = QStringLiteral("api:") + claims->clientId;
        const qint64 now = Clock::instance().nowMs();
        bool done = false;
        QString note;
        if (!approve) {
            done = drafts.reject(id, actor, QStringLiteral("rejected through the API"), now);
        } else {
            // The Approvals view's own path: an email to the outbox, a contact form to the Form Filler.
            const models::ApprovalOutcome outcome = models::approveDraft(db, id, actor, now);
            done = outcome.approved;
            note
                = outcome.noMailbox ? QStringLiteral("approved; it goes out once a mailbox is added") : outcome.problem;
        }
        if (!done) {
            problem(res, 409, "already-decided", QStringLiteral("Already decided"),
                    QStringLiteral("draft %1 is no longer pending").arg(id));
            return;
        }
        QJsonObject body {
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
        if (!note.isEmpty()) {
            body.insert(QStringLiteral("note"), note);
        }
        json(res, 200, body);
    });

    // Creating a prospect: the import's rules (a well-formed address, one prospect per address, the
    // company found or made from the address's domain).
    s.Post("/v1/prospects", [this](const httplib::Request& req, httplib::Response& res) {
        const std::optional<ApiTokens::Claims> claims = authorize(req, res, "write");
        if (!claims) {
            return;
        }
        const std::optional<QJsonObject> parsed = jsonBody(req, res);
        if (!parsed) {
            return;
        }
        const QJsonObject& body = *parsed;
        static const QStringList allowed {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                          QStringLiteral("email"),      QStringLiteral("title"),
                                          QStringLiteral("phone"),      QStringLiteral("company")};
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!allowed.contains(it.key()) || !it.value().isString()) {
                problem(res, 422, "invalid-field", QStringLiteral("Invalid field"),
                        QStringLiteral("\"%1\": fields are strings among %2")
                            .arg(it.key(), allowed.join(QStringLiteral(", "))));
                return;
            }
        }
        models::Prospect p;
        p.firstName = body.value(QStringLiteral("first_name")).toString().trimmed();
        p.lastName = body.value(QStringLiteral("last_name")).toString().trimmed();
        p.email = models::Normalize::email(body.value(QStringLiteral("email")).toString());
        p.title = body.value(QStringLiteral("title")).toString().trimmed();
        p.phone = body.value(QStringLiteral("phone")).toString().trimmed();
        p.source = QStringLiteral("api");
        p.status = QStringLiteral("new");
        if (p.firstName.isEmpty() && p.lastName.isEmpty() && p.email.isEmpty()) {
            problem(res, 422, "validation", QStringLiteral("The prospect was refused"),
                    QStringLiteral("a name or an email address is needed"));
            return;
        }
        if (!p.email.isEmpty()) {
            if (const QString why = models::Normalize::emailProblem(p.email); !why.isEmpty()) {
                problem(res, 422, "validation", QStringLiteral("The prospect was refused"), why);
                return;
            }
        }
        const QSqlDatabase db = threadConnection(m_workspace);
        // One transaction: the duplicate check, the company and the prospect land together or not at all
        // (two requests for one address: the second sees the first's row).
        models::Transaction transaction(db);
        if (!p.email.isEmpty()) {
            if (const auto existing = models::ProspectRepository(db).findByEmail(p.email)) {
                if (existing->trashed) {
                    problem(res, 409, "duplicate", QStringLiteral("Already a prospect, in the trash"),
                            QStringLiteral("%1 is prospect %2, in the trash: restore it in the app")
                                .arg(p.email)
                                .arg(existing->id));
                } else {
                    res.set_header("Location", "/v1/prospects/" + std::to_string(existing->id));
                    problem(res, 409, "duplicate", QStringLiteral("Already a prospect"),
                            QStringLiteral("%1 is prospect %2").arg(p.email).arg(existing->id));
                }
                return;
            }
        }
        const qint64 now = Clock::instance().nowMs();
        models::ProspectRepository repo(db);
        // The import's company rules, in the one place they live: the address's domain unless a
        // webmail's, else the name given.
        p.companyId
            = models::CompanyRepository(db).findOrCreate(body.value(QStringLiteral("company")).toString(),
                                                         models::CompanyRepository::domainFor({}, p.email), {}, now);
        const qint64 id = repo.insertProspect(p, now);
        transaction.commit();
        res.set_header("Location", "/v1/prospects/" + std::to_string(id));
        prospectAnswer(res, 201, *repo.find(id));
    });
    s.Delete(R"(/v1/prospects/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        const std::optional<ApiTokens::Claims> claims = authorize(req, res, "write");
        if (!claims) {
            return;
        }
        const qint64 id = pathId(req);
        models::ProspectRepository repo(threadConnection(m_workspace));
        if (!repo.find(id)) {
            noSuch(res, "prospect", id);
            return;
        }
        // To the trash, as from the app: restorable for 30 days.
        repo.moveToTrash({id}, QStringLiteral("api:") + claims->clientId, Clock::instance().nowMs());
        res.status = 204;
    });

    s.Get("/v1/companies", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        const std::optional<Paging> paging = pagingOf(req, res);
        if (!paging) {
            return;
        }
        const int limit = paging->limit;
        const qint64 after = paging->after;
        const QList<models::Company> companies
            = models::CompanyRepository(threadConnection(m_workspace)).afterId(after, limit + 1);
        QJsonArray items;
        for (qsizetype i = 0; i < std::min<qsizetype>(companies.size(), limit); ++i) {
            const models::Company& c = companies.at(i);
            items.append(QJsonObject {{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("domain"), c.domain},
                                      {QStringLiteral("industry"), c.industry},
                                      {QStringLiteral("country"), c.country}});
        }
        const bool more = companies.size() > limit;
        const qint64 last = items.isEmpty() ? after : companies.at(items.size() - 1).id;
        json(res, 200,
             QJsonObject {{QStringLiteral("items"), items},
                          {QStringLiteral("next_cursor"),
                           more ? QJsonValue(encodeCursor('p', {last})) : QJsonValue(QJsonValue::Null)}});
    });

    s.Get("/v1/do-not-contact", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        QJsonArray items;
        for (const auto& e : models::DoNotContactRepository(threadConnection(m_workspace)).list()) {
            items.append(QJsonObject {{QStringLiteral("value"), e.value},
                                      {QStringLiteral("kind"), e.kind},
                                      {QStringLiteral("reason"), e.reason},
                                      {QStringLiteral("created_at"), e.createdAt}});
        }
        json(res, 200, QJsonObject {{QStringLiteral("items"), items}});
    });
    s.Post("/v1/do-not-contact", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "write")) {
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(req, res);
        if (!body) {
            return;
        }
        if (!body->value(QStringLiteral("value")).isString()) {
            problem(res, 422, "invalid-field", QStringLiteral("Invalid field"),
                    QStringLiteral("{\"value\": address or domain, \"reason\": text}"));
            return;
        }
        QString why;
        const QString stored
            = models::DoNotContactRepository(threadConnection(m_workspace))
                  .add(body->value(QStringLiteral("value")).toString(),
                       body->value(QStringLiteral("reason")).toString(), Clock::instance().nowMs(), &why);
        if (stored.isEmpty()) {
            problem(res, 422, "validation", QStringLiteral("Not an address or a domain"), why);
            return;
        }
        json(res, 201, QJsonObject {{QStringLiteral("value"), stored}});
    });
    s.Delete(R"(/v1/do-not-contact/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "write")) {
            return;
        }
        const QString value = QUrl::fromPercentEncoding(QByteArray::fromStdString(req.matches[1]));
        if (!models::DoNotContactRepository(threadConnection(m_workspace)).remove(value)) {
            problem(res, 404, "not-found", QStringLiteral("Not on the list"), value);
            return;
        }
        res.status = 204;
    });

    s.Get(R"(/v1/jobs/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        const qint64 id = pathId(req);
        const std::optional<models::Job> job = models::JobRepository(threadConnection(m_workspace)).find(id);
        if (!job) {
            noSuch(res, "job", id);
            return;
        }
        json(res, 200,
             QJsonObject {{QStringLiteral("id"), job->id},
                          {QStringLiteral("kind"), job->kind},
                          {QStringLiteral("state"), models::jobStateName(job->state)},
                          {QStringLiteral("attempts"), job->attempts},
                          {QStringLiteral("progress"), job->progress},
                          {QStringLiteral("last_error"), job->lastError},
                          {QStringLiteral("created_at"), job->createdAt}});
    });
    s.Post(R"(/v1/jobs/(\d+)/cancel)", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "write")) {
            return;
        }
        const qint64 id = pathId(req);
        models::JobRepository jobs(threadConnection(m_workspace));
        if (!jobs.find(id)) {
            noSuch(res, "job", id);
            return;
        }
        const auto result = jobs.cancel(id, Clock::instance().nowMs());
        if (result == models::JobRepository::CancelResult::NotCancelable) {
            problem(res, 409, "not-cancelable", QStringLiteral("The job has ended"), QStringLiteral("job %1").arg(id));
            return;
        }
        json(res, 202,
             QJsonObject {{QStringLiteral("id"), id},
                          {QStringLiteral("cancel"),
                           result == models::JobRepository::CancelResult::Canceled ? QStringLiteral("canceled")
                                                                                   : QStringLiteral("requested")}});
    });

    // The Inbox's conversations, read-only but for the rep's own correction of a reply's category
    // (which the classifier learns from). Reading a thread here does not mark it read: the rep has not.
    s.Get("/v1/threads", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        const std::optional<int> limited = limitOf(req, res);
        if (!limited) {
            return;
        }
        const int limit = *limited;
        models::ConversationRepository::ThreadFilter filter;
        if (req.has_param("cursor")) {
            const auto c = decodeCursor(QString::fromStdString(req.get_param_value("cursor")), 't', 2);
            if (!c) {
                problem(res, 422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                        QStringLiteral("cursor is not one this server gave"));
                return;
            }
            filter.beforeLastAt = c->at(0);
            filter.beforeId = c->at(1);
        }
        if (req.has_param("category")) {
            filter.category = QString::fromStdString(req.get_param_value("category"));
            if (!models::ConversationRepository::categories().contains(filter.category)) {
                problem(res, 422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                        QStringLiteral("category is one of: %1")
                            .arg(models::ConversationRepository::categories().join(QStringLiteral(", "))));
                return;
            }
        }
        if (req.has_param("unread")) {
            const std::string unread = req.get_param_value("unread");
            if (unread != "true" && unread != "false") {
                problem(res, 422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                        QStringLiteral("unread is true or false"));
                return;
            }
            filter.unreadOnly = unread == "true";
        }
        if (req.has_param("prospect_id")) {
            bool ok = false;
            filter.prospectId = QString::fromStdString(req.get_param_value("prospect_id")).toLongLong(&ok);
            if (!ok || filter.prospectId < 1) {
                problem(res, 422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                        QStringLiteral("prospect_id is a prospect's id"));
                return;
            }
        }
        filter.text = QString::fromStdString(req.get_param_value("query"));
        const QList<models::ConversationRepository::Thread> threads
            = models::ConversationRepository(threadConnection(m_workspace)).threads(filter, limit + 1);
        QJsonArray items;
        for (qsizetype i = 0; i < std::min<qsizetype>(threads.size(), limit); ++i) {
            items.append(threadJson(threads.at(i)));
        }
        const bool more = threads.size() > limit;
        const models::ConversationRepository::Thread* last = more ? &threads.at(limit - 1) : nullptr;
        json(res, 200,
             QJsonObject {{QStringLiteral("items"), items},
                          {QStringLiteral("next_cursor"),
                           last ? QJsonValue(encodeCursor('t', {last->lastMessageAt, last->id}))
                                : QJsonValue(QJsonValue::Null)}});
    });
    only("/v1/threads", "GET", {"POST", "PATCH", "DELETE", "PUT"});

    s.Get(R"(/v1/threads/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        const qint64 id = pathId(req);
        const models::ConversationRepository repo(threadConnection(m_workspace));
        const std::optional<models::ConversationRepository::Thread> thread = repo.thread(id);
        if (!thread) {
            noSuch(res, "thread", id);
            return;
        }
        QJsonArray messages;
        for (const models::ConversationRepository::Message& m : repo.messages(id)) {
            messages.append(messageJson(m));
        }
        QJsonObject body = threadJson(*thread);
        body.insert(QStringLiteral("messages"), messages);
        json(res, 200, body);
    });
    only(R"(/v1/threads/(\d+))", "GET", {"POST", "PATCH", "DELETE", "PUT"});

    s.Get(R"(/v1/messages/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        const qint64 id = pathId(req);
        const std::optional<models::ConversationRepository::Message> m
            = models::ConversationRepository(threadConnection(m_workspace)).message(id);
        if (!m) {
            noSuch(res, "message", id);
            return;
        }
        json(res, 200, messageJson(*m));
    });
    // The rep's correction, as in the Conversations view: {"category": "..."} on an inbound message.
    s.Patch(R"(/v1/messages/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
        const std::optional<ApiTokens::Claims> claims = authorize(req, res, "write");
        if (!claims) {
            return;
        }
        const std::optional<QJsonObject> body = jsonBody(req, res);
        if (!body) {
            return;
        }
        const QStringList& categories = models::ConversationRepository::categories();
        if (body->size() != 1 || !body->value(QStringLiteral("category")).isString()
            || !categories.contains(body->value(QStringLiteral("category")).toString())) {
            problem(res, 422, "invalid-field", QStringLiteral("Invalid value"),
                    QStringLiteral("send {\"category\": one of %1}").arg(categories.join(QStringLiteral(", "))));
            return;
        }
        const qint64 id = pathId(req);
        models::ConversationRepository repo(threadConnection(m_workspace));
        const std::optional<models::ConversationRepository::Message> m = repo.message(id);
        if (!m) {
            noSuch(res, "message", id);
            return;
        }
        if (!m->inbound) {
            problem(res, 422, "validation", QStringLiteral("The change was refused"),
                    QStringLiteral("only a message the prospect sent has a category"));
            return;
        }
        repo.correct(id, body->value(QStringLiteral("category")).toString(), QStringLiteral("api:") + claims->clientId,
                     Clock::instance().nowMs());
        json(res, 200, messageJson(*repo.message(id)));
    });
    only(R"(/v1/messages/(\d+))", "GET, PATCH", {"POST", "DELETE", "PUT"});

    s.Get("/v1/jobs", [this](const httplib::Request& req, httplib::Response& res) {
        if (!authorize(req, res, "read")) {
            return;
        }
        QJsonArray items;
        for (const models::Job& job : models::JobRepository(threadConnection(m_workspace)).list({})) {
            items.append(QJsonObject {{QStringLiteral("id"), job.id},
                                      {QStringLiteral("kind"), job.kind},
                                      {QStringLiteral("state"), models::jobStateName(job.state)},
                                      {QStringLiteral("attempts"), job.attempts},
                                      {QStringLiteral("progress"), job.progress},
                                      {QStringLiteral("last_error"), job.lastError},
                                      {QStringLiteral("created_at"), job.createdAt}});
        }
        json(res, 200, QJsonObject {{QStringLiteral("items"), items}});
    });
}

} // namespace sc::app::api
