#include "StopByPid.h"

#include <QTcpSocket>
#include <csignal>

namespace sc::tests {

QByteArray startAndReadFirstLine(QProcess& process, const QString& program, const QStringList& args,
                                 const QString& stderrFile)
{
    // What the program logs goes to the test's stderr, or to a file for the test to read.
    process.setProcessChannelMode(stderrFile.isEmpty() ? QProcess::ForwardedErrorChannel : QProcess::SeparateChannels);
    if (!stderrFile.isEmpty()) {
        process.setStandardErrorFile(stderrFile);
    }
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(20000)) {
            return {};
        }
    }
    return process.readLine().trimmed();
}

QByteArray fixtureRequest(int port, const QByteArray& method, const QByteArray& path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
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
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

void stopByPid(QProcess& process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    ::kill(pid_t(process.processId()), SIGTERM);
    if (!process.waitForFinished(10000)) {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(5000);
    }
}

} // namespace sc::tests
