#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc::app {

class Cli;

namespace cli {

// One option as a command's parser takes it; `required` only changes how usage lines show it (the
// command itself says what is missing, in its own words).
struct CommandOption
{
    QCommandLineOption option;
    bool required = false;
};

// One way to call a command: the command itself, or one subcommand of a group (`jobs list`).
struct CommandUsage
{
    QString subcommand {}; // empty for a plain command
    QString arguments {}; // positional arguments as shown: "KIND", "FILE.eml..."
    QString description {}; // one line
    QList<CommandOption> options {};
    // Some commands have always read `-name` as `--name`; the rest read it as short options.
    QCommandLineParser::SingleDashWordOptionMode dashes = QCommandLineParser::ParseAsCompactedShortOptions;
};

// A sales-copilot-cli command (or command group): its name, what it does, how it is called and with
// which options, and run(). The parser is filled from those declarations and the help printed from
// them, so the two cannot drift. Commands are registered in CommandRegistry.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::Command)

public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    const QString& description() const { return m_description; }
    const QList<CommandUsage>& usages() const { return m_usages; }
    bool isGroup() const { return !m_usages.isEmpty() && !m_usages.first().subcommand.isEmpty(); }
    // The usage with this subcommand name (the only one for a plain command), or nullptr.
    const CommandUsage* usage(const QString& subcommand) const;

    // "jobs list [--state STATE] [--limit N]" cut into lines of at most `width` columns, continuations indented under
    // the arguments.
    QStringList wrappedUsage(const CommandUsage& usage, int width) const;
    // The help of `COMMAND --help`: every usage (or only `subcommand`'s) with every option.
    QString help(const QString& subcommand = QString()) const;

    // Runs with the arguments after the command name; an exit code, or Cli::Pending.
    virtual int run(Cli& cli, const QStringList& arguments) = 0;

    // Option lines ("  --limit N   At most N jobs (default: 200)") for a help text.
    static QStringList optionLines(const QList<CommandOption>& options, int indent);

protected:
    Command(QString name, QString description);
    // What every command that reads websites takes: --timeout-ms, --connect-to, --allow-local.
    static QList<CommandOption> siteOptions();
    void addUsage(CommandUsage usage);
    // Said at the end of the command's help (exit codes, say).
    void setNotes(const QString& notes) { m_notes = notes; }

    // Fills the parser with the options declared for `subcommand` (for an empty name: every usage's,
    // for groups whose subcommands share one parse) and parses. False with the parser's message on an
    // unknown option or a missing value.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, QString* error,
               const QString& subcommand = QString()) const;

private:
    QString m_name;
    QString m_description;
    QString m_notes;
    QList<CommandUsage> m_usages;
};

} // namespace cli
} // namespace sc::app
