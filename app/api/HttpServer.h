#pragma once

#include <QString>
#include <atomic>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>

struct MHD_Daemon;
struct MHD_Connection;

namespace sc::app::api::http {

// Header names compare without case (RFC 9110 §5.1).
struct CaseInsensitiveLess
{
    bool operator()(const std::string& a, const std::string& b) const;
};
using Headers = std::multimap<std::string, std::string, CaseInsensitiveLess>;
using Params = std::multimap<std::string, std::string>;

// One request as a handler sees it: read whole (at most Options::maxBodyBytes) before any handler runs.
struct Request
{
    std::string method;
    std::string path; // percent-decoded, without the query
    std::string target; // as sent: path and query, undecoded (a cache key)
    Headers headers;
    Params params; // the query's arguments, decoded
    std::string body;
    std::string remote_addr;
    std::vector<std::string> matches; // the route's pattern: [0] the whole path, then its groups

    bool has_header(const std::string& name) const { return headers.find(name) != headers.end(); }
    std::string get_header_value(const std::string& name) const;
    bool has_param(const std::string& name) const { return params.find(name) != params.end(); }
    std::string get_param_value(const std::string& name) const;
};

struct Response
{
    int status = -1;
    Headers headers;
    std::string body;

    void set_header(const std::string& name, const std::string& value);
    void set_content(const char* data, size_t size, const char* contentType);
    void set_content(const std::string& text, const char* contentType);
};

// HTTP/1.1 on libmicrohttpd's event loop (epoll on Linux, poll elsewhere): a connection costs a
// socket and a few kilobytes until its request has arrived whole, never a thread, so idle or
// trickling clients cannot starve the others (they could with a thread per connection). Each pool
// thread runs its own loop and the handlers of its connections. Bounded everywhere: connections per
// address, seconds of silence before a connection is closed, request line, headers and body sizes.
class Server
{
public:
    struct Options
    {
        std::string bind = "127.0.0.1";
        int port = 0; // 0: any free port
        int threads = 8;
        size_t maxBodyBytes = 1024 * 1024;
        size_t maxTargetBytes = 8192; // else 414
        size_t maxHeaderBytes = 16384; // all header lines together, else 431
        unsigned idleTimeoutS = 2; // a connection silent this long is closed (nothing sent yet, or between requests)
        unsigned perAddressLimit = 64; // open connections from one address; the next ones are closed at once
        unsigned connectionLimit = 4000; // in all
        std::string certPem; // with keyPem: HTTPS
        std::string keyPem;
    };
    using Handler = std::function<void(const Request&, Response&)>;
    // Answers a request before its body is read (true: answered, no route runs).
    using PreRouting = std::function<bool(const Request&, Response&)>;
    using ExceptionHandler = std::function<void(const Request&, Response&, std::exception_ptr)>;

    Server();
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Routes match the whole decoded path; the first registered that matches runs.
    void route(const std::string& method, const std::string& pattern, Handler handler);
    void setPreRouting(PreRouting handler) { m_preRouting = std::move(handler); }
    // After every routed request, answered or failed.
    void setPostRouting(Handler handler) { m_postRouting = std::move(handler); }
    // Gives a body to an error answer that has none (404 for no route, 413, 414, 431, a handler's 4xx).
    void setErrorHandler(Handler handler) { m_errorHandler = std::move(handler); }
    void setExceptionHandler(ExceptionHandler handler) { m_exceptionHandler = std::move(handler); }
    void setLogger(Handler logger) { m_logger = std::move(logger); }

    // Binds (no SO_REUSEPORT: a port in use is refused, not shared) and serves on its own threads.
    bool start(const Options& options, QString* error);
    int port() const { return m_port; }
    // Stops accepting, lets the requests that have arrived finish (up to drainMs), then closes the rest.
    void stop(int drainMs = 10000);

private:
    struct Route
    {
        std::string method;
        std::regex pattern;
        Handler handler;
    };
    struct Exchange; // one request on its way through
    friend struct Callbacks; // libmicrohttpd's C callbacks
    // Headers read: the checks before the body (sizes, pre-routing); true when already answered.
    bool headersArrived(Exchange& exchange, MHD_Connection* connection, const char* url, const char* method);
    void dispatch(Exchange& exchange);
    void answerError(Exchange& exchange, int status);

    std::vector<Route> m_routes;
    PreRouting m_preRouting;
    Handler m_postRouting;
    Handler m_errorHandler;
    ExceptionHandler m_exceptionHandler;
    Handler m_logger;
    Options m_options;
    MHD_Daemon* m_daemon = nullptr;
    int m_listenSocket = -1;
    int m_port = 0;
    std::atomic<int> m_inFlight {0}; // requests that have arrived and are not answered whole yet
};

} // namespace sc::app::api::http
