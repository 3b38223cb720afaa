#include "CliRunner.h"

#include "StopByPid.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace sc::tests {

namespace {

// Where no D-Bus daemon listens: QtKeychain finds no Secret Service and says so.
constexpr const char* NoBus = "unix:path=/nonexistent/sales-copilot-test-bus";

} // namespace

CliRunner::CliRunner()
    : m_home(std::make_shared<QTemporaryDir>())
{
    const QDir home(m_home->path());
    for (const char* dir : {"config", "data", "cache", "state", "runtime"}) {
        home.mkpath(QLatin1String(dir));
    }
    // XDG_RUNTIME_DIR must be private to its user (the spec; Qt warns otherwise).
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

CliRunner::~CliRunner() = default;
CliRunner::CliRunner(const CliRunner&) = default;
CliRunner& CliRunner::operator=(const CliRunner&) = default;

QString CliRunner::program()
{
#ifdef SC_CLI_PATH
    return QStringLiteral(SC_CLI_PATH);
#else
    return {};
#endif
}

QString CliRunner::home() const
{
    return m_home->path();
}

QString CliRunner::filePath(const QString& name) const
{
    return m_home->filePath(name);
}

CliRunner CliRunner::withEnv(const QString& name, const QString& value) const
{
    CliRunner copy(*this);
    copy.setEnv(name, value);
    return copy;
}

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList inherited = env.keys();
    for (const QString& name : inherited) {
        if (name.startsWith(QLatin1String("SALES_COPILOT_")) || name.startsWith(QLatin1String("XDG_"))) {
            env.remove(name);
        }
    }
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "QTWEBENGINE_CHROMIUM_FLAGS"}) {
        env.remove(QLatin1String(name));
    }
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QLatin1String(NoBus));
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    return env;
}

CliRunner::Result CliRunner::run(const QStringList& args, const QByteArray& input, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program(), m_leading + args);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = process.state() != QProcess::NotRunning;
        process.kill();
        process.waitForFinished(5000);
    }
    result.code = process.exitStatus() == QProcess::NormalExit && !result.timedOut ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void CliRunner::start(QProcess& process, const QStringList& args) const
{
    process.setProcessEnvironment(environment());
    process.start(program(), m_leading + args);
    process.closeWriteChannel();
}

QProcess* CliRunner::start(const QStringList& args, QObject* parent) const
{
    auto* process = new QProcess(parent);
    start(*process, args);
    return process;
}

QByteArray CliRunner::startAndReadFirstLine(QProcess& process, const QStringList& args, const QString& stderrFile) const
{
    process.setProcessEnvironment(environment());
    return sc::tests::startAndReadFirstLine(process, program(), m_leading + args, stderrFile);
}

} // namespace sc::tests
