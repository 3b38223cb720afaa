#include "LlmServer.h"

#include "StopByPid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

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
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    // HTTP/1.0: the server closes the connection after its answer, which ends the read below.
    socket.write(method + " " + path + " HTTP/1.0\r\nHost: stats\r\nContent-Length: 0\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000) || socket.bytesAvailable() > 0) {
        answer += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
    }
    answer += socket.readAll();
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

} // namespace sc::tests
