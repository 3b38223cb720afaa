#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sc::agents::research {

// Fetches one web page with libcurl, politely and defensively: a clear User-Agent, timeouts, a size cap
// (what is past it is dropped, the page is marked truncated), no automatic redirects (the caller checks
// each hop against robots.txt), HTTP and HTTPS only, never to a link-local address nor, unless allowed,
// to this computer or the local network (AddressPolicy, checked as each connection opens). Blocking: used in the
// Research agent's thread.
class HttpFetcher
{
public:
    static constexpr const char* UserAgent
        = "SalesCopilot-Research/1.0 (+https://salescopilot.example/bot; company research for a sales rep)";
    // The User-Agent's product token, for robots.txt groups.
    static constexpr const char* RobotsToken = "SalesCopilot";
    // The languages asked for (Accept-Language), also the order a language chooser's alternates are
    // picked in.
    static constexpr const char* AcceptLanguage = "en,fr;q=0.8";

    struct Settings
    {
        int timeoutMs = 15000;
        int connectTimeoutMs = 8000;
        qint64 maxBytes = 2 * 1024 * 1024;
        // CURLOPT_CONNECT_TO entries ("HOST:PORT:CONNECT-HOST:CONNECT-PORT"): tests serve fixture sites
        // on 127.0.0.1 under their own names.
        QStringList connectTo;
        // Loopback and private addresses (an intranet site, the tests' fixture server); link-local never.
        bool allowLocalNetwork = false;
    };
    struct Response
    {
        bool ok = false; // a complete HTTP answer (any status) arrived
        int status = 0;
        QString url;
        QString location; // for 3xx, resolved against url
        QByteArray contentType; // lower-case, without parameters
        QByteArray charset; // from Content-Type, lower-case
        QByteArray body;
        bool truncated = false;
        QString error; // why not ok: timeout, refused, cut...
    };

    explicit HttpFetcher(Settings settings);
    Response get(const QString& url) const;

private:
    Settings m_settings;
};

} // namespace sc::agents::research
