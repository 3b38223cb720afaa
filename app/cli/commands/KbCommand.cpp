#include "KbCommand.h"

#include "agents/conversation/knowledge/KnowledgeBase.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

using agents::conversation::KnowledgeBase;

KbCommand::KbCommand()
    : Command(QStringLiteral("kb"), tr("the knowledge base drafts are grounded in"))
{
    constexpr auto longDashes = QCommandLineParser::ParseAsLongOptions;
    addUsage({.subcommand = QStringLiteral("add"),
              .arguments = QStringLiteral("FILE..."),
              .description = tr("add documents (text, Markdown, HTML, PDF); each one wholly or not at all"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("list"), .description = tr("show the documents"), .dashes = longDashes});
    addUsage(
        {.subcommand = QStringLiteral("search"),
         .arguments = QStringLiteral("QUERY"),
         .description = tr("the passages that best answer a question, best first"),
         .options = {{{QStringLiteral("limit"), tr("At most N passages"), QStringLiteral("N"), QStringLiteral("5")}}},
         .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("remove"),
              .arguments = QStringLiteral("ID"),
              .description = tr("take a document out of the knowledge base"),
              .dashes = longDashes});
    setNotes(tr("kb add exits with 1 when any file was refused (the others are added)."));
}

int KbCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (!usage(sub)) {
        return cli.usage(tr("kb needs: add FILE..., list, search QUERY or remove ID"));
    }
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error, sub)) {
        return cli.usage(error);
    }
    const QStringList values = parser.positionalArguments();
    if ((sub == QLatin1String("list") && !values.isEmpty()) || (sub != QLatin1String("list") && values.isEmpty())
        || (sub == QLatin1String("remove") && values.size() != 1)) {
        return cli.usage(tr("kb needs: add FILE..., list, search QUERY or remove ID"));
    }
    int limit = 5;
    if (sub == QLatin1String("search")) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            return cli.usage(tr("--limit needs a number of at least 1"));
        }
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    try {
        if (sub == QLatin1String("add")) {
            return add(cli, values);
        }
        if (sub == QLatin1String("list")) {
            return list(cli);
        }
        if (sub == QLatin1String("search")) {
            return search(cli, values.join(QLatin1Char(' ')), limit);
        }
        return remove(cli, values.first());
    } catch (const models::StoreError& e) {
        return cli.fail(e.message());
    }
}

int KbCommand::add(Cli& cli, const QStringList& files)
{
    KnowledgeBase kb(cli.workspace().connection());
    QJsonArray results;
    int refused = 0;
    for (const QString& file : files) {
        const KnowledgeBase::Added a = kb.addFile(file, Clock::instance().nowMs());
        if (!a.ok()) {
            ++refused;
        }
        if (cli.json()) {
            QJsonObject o {{QStringLiteral("file"), file}, {QStringLiteral("added"), a.ok()}};
            if (a.ok()) {
                o.insert(QStringLiteral("id"), a.id);
                o.insert(QStringLiteral("kind"), a.kind);
                o.insert(QStringLiteral("chunks"), a.chunks);
            } else {
                o.insert(QStringLiteral("error"), a.error);
            }
            results.append(o);
        } else if (a.ok()) {
            cli.print(tr("%1 added (%2, %n chunk(s))", nullptr, a.chunks).arg(a.name, a.kind));
        } else {
            cli.fail(a.error); // on standard error, and the next file is still tried
        }
    }
    if (cli.json()) {
        cli.printJson(results);
    }
    return refused > 0 ? 1 : 0;
}

int KbCommand::list(Cli& cli)
{
    const auto documents = models::KnowledgeBaseRepository(cli.workspace().connection()).list();
    if (cli.json()) {
        QJsonArray array;
        for (const auto& d : documents) {
            array.append(QJsonObject {{QStringLiteral("id"), d.id},
                                      {QStringLiteral("name"), d.name},
                                      {QStringLiteral("path"), d.path},
                                      {QStringLiteral("kind"), d.kind},
                                      {QStringLiteral("size"), d.size},
                                      {QStringLiteral("chunks"), d.chunks},
                                      {QStringLiteral("added_at"), d.addedAt}});
        }
        cli.printJson(array);
        return 0;
    }
    for (const auto& d : documents) {
        cli.print(QStringLiteral("%1  %2  %3  %4").arg(d.id, 4).arg(d.kind, -8).arg(d.chunks, 4).arg(d.name));
    }
    return 0;
}

int KbCommand::search(Cli& cli, const QString& query, int limit)
{
    const auto hits = models::KnowledgeBaseRepository(cli.workspace().connection()).search(query, limit);
    if (cli.json()) {
        QJsonArray array;
        for (const auto& h : hits) {
            QJsonObject o {{QStringLiteral("document"), h.document},
                           {QStringLiteral("chunk"), h.chunk},
                           {QStringLiteral("score"), h.score},
                           {QStringLiteral("text"), h.text}};
            if (h.page > 0) {
                o.insert(QStringLiteral("page"), h.page);
            }
            array.append(o);
        }
        cli.printJson(array);
        return 0;
    }
    if (hits.isEmpty()) {
        cli.print(tr("no passage of the knowledge base matches"));
    }
    for (const auto& h : hits) {
        const QString where = h.page > 0 ? tr("%1, chunk %2, page %3").arg(h.document).arg(h.chunk).arg(h.page)
                                         : tr("%1, chunk %2").arg(h.document).arg(h.chunk);
        cli.print(QStringLiteral("%1  (%2)\n  %3\n").arg(h.score, 0, 'f', 2).arg(where, h.text.left(300)));
    }
    return 0;
}

int KbCommand::remove(Cli& cli, const QString& id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || !models::KnowledgeBaseRepository(cli.workspace().connection()).remove(number)) {
        return cli.fail(tr("no document %1 in the knowledge base (see kb list)").arg(id));
    }
    cli.print(tr("document %1 removed").arg(id));
    return 0;
}

} // namespace sc::app::cli
