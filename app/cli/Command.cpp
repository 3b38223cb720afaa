#include "Command.h"

#include "app/cli/Cli.h"

#include <utility>

namespace sc::app::cli {

namespace {

QString optionName(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// "--state STATE", the option's longest name with its value.
QString optionSynopsis(const QCommandLineOption& option)
{
    QString longest;
    for (const QString& name : option.names()) {
        if (name.size() > longest.size()) {
            longest = name;
        }
    }
    QString text = optionName(longest);
    if (!option.valueName().isEmpty()) {
        text += QLatin1Char(' ') + option.valueName();
    }
    return text;
}

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{
}

Command::~Command() = default;

void Command::addUsage(CommandUsage usage)
{
    m_usages.append(std::move(usage));
}

const CommandUsage* Command::usage(const QString& subcommand) const
{
    for (const CommandUsage& u : m_usages) {
        if (u.subcommand == subcommand) {
            return &u;
        }
    }
    return nullptr;
}

QStringList Command::wrappedUsage(const CommandUsage& usage, int width) const
{
    QStringList words {m_name};
    if (!usage.subcommand.isEmpty()) {
        words.append(usage.subcommand);
    }
    if (!usage.arguments.isEmpty()) {
        words.append(usage.arguments);
    }
    QString head = words.join(QLatin1Char(' '));
    QStringList parts;
    for (const CommandOption& o : usage.options) {
        if (o.option.flags().testFlag(QCommandLineOption::HiddenFromHelp)) {
            continue;
        }
        const QString synopsis = optionSynopsis(o.option);
        parts.append(o.required ? synopsis : QLatin1Char('[') + synopsis + QLatin1Char(']'));
    }
    // Continuation lines start under the first argument, like a hand-written usage.
    const QString indent(m_name.size() + 1 + (usage.subcommand.isEmpty() ? 0 : usage.subcommand.size() + 1),
                         QLatin1Char(' '));
    QStringList lines {head};
    for (const QString& part : std::as_const(parts)) {
        QString& line = lines.last();
        if (width > 0 && line.size() + 1 + part.size() > width && line.size() > indent.size()) {
            lines.append(indent + part);
        } else {
            line += QLatin1Char(' ') + part;
        }
    }
    return lines;
}

QStringList Command::optionLines(const QList<CommandOption>& options, int indent)
{
    QList<QPair<QString, QString>> rows;
    qsizetype widest = 0;
    for (const CommandOption& o : options) {
        if (o.option.flags().testFlag(QCommandLineOption::HiddenFromHelp)) {
            continue;
        }
        QStringList names;
        for (const QString& name : o.option.names()) {
            names.append(optionName(name));
        }
        QString left = names.join(QStringLiteral(", "));
        if (!o.option.valueName().isEmpty()) {
            left += QLatin1Char(' ') + o.option.valueName();
        }
        QString right = o.option.description();
        if (!o.option.defaultValues().isEmpty()) {
            right += QLatin1Char(' ') + tr("(default: %1)").arg(o.option.defaultValues().join(QLatin1Char(',')));
        }
        widest = std::max(widest, left.size());
        rows.append({left, right});
    }
    // Long descriptions wrap at word boundaries, continued under their first word.
    constexpr qsizetype width = 110;
    const qsizetype column = indent + widest + 2;
    QStringList lines;
    for (const auto& [left, right] : std::as_const(rows)) {
        QString line = QString(indent, QLatin1Char(' ')) + left.leftJustified(widest + 2);
        qsizetype length = 0;
        for (const QString& word : right.split(QLatin1Char(' '))) {
            if (length > 0 && column + length + 1 + word.size() > width) {
                lines.append(line);
                line = QString(column, QLatin1Char(' '));
                length = 0;
            }
            if (length > 0) {
                line += QLatin1Char(' ');
                ++length;
            }
            line += word;
            length += word.size();
        }
        lines.append(line);
    }
    return lines;
}

QString Command::help(const QString& subcommand) const
{
    constexpr int width = 100;
    const QString program = QStringLiteral("sales-copilot-cli ");
    QStringList lines;
    const CommandUsage* only = subcommand.isEmpty() ? nullptr : usage(subcommand);
    if (isGroup() && !only) {
        lines.append(tr("Usage:") + QLatin1Char(' ') + program + m_name + QStringLiteral(" SUBCOMMAND"));
        lines.append(m_description);
        lines.append(QString());
        lines.append(tr("Subcommands:"));
        for (const CommandUsage& u : m_usages) {
            for (const QString& line : wrappedUsage(u, width)) {
                lines.append(QStringLiteral("  ") + line);
            }
            lines.append(QStringLiteral("      ") + u.description);
            lines.append(optionLines(u.options, 6));
        }
    } else {
        const CommandUsage& u = only ? *only : m_usages.first();
        const QStringList usageLines = wrappedUsage(u, width - 7 - int(program.size()));
        for (int i = 0; i < usageLines.size(); ++i) {
            lines.append(i == 0 ? tr("Usage:") + QLatin1Char(' ') + program + usageLines.at(i)
                                : QString(7 + program.size(), QLatin1Char(' ')) + usageLines.at(i));
        }
        lines.append(u.description);
        if (const QStringList options = optionLines(u.options, 2); !options.isEmpty()) {
            lines.append(QString());
            lines.append(tr("Options:"));
            lines.append(options);
        }
    }
    if (!m_notes.isEmpty()) {
        lines.append(QString());
        lines.append(m_notes);
    }
    lines.append(QString());
    lines.append(tr("Global options:"));
    lines.append(optionLines(Cli::globalOptions(), 2));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool Command::parse(QCommandLineParser& parser, const QStringList& arguments, QString* error,
                    const QString& subcommand) const
{
    QStringList added;
    for (const CommandUsage& u : m_usages) {
        if (!subcommand.isEmpty() && u.subcommand != subcommand) {
            continue;
        }
        parser.setSingleDashWordOptionMode(u.dashes);
        for (const CommandOption& o : u.options) {
            // Subcommands that share one parse may declare the same option (outbox list and flush).
            if (!added.contains(o.option.names().first())) {
                added.append(o.option.names().first());
                parser.addOption(o.option);
            }
        }
    }
    // The first word stands for the program name, which the parser skips.
    if (!parser.parse(QStringList {m_name} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

QList<CommandOption> Command::siteOptions()
{
    return {{{QStringLiteral("timeout-ms"), tr("Give up on a page after this long"), QStringLiteral("MS")}},
            {{QStringLiteral("connect-to"),
              tr("Reach HOST:PORT at CONNECT-HOST:CONNECT-PORT instead (a test server, a proxy)"),
              QStringLiteral("HOST:PORT:CONNECT-HOST:CONNECT-PORT")}},
            {{QStringLiteral("allow-local"),
              tr("Also read sites on this computer or the local network (never link-local addresses)")}}};
}

} // namespace sc::app::cli
