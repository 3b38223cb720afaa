#include "KbCommand.h"

#include "agents/conversation/Embedder.h"
#include "agents/conversation/ProviderSetup.h"
#include "agents/conversation/knowledge/HybridRetriever.h"
#include "agents/conversation/knowledge/KnowledgeBase.h"
#include "app/cli/Cli.h"
#include "app/cli/ProviderKey.h"
#include "models/Clock.h"
#include "models/repositories/LlmRepository.h"
#include "models/store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace sc::app::cli {

using agents::conversation::KnowledgeBase;

KbCommand::KbCommand()
    : Command(QStringLiteral("kb"), tr("the knowledge base drafts are grounded in"))
{
    constexpr auto longDashes = QCommandLineParser::ParseAsLongOptions;
    addUsage({.subcommand = QStringLiteral("add"),
              .arguments = QStringLiteral("FILE..."),
              .description = tr("add documents (text, Markdown, HTML, PDF, Word .docx); each one wholly or not at all"),
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
    // With a provider that has an embedding model: hybrid (the chunks not embedded yet embedded first);
    // else, or when the embeddings fail, BM25 alone.
    const std::optional<models::LlmRepository::Provider> provider
        = models::LlmRepository(cli.workspace().connection()).activeProvider();
    if (!provider || provider->embeddingModel.isEmpty()) {
        return printHits(cli, models::KnowledgeBaseRepository(cli.workspace().connection()).search(query, limit));
    }
    return ProviderKey::with(cli, provider, [&cli, provider, query, limit](const QString& key, const QString& problem) {
        KnowledgeBase kb(cli.workspace().connection());
        const auto embedder = agents::conversation::ProviderSetup::embedder(*provider, key);
        if (!problem.isEmpty() || !embedder) {
            QTextStream(stderr) << problem << "\n";
            return printHits(cli, kb.repository().search(query, limit));
        }
        const KnowledgeBase::Embedded embedded = kb.embedMissing(*embedder);
        const auto found = agents::conversation::HybridRetriever(kb.repository()).search(query, limit, embedder.get());
        models::LlmRepository(cli.workspace().connection())
            .record({provider->name, embedder->model(), QStringLiteral("embedding"), 0,
                     embedded.totalTokens + found.embeddingTokens, 0},
                    Clock::instance().nowMs());
        if (!found.hybrid()) {
            QTextStream(stderr) << tr("keyword search only: %1").arg(found.fallbackReason) << "\n";
        }
        return printHits(cli, found.hits);
    });
}

int KbCommand::printHits(Cli& cli, const QList<models::KnowledgeBaseRepository::Hit>& hits)
{
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
