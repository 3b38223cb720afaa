#include "LlmServer.h"

#include "StopByPid.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sc::tests {

LlmServer::~LlmServer()
{
    stopByPid(m_process);
}

bool LlmServer::start(int port)
{
    const QByteArray line = startAndReadFirstLine(m_process, QStringLiteral("/usr/bin/python3"),
                                                  {QStringLiteral(SC_SOURCE_DIR "/tests/support/llm_server.py"),
                                                   QStringLiteral("--port"), QString::number(port)});
    m_port = line.startsWith("READY ") ? line.mid(6).toInt() : 0;
    return m_port > 0;
}

QString LlmServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QJsonArray LlmServer::requests()
{
    return QJsonDocument::fromJson(request("GET", "/__stats")).object().value(QLatin1String("requests")).toArray();
}

QJsonArray LlmServer::requests(const QString& model)
{
    QJsonArray matching;
    for (const QJsonValue& r : requests()) {
        if (r.toObject().value(QLatin1String("model")).toString() == model) {
            matching.append(r);
        }
    }
    return matching;
}

void LlmServer::reset()
{
    request("POST", "/__reset");
}

QByteArray LlmServer::request(const QByteArray& method, const QByteArray& path)
{
    return fixtureRequest(m_port, method, path);
}

} // namespace sc::tests
