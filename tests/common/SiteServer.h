#pragma once

// A real HTTP server on 127.0.0.1 serving the fixture company sites of tests/data/sites by name
// (tests/common/site_server.py, Python's http.server), started and stopped by PID. Clients reach
// "heron-works.example" through libcurl's CONNECT_TO (connectTo()), Chromium through host rules.
// /__stats says what was requested, /__posts what was posted.
#include "StopByPid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTcpSocket>

namespace sc::tests {

class SiteServer
{
public:
    ~SiteServer() { stopByPid(m_process); }

    // root: the sites, one directory per host; port 0 picks a free one.
    bool start(const QString& root = QStringLiteral(SC_SOURCE_DIR "/tests/data/sites"), int port = 0)
    {
        const QByteArray line
            = startAndReadFirstLine(m_process, QStringLiteral("/usr/bin/python3"),
                                    {QStringLiteral(SC_SOURCE_DIR "/tests/common/site_server.py"),
                                     QStringLiteral("--root"), root, QStringLiteral("--port"), QString::number(port)});
        m_port = line.startsWith("READY ") ? line.mid(6).toInt() : 0;
        return m_port > 0;
    }

    int port() const { return m_port; }
    // "HOST:80:127.0.0.1:PORT" for each fixture host (HTTP), for --connect-to / research.connect_to.
    QString connectTo(const QString& host) const { return QStringLiteral("%1:80:127.0.0.1:%2").arg(host).arg(m_port); }

    QJsonObject stats() { return request("GET", "/__stats"); }
    // {"posts": [{"host", "path", "content_type", "fields"}...]}: what the sites received.
    QJsonObject posts() { return request("GET", "/__posts"); }
    void reset() { request("POST", "/__reset"); }

private:
    QJsonObject request(const QByteArray& method, const QByteArray& path)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (!socket.waitForConnected(5000)) {
            return {};
        }
        socket.write(method + " " + path + " HTTP/1.0\r\nHost: stats\r\nContent-Length: 0\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000) || socket.bytesAvailable() > 0) {
            answer += socket.readAll();
            if (socket.state() != QAbstractSocket::ConnectedState) {
                break;
            }
        }
        answer += socket.readAll();
        return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    }

    QProcess m_process;
    int m_port = 0;
};

} // namespace sc::tests
