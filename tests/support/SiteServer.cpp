#include "SiteServer.h"

#include "StopByPid.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTcpSocket>

namespace sc::tests {

SiteServer::~SiteServer()
{
    stopByPid(m_process);
}

bool SiteServer::start(const QString& root, int port)
{
    const QString sites = root.isEmpty() ? QStringLiteral(SC_SOURCE_DIR "/tests/data/sites") : root;
    const QByteArray line
        = startAndReadFirstLine(m_process, QStringLiteral("/usr/bin/python3"),
                                {QStringLiteral(SC_SOURCE_DIR "/tests/support/site_server.py"),
                                 QStringLiteral("--root"), sites, QStringLiteral("--port"), QString::number(port)});
    m_port = line.startsWith("READY ") ? line.mid(6).toInt() : 0;
    return m_port > 0;
}

QString SiteServer::connectTo(const QString& host) const
{
    return QStringLiteral("%1:80:127.0.0.1:%2").arg(host).arg(m_port);
}

QJsonObject SiteServer::stats()
{
    return request("GET", "/__stats");
}

QJsonObject SiteServer::posts()
{
    return request("GET", "/__posts");
}

void SiteServer::reset()
{
    request("POST", "/__reset");
}

QJsonObject SiteServer::request(const QByteArray& method, const QByteArray& path)
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

} // namespace sc::tests
