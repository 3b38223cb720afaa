#include "HttpServer.h"

#include <QLoggingCategory>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <microhttpd.h>
#include <mutex>
#include <thread>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcHttp, "salescopilot.api.http", QtWarningMsg)

namespace sc::app::api::http {

bool CaseInsensitiveLess::operator()(const std::string& a, const std::string& b) const
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](unsigned char x, unsigned char y) {
        return std::tolower(x) < std::tolower(y);
    });
}

std::string Request::get_header_value(const std::string& name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::string Request::get_param_value(const std::string& name) const
{
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

void Response::set_header(const std::string& name, const std::string& value)
{
    // No header may carry a line break into the answer (response splitting).
    if (name.find_first_of("\r\n") == std::string::npos && value.find_first_of("\r\n") == std::string::npos) {
        headers.emplace(name, value);
    }
}

void Response::set_content(const char* data, size_t size, const char* contentType)
{
    body.assign(data, size);
    headers.erase("Content-Type");
    headers.emplace("Content-Type", contentType);
}

void Response::set_content(const std::string& text, const char* contentType)
{
    set_content(text.data(), text.size(), contentType);
}

struct Server::Exchange
{
    Request request;
    Response response;
    bool headersRead = false;
    bool answered = false; // a response is queued: the rest of the body is not read
    int refusal = 0; // the status the request gets once its body is drained, unread
    size_t headerBytes = 0;
};

namespace {

std::string addressText(const sockaddr* address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address == nullptr) {
        return {};
    }
    if (address->sa_family == AF_INET) {
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(address)->sin_addr, text, sizeof text);
    } else if (address->sa_family == AF_INET6) {
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr, text, sizeof text);
    }
    return text;
}

} // namespace

// libmicrohttpd's C callbacks, with access to the server.
struct Callbacks
{
    // What libmicrohttpd said last (why a start failed: the port taken, the certificate refused).
    static QString& lastLog()
    {
        static QString text;
        return text;
    }
    static std::mutex& lastLogMutex()
    {
        static std::mutex mutex;
        return mutex;
    }

    static void* uri(void* self, const char* uri, MHD_Connection*)
    {
        auto* exchange = new Server::Exchange;
        exchange->request.target = uri != nullptr ? uri : "";
        static_cast<Server*>(self)->m_inFlight.fetch_add(1);
        return exchange;
    }

    static MHD_Result header(void* state, MHD_ValueKind, const char* key, const char* value)
    {
        auto* exchange = static_cast<Server::Exchange*>(state);
        const std::string name = key != nullptr ? key : "";
        const std::string text = value != nullptr ? value : "";
        exchange->headerBytes += name.size() + text.size() + 4;
        exchange->request.headers.emplace(name, text);
        return MHD_YES;
    }

    static MHD_Result argument(void* state, MHD_ValueKind, const char* key, const char* value)
    {
        static_cast<Server::Exchange*>(state)->request.params.emplace(key != nullptr ? key : "",
                                                                      value != nullptr ? value : "");
        return MHD_YES;
    }

    static MHD_Result request(void* self, MHD_Connection* connection, const char* url, const char* method, const char*,
                              const char* upload, size_t* uploadSize, void** state)
    {
        auto& server = *static_cast<Server*>(self);
        auto* exchange = static_cast<Server::Exchange*>(*state);
        if (exchange == nullptr) { // no URI callback ran (cannot happen with the options set): refuse
            return MHD_NO;
        }
        if (!exchange->headersRead) {
            exchange->headersRead = true;
            if (server.headersArrived(*exchange, connection, url, method)) {
                return send(connection, *exchange);
            }
            return MHD_YES;
        }
        if (*uploadSize > 0) {
            if (!exchange->answered && exchange->refusal == 0) {
                if (exchange->request.body.size() + *uploadSize > server.m_options.maxBodyBytes) {
                    server.answerError(*exchange, 413);
                    *uploadSize = 0;
                    return send(connection, *exchange);
                }
                exchange->request.body.append(upload, *uploadSize);
            }
            *uploadSize = 0;
            return MHD_YES;
        }
        if (exchange->answered) {
            return MHD_YES;
        }
        if (exchange->refusal != 0) {
            server.answerError(*exchange, exchange->refusal);
            return send(connection, *exchange);
        }
        server.dispatch(*exchange);
        return send(connection, *exchange);
    }

