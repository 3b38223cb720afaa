#include "StopByPid.h"

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
