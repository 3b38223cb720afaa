#include "Cli.h"

#include "agents/core/AgentHost.h"
#include "app/Application.h"
#include "app/SecretStore.h"
#include "app/cli/commands/HelpCommand.h"
#include "models/store/DiskSpace.h"
#include "models/store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

namespace sc::app {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The global option `arg` stands for (`value` set when written --name=value), or nullptr. One-letter
// names take one dash, longer ones two.
const cli::CommandOption* globalOption(const QList<cli::CommandOption>& options, const QString& arg, QString* value,
                                       bool* inlineValue)
{
    for (const cli::CommandOption& o : options) {
        for (const QString& name : o.option.names()) {
            const QString written = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            if (arg == written) {
                *inlineValue = false;
                return &o;
            }
            if (!o.option.valueName().isEmpty() && arg.startsWith(written + QLatin1Char('='))) {
                *value = arg.mid(written.size() + 1);
                *inlineValue = true;
                return &o;
            }
        }
    }
    return nullptr;
}

} // namespace

Cli::Cli(QObject* parent)
    : QObject(parent)
{
}

Cli::~Cli()
{
    if (m_host) {
        m_host->stop();
    }
    m_host.reset();
    if (m_workspace) {
        m_workspace->releaseConnection();
    }
}

bool Cli::needsWebEngine(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("fill-form"));
}

QList<cli::CommandOption> Cli::globalOptions()
{
    return {
        {{QStringLiteral("workspace"),
          tr("The workspace folder (default: the one chosen in the app, else its default workspace)"),
          QStringLiteral("DIR")}},
        {{QStringLiteral("json"), tr("Print JSON instead of text")}},
        {{{QStringLiteral("v"), QStringLiteral("verbose")}, tr("Log what happens on standard error")}},
        {{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show the commands, or with a command its options")}},
    };
}

int Cli::usage(const QString& message)
{
    QTextStream err(stderr);
    err << "sales-copilot-cli: " << message << "\n" << tr("Run 'sales-copilot-cli --help' for usage.") << "\n";
    return 2;
}

int Cli::fail(const QString& message)
{
    QTextStream err(stderr);
    err << "sales-copilot-cli: " << tr("error:") << ' ' << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))
        << "\n";
    return 1;
}

void Cli::print(const QString& text)
{
    out() << text << "\n";
    out().flush();
}

void Cli::write(const QString& text)
{
    out() << text;
    out().flush();
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

void Cli::finish(int code)
{
    if (m_host) {
        m_host->stop();
    }
    Q_EMIT finished(code);
}

bool Cli::openWorkspace()
{
    try {
        m_workspace = std::make_unique<models::Workspace>(
            models::Workspace::open(Application::resolveWorkspaceDirectory(m_workspaceArg)));
        return true;
    } catch (const models::DiskFullError&) {
        fail(models::DiskSpace::fullMessage(Application::resolveWorkspaceDirectory(m_workspaceArg),
                                            models::DiskSpace::DefaultNeedBytes));
        return false;
    } catch (const models::StoreError& error) {
        fail(error.message());
        return false;
    }
}

void Cli::closeWorkspace()
{
    if (m_workspace) {
        m_workspace->releaseConnection();
    }
    m_workspace.reset();
}

agents::AgentHost& Cli::createHost()
{
    m_host = Application::createAgentHost(*m_workspace);
    return *m_host;
}

SecretStore& Cli::secrets()
{
    if (!m_secrets) {
        m_secrets = new SecretStore(Application::secretScope(*m_workspace), this);
    }
    return *m_secrets;
}

int Cli::run(const QStringList& arguments)
{
    const QList<cli::CommandOption> globals = globalOptions();
    QStringList rest;
    bool verbose = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        QString value;
        bool inlineValue = false;
        const cli::CommandOption* global = globalOption(globals, arg, &value, &inlineValue);
        if (!global) {
            rest.append(arg);
            continue;
        }
        const QString name = global->option.names().last();
        if (!global->option.valueName().isEmpty() && !inlineValue) {
            if (i + 1 >= arguments.size()) {
                return usage(tr("--workspace needs a folder"));
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("workspace")) {
            m_workspaceArg = value;
        } else if (name == QLatin1String("json")) {
            m_json = true;
        } else if (name == QLatin1String("verbose")) {
            verbose = true;
        } else if (name == QLatin1String("help")) {
            // `--help` alone is the list of commands; after a command (and subcommand), their help.
            return m_registry.find(QStringLiteral("help"))->run(*this, rest.mid(0, 2));
        }
    }
    if (!verbose && !qEnvironmentVariableIsSet("QT_LOGGING_RULES")) {
        // Errors reach the user as one line; the log stays quiet unless asked for (--verbose).
        QLoggingCategory::setFilterRules(QStringLiteral("salescopilot.*.info=false\nsalescopilot.*.warning=false"));
    }
    if (rest.isEmpty()) {
        return usage(tr("no command given"));
    }
    QString name = rest.takeFirst();
    if (name == QLatin1String("--version")) {
        name = QStringLiteral("version");
    }
    cli::Command* command = m_registry.find(name);
    if (!command) {
        return usage(tr("unknown command '%1'").arg(name));
    }
    try {
        return command->run(*this, rest);
    } catch (const models::DiskFullError&) {
        return fail(models::DiskSpace::fullMessage(m_workspace ? m_workspace->directory()
                                                               : Application::resolveWorkspaceDirectory(m_workspaceArg),
                                                   models::DiskSpace::DefaultNeedBytes));
    } catch (const models::StoreError& error) {
        return fail(error.message());
    }
}

} // namespace sc::app