    static MHD_Result send(MHD_Connection* connection, Server::Exchange& exchange)
    {
        exchange.answered = true;
        Response& res = exchange.response;
        MHD_Response* response
            = MHD_create_response_from_buffer(res.body.size(), res.body.data(), MHD_RESPMEM_MUST_COPY);
        if (response == nullptr) {
            return MHD_NO;
        }
        for (const auto& [name, value] : res.headers) {
            MHD_add_response_header(response, name.c_str(), value.c_str());
        }
        const MHD_Result queued = MHD_queue_response(connection, unsigned(res.status), response);
        MHD_destroy_response(response);
        return queued;
    }

    // What libmicrohttpd reports (a refused connection, a client gone mid-request): the debug log,
    // not the terminal, where a client's misbehaviour would otherwise print a line per connection.
    __attribute__((format(printf, 2, 0))) static void log(void*, const char* format, va_list args)
    {
        char line[512];
        std::vsnprintf(line, sizeof line, format, args);
        qCDebug(lcHttp).noquote() << QString::fromUtf8(line).trimmed();
        const std::lock_guard<std::mutex> lock(lastLogMutex());
        lastLog() = QString::fromUtf8(line).trimmed();
    }

    static void completed(void* self, MHD_Connection*, void** state, MHD_RequestTerminationCode)
    {
        delete static_cast<Server::Exchange*>(*state);
        *state = nullptr;
        static_cast<Server*>(self)->m_inFlight.fetch_sub(1);
    }
};

Server::Server() = default;

Server::~Server()
{
    stop(0);
}

void Server::route(const std::string& method, const std::string& pattern, Handler handler)
{
    m_routes.push_back({method, std::regex(pattern), std::move(handler)});
}

bool Server::headersArrived(Exchange& exchange, MHD_Connection* connection, const char* url, const char* method)
{
    Request& req = exchange.request;
    req.method = method != nullptr ? method : "";
    req.path = url != nullptr ? url : "";
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &Callbacks::header, &exchange);
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &Callbacks::argument, &exchange);
    if (const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS)) {
        req.remote_addr = addressText(info->client_addr);
    }
    if (req.target.size() > m_options.maxTargetBytes) {
        answerError(exchange, 414);
        return true;
    }
    if (exchange.headerBytes > m_options.maxHeaderBytes) {
        answerError(exchange, 431);
        return true;
    }
    // The declared length is checked before a byte of the body is read.
    if (req.has_header("Content-Length")) {
        const std::string length = req.get_header_value("Content-Length");
        char* end = nullptr;
        const unsigned long long declared = std::strtoull(length.c_str(), &end, 10);
        if (length.empty() || end == nullptr || *end != '\0') {
            answerError(exchange, 400);
            return true;
        }
        if (declared > m_options.maxBodyBytes) {
            // Refused unread. A body of a few megabytes is drained and dropped before the answer, so the
            // client, still sending, reads the 413 instead of a reset (nginx's lingering close); a
            // larger one is answered at once and the connection closed.
            if (declared > 16 * m_options.maxBodyBytes) {
                answerError(exchange, 413);
                return true;
            }
            exchange.refusal = 413;
        }
    }
    if (m_preRouting && m_preRouting(req, exchange.response)) {
        if (exchange.response.status < 0) {
            exchange.response.status = 200;
        }
        return true;
    }
    return false;
}

void Server::answerError(Exchange& exchange, int status)
{
    exchange.response = Response();
    exchange.response.status = status;
    exchange.response.set_header("Connection", "close");
    if (m_errorHandler) {
        m_errorHandler(exchange.request, exchange.response);
    }
    if (m_logger) {
        m_logger(exchange.request, exchange.response);
    }
}

void Server::dispatch(Exchange& exchange)
{
    Request& req = exchange.request;
    Response& res = exchange.response;
    bool routed = false;
    try {
        for (const Route& route : m_routes) {
            std::smatch match;
            if (route.method == req.method && std::regex_match(req.path, match, route.pattern)) {
                req.matches.assign(match.begin(), match.end());
                routed = true;
                route.handler(req, res);
                break;
            }
        }
        if (!routed) {
            res.status = 404;
        }
    } catch (...) {
        res = Response();
        res.status = 500;
        if (m_exceptionHandler) {
            try {
                m_exceptionHandler(req, res, std::current_exception());
            } catch (...) {
                res.status = 500;
            }
        }
    }
    if (res.status < 0) {
        res.status = 200;
    }
    if (routed && m_postRouting) {
        m_postRouting(req, res);
    }
    if (res.status >= 400 && res.body.empty() && m_errorHandler) {
        m_errorHandler(req, res);
    }
    if (m_logger) {
        m_logger(req, res);
    }
}

