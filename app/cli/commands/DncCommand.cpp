#include "DncCommand.h"

#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/DoNotContactRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

DncCommand::DncCommand()
    : Command(QStringLiteral("dnc"), tr("the do-not-contact list"))
{
    constexpr auto longDashes = QCommandLineParser::ParseAsLongOptions;
    addUsage({.subcommand = QStringLiteral("list"),
              .description = tr("show the do-not-contact list"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("add"),
              .arguments = QStringLiteral("VALUE"),
              .description = tr("never contact this address, or anyone at this domain"),
              .options = {{{QStringLiteral("reason"), tr("Why (kept with the entry)"), QStringLiteral("TEXT")}}},
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("remove"),
              .arguments = QStringLiteral("VALUE"),
              .description = tr("take an address or a domain off the list"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("import"),
              .arguments = QStringLiteral("FILE"),
              .description = tr("add every address or domain of a file (one a line, or a CSV column)"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("check"),
              .arguments = QStringLiteral("EMAIL"),
              .description = tr("say whether an address may be contacted"),
              .dashes = longDashes});
}

int DncCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    // One parse for every subcommand, as the list has always been read (--reason is ignored but by add).
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error)) {
        return cli.usage(error);
    }
    const QStringList values = parser.positionalArguments();
    const bool needsValue = sub != QLatin1String("list");
    static const QStringList subs {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove"),
                                   QStringLiteral("import"), QStringLiteral("check")};
    if (!subs.contains(sub) || values.size() != (needsValue ? 1 : 0)) {
        return cli.usage(tr("dnc needs: list, add VALUE, remove VALUE, import FILE or check EMAIL"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    models::DoNotContactRepository dnc(cli.workspace().connection());
    const qint64 now = Clock::instance().nowMs();
    if (sub == QLatin1String("list")) {
        const auto entries = dnc.list();
        if (cli.json()) {
            QJsonArray array;
            for (const auto& e : entries) {
                array.append(QJsonObject {{QStringLiteral("value"), e.value},
                                          {QStringLiteral("kind"), e.kind},
                                          {QStringLiteral("reason"), e.reason}});
            }
            cli.printJson(array);
        } else {
            for (const auto& e : entries) {
                cli.print(QStringLiteral("%1  %2  %3").arg(e.kind, -6).arg(e.value, -40).arg(e.reason));
            }
        }
        return 0;
    }
    const QString value = values.first();
    if (sub == QLatin1String("add")) {
        QString problem;
        const QString stored = dnc.add(value, parser.value(QStringLiteral("reason")), now, &problem);
        if (stored.isEmpty()) {
            return cli.fail(problem);
        }
        cli.print(tr("%1 is on the do-not-contact list").arg(stored));
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        if (!dnc.remove(value)) {
            return cli.fail(tr("%1 is not on the do-not-contact list").arg(value));
        }
        cli.print(tr("%1 removed from the do-not-contact list").arg(value));
        return 0;
    }
    if (sub == QLatin1String("check")) {
        const bool suppressed = dnc.isSuppressed(value);
        if (cli.json()) {
            cli.printJson(QJsonObject {{QStringLiteral("email"), value}, {QStringLiteral("suppressed"), suppressed}});
        } else {
            cli.print(suppressed ? tr("%1 must not be contacted").arg(value) : tr("%1 may be contacted").arg(value));
        }
        return 0;
    }
    QStringList problems;
    const int added = dnc.importFile(value, now, &problems);
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("added"), added},
                                   {QStringLiteral("errors"), QJsonArray::fromStringList(problems)}});
    } else {
        cli.print(tr("%1 entries added").arg(added));
        for (const QString& problem : std::as_const(problems)) {
            cli.print(problem);
        }
    }
    return added == 0 && !problems.isEmpty() ? 1 : 0;
}

} // namespace sc::app::cli
