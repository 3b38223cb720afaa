#pragma once

// How the test fixtures stop the servers they start: SIGTERM to the PID, SIGKILL if it lingers.
#include <QProcess>
#include <csignal>

namespace sc::tests {

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