bool Server::start(const Options& options, QString* error)
{
    m_options = options;
    addrinfo hints {};
    hints.ai_flags = AI_PASSIVE;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (getaddrinfo(options.bind.c_str(), nullptr, &hints, &found) != 0 || found == nullptr) {
        *error = QStringLiteral("%1 is not an address of this machine").arg(QString::fromStdString(options.bind));
        return false;
    }
    sockaddr_storage address {};
    std::memcpy(&address, found->ai_addr, std::min<size_t>(found->ai_addrlen, sizeof address));
    const bool v6 = found->ai_family == AF_INET6;
    freeaddrinfo(found);
    const auto port = uint16_t(options.port);
    if (v6) {
        reinterpret_cast<sockaddr_in6*>(&address)->sin6_port = htons(port);
    } else {
        reinterpret_cast<sockaddr_in*>(&address)->sin_port = htons(port);
    }
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    if (v6) {
        flags |= MHD_USE_IPv6;
    }
    const bool tls = !options.certPem.empty() && !options.keyPem.empty();
    if (tls) {
        flags |= MHD_USE_TLS;
    }
    // libmicrohttpd's default binding: SO_REUSEADDR (a port just closed can be listened on again),
    // never SO_REUSEPORT (a port in use is refused, not shared with another program).
    std::vector<MHD_OptionItem> items {
        {MHD_OPTION_SOCK_ADDR, 0, &address},
        {MHD_OPTION_LISTEN_BACKLOG_SIZE, SOMAXCONN, nullptr},
        {MHD_OPTION_THREAD_POOL_SIZE, std::max(1, options.threads), nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, intptr_t(options.idleTimeoutS), nullptr},
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, intptr_t(options.perAddressLimit), nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, intptr_t(options.connectionLimit), nullptr},
        // Room for the longest request line and headers we answer ourselves (414, 431) rather than
        // libmicrohttpd's own refusal.
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, intptr_t(64 * 1024), nullptr},
        {MHD_OPTION_URI_LOG_CALLBACK, intptr_t(&Callbacks::uri), this},
        {MHD_OPTION_NOTIFY_COMPLETED, intptr_t(&Callbacks::completed), this},
    };
    if (tls) {
        items.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char*>(options.keyPem.c_str())});
        items.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char*>(options.certPem.c_str())});
    }
    items.push_back({MHD_OPTION_END, 0, nullptr});
    {
        const std::lock_guard<std::mutex> lock(Callbacks::lastLogMutex());
        Callbacks::lastLog().clear();
    }
    // The logger first, or libmicrohttpd reports its first words on stderr itself.
    m_daemon = MHD_start_daemon(flags, port, nullptr, nullptr, &Callbacks::request, this, MHD_OPTION_EXTERNAL_LOGGER,
                                &Callbacks::log, nullptr, MHD_OPTION_ARRAY, items.data(), MHD_OPTION_END);
    if (m_daemon == nullptr) {
        const std::lock_guard<std::mutex> lock(Callbacks::lastLogMutex());
        *error = QStringLiteral("cannot listen on %1:%2 (%3)")
                     .arg(QString::fromStdString(options.bind))
                     .arg(port)
                     .arg(Callbacks::lastLog().isEmpty() ? QStringLiteral("in use?") : Callbacks::lastLog());
        return false;
    }
    const MHD_DaemonInfo* info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info != nullptr ? int(info->port) : options.port;
    return true;
}

void Server::stop(int drainMs)
{
    if (m_daemon == nullptr) {
        return;
    }
    // No new connections (the listening socket closes: a client is refused, not left waiting); the
    // requests already read are answered whole before the connections are closed.
    const MHD_socket listening = MHD_quiesce_daemon(m_daemon);
    if (listening != MHD_INVALID_SOCKET) {
#ifdef _WIN32
        closesocket(listening);
#else
        ::close(listening);
#endif
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(drainMs);
    while (m_inFlight.load() > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

} // namespace sc::app::api::http
