#pragma once

// How the test fixtures run the servers they need: started in the foreground, ready when their first
// line says so, asked through their side door (/__stats, /__reset...), stopped by PID (SIGTERM,
// SIGKILL if it lingers).
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace sc::tests {

// Starts program with args and returns its first line of output ("READY <port>"...), empty on failure.
QByteArray startAndReadFirstLine(QProcess& process, const QString& program, const QStringList& args,
                                 const QString& stderrFile = {});

// The body of the answer of a fixture server on 127.0.0.1:port to "METHOD path" (HTTP/1.0, no body:
// the server closes the connection after its answer); empty when it cannot be reached.
QByteArray fixtureRequest(int port, const QByteArray& method, const QByteArray& path);

// SIGTERM, then SIGKILL if it has not exited within 10 s; nothing when it is not running.
void stopByPid(QProcess& process);

} // namespace sc::tests
