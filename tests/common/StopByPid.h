#pragma once

// How the test fixtures run the servers they need: started in the foreground, ready when their first
// line says so, stopped by PID (SIGTERM, SIGKILL if it lingers).
#include <QProcess>
#include <csignal>

namespace sc::tests {

// Starts program with args and returns its first line of output ("READY <port>"...), empty on failure.
inline QByteArray startAndReadFirstLine(QProcess& process, const QString& program, const QStringList& args)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
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

inline void stopByPid(QProcess& process)
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
