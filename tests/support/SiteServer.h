#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace sc::tests {

// A real HTTP server on 127.0.0.1 serving the fixture company sites of tests/data/sites by name
// (tests/support/site_server.py, Python's http.server), started and stopped by PID. Clients reach
// "heron-works.example" through libcurl's CONNECT_TO (connectTo()), Chromium through host rules.
// /__stats says what was requested, /__posts what was posted.
class SiteServer
{
public:
    SiteServer() = default;
    ~SiteServer();
    SiteServer(const SiteServer&) = delete;
    SiteServer& operator=(const SiteServer&) = delete;

    // root: the sites, one directory per host (empty: tests/data/sites); port 0 picks a free one.
    bool start(const QString& root = {}, int port = 0);

    int port() const { return m_port; }
    // "HOST:80:127.0.0.1:PORT" for each fixture host (HTTP), for --connect-to / research.connect_to.
    QString connectTo(const QString& host) const;

    QJsonObject stats();
    // {"posts": [{"host", "path", "content_type", "fields"}...]}: what the sites received.
    QJsonObject posts();
    void reset();

private:
    QJsonObject request(const QByteArray& method, const QByteArray& path);

    QProcess m_process;
    int m_port = 0;
};

} // namespace sc::tests
