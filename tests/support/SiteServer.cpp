#include "SiteServer.h"

#include "StopByPid.h"

#include <QJsonDocument>
#include <QStringList>

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
    return QJsonDocument::fromJson(fixtureRequest(m_port, method, path)).object();
}

} // namespace sc::tests
