#include "HelpCommand.h"

#include "app/cli/Cli.h"

namespace sc::app::cli {

HelpCommand::HelpCommand()
    : Command(QStringLiteral("help"), tr("list the commands, or show one command's options"))
{
    addUsage({.arguments = QStringLiteral("[COMMAND [SUBCOMMAND]]"), .description = description()});
}

QString HelpCommand::overview(const Cli& cli)
{
    // Usage lines up to this column, descriptions after it (or on the next line when the usage is wider).
    constexpr int column = 37;
    constexpr int width = 110;
    QStringList globals;
    for (const CommandOption& o : Cli::globalOptions()) {
        if (o.option.names().contains(QLatin1String("help"))) {
            continue;
        }
        const QString name = o.option.names().last();
        globals.append(
            QStringLiteral("[--%1%2]")
                .arg(name, o.option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.option.valueName()));
    }
    QStringList lines;
    lines.append(tr("Usage:") + QStringLiteral(" sales-copilot-cli ") + globals.join(QLatin1Char(' '))
                 + QStringLiteral(" COMMAND"));
    lines.append(QString());
    lines.append(tr("Commands:"));
    for (const auto& command : cli.registry().commands()) {
        for (const CommandUsage& u : command->usages()) {
            QStringList usage = command->wrappedUsage(u, width - 2);
            for (QString& line : usage) {
                line.prepend(QStringLiteral("  "));
            }
            if (usage.last().size() < column - 1) {
                usage.last() = usage.last().leftJustified(column) + u.description;
            } else {
                usage.append(QString(column, QLatin1Char(' ')) + u.description);
            }
            lines.append(usage);
        }
    }
    lines.append(QString());
    lines.append(tr("Global options:"));
    lines.append(Command::optionLines(Cli::globalOptions(), 2));
    lines.append(QString());
    lines.append(tr("Run 'sales-copilot-cli help COMMAND' (or COMMAND --help) for a command's options."));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int HelpCommand::run(Cli& cli, const QStringList& arguments)
{
    if (arguments.size() > 2) {
        return cli.usage(tr("help takes a command, and perhaps one of its subcommands"));
    }
    if (arguments.isEmpty()) {
        cli.write(overview(cli));
        return 0;
    }
    const Command* command = cli.registry().find(arguments.first());
    if (!command && arguments.first() == QLatin1String("--version")) {
        command = cli.registry().find(QStringLiteral("version"));
    }
    if (!command) {
        return cli.usage(Cli::tr("unknown command '%1'").arg(arguments.first()));
    }
    cli.write(command->help(arguments.value(1)));
    return 0;
}

} // namespace sc::app::cli
