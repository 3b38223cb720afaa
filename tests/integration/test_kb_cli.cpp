// `kb add|list|search|remove` as a script drives them: one line on stderr per refused file with the
// others still added, and `kb search --json` printing exactly the shape the issue fixes:
// [{"document": "FILE NAME", "chunk": N, "score": S, "text": "…"}], best first.
#include "CliRunner.h"
#include "LlmServer.h"
#include "PdfFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sc::tests;

namespace {

const QString Docs = QStringLiteral(SC_SOURCE_DIR "/tests/data/kb/docs/");

QString write(const CliRunner& cli, const QString& name, const QByteArray& bytes)
{
    QFile f(cli.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
}

} // namespace

class TestKbCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // `providers` and `draft --json` as the issue fixes them: {"subject","body","language","template",
    // "provider","model","sources":[…],"tokens":{"input","output"},"cost"}, from a template with no
    // provider, from the model (a real local server) with one; keys from SALES_COPILOT_SECRET_<NAME>.
    void providersAndDraft()
    {
        LlmServer server;
        QVERIFY(server.start());
        CliRunner cli;
        cli.setLeadingArgs({QStringLiteral("--workspace"), cli.filePath(QStringLiteral("ws"))});
        QCOMPARE(cli.run({QStringLiteral("demo"), QStringLiteral("--prospects"), QStringLiteral("6")}).code, 0);
        const QJsonArray prospects
            = cli.run({QStringLiteral("prospects"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QVERIFY(prospects.size() >= 2);
        const QString first = QString::number(prospects.at(0).toObject().value(QStringLiteral("id")).toInteger());
        const QString second = QString::number(prospects.at(1).toObject().value(QStringLiteral("id")).toInteger());

        const auto plain
            = cli.run({QStringLiteral("draft"), QStringLiteral("--prospect"), first, QStringLiteral("--json")});
        QCOMPARE(plain.code, 0);
        const QJsonObject t = plain.json().object();
        for (const char* key :
             {"subject", "body", "language", "template", "provider", "model", "sources", "tokens", "cost"}) {
            QVERIFY2(t.contains(QLatin1String(key)), key);
        }
        QVERIFY(t.value(QStringLiteral("provider")).isNull());
        QVERIFY(!t.value(QStringLiteral("template")).toString().isEmpty());
        QCOMPARE(t.value(QStringLiteral("tokens")).toObject().value(QStringLiteral("input")).toInt(), 0);
        QVERIFY(t.value(QStringLiteral("sources")).isArray());

        // Usage errors and refusals.
        QCOMPARE(cli.run({QStringLiteral("draft")}).code, 2);
        QCOMPARE(cli.run({QStringLiteral("draft"), QStringLiteral("--prospect"), first, QStringLiteral("--kind"),
                          QStringLiteral("novel")})
                     .code,
                 2);
        QCOMPARE(cli.run({QStringLiteral("draft"), QStringLiteral("--prospect"), QStringLiteral("999999")}).code, 1);
        const auto badKind = cli.run({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("x"),
                                      QStringLiteral("--kind"), QStringLiteral("mistral"), QStringLiteral("--model"),
                                      QStringLiteral("m")});
        QCOMPARE(badKind.code, 1);
        QVERIFY(badKind.err.contains(QStringLiteral("anthropic, openai or openai-compatible")));

        // A local server needs no key; an Anthropic one reads SALES_COPILOT_SECRET_CLOUD.
        QCOMPARE(cli.run({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
                          QStringLiteral("--kind"), QStringLiteral("openai-compatible"), QStringLiteral("--base-url"),
                          server.baseUrl() + QStringLiteral("/v1"), QStringLiteral("--model"), QStringLiteral("draft")})
                     .code,
                 0);
        QCOMPARE(cli.run({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("cloud"),
                          QStringLiteral("--kind"), QStringLiteral("anthropic"), QStringLiteral("--base-url"),
                          server.baseUrl(), QStringLiteral("--model"), QStringLiteral("unauthorized")})
                     .code,
                 0);
        QJsonArray listed
            = cli.run({QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("local"));
        QVERIFY(listed.at(1).toObject().value(QStringLiteral("active")).toBool()); // the first one added
        QCOMPARE(listed.at(1).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("none needed"));
        QCOMPARE(cli.run({QStringLiteral("providers"), QStringLiteral("use"), QStringLiteral("cloud")}).code, 0);
        const CliRunner keyed = cli.withEnv(QStringLiteral("SALES_COPILOT_SECRET_CLOUD"), QStringLiteral("sk-wrong"));
        const auto denied = keyed.run(
            {QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("cloud"), QStringLiteral("--json")});
        QCOMPARE(denied.code, 1);
        QCOMPARE(denied.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("auth"));
        QCOMPARE(server.requests(QStringLiteral("unauthorized"))
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("x-api-key"))
                     .toString(),
                 QStringLiteral("sk-wrong"));
        // The model refuses the key: the draft still comes, from the template, and says why.
        const auto fallback
            = keyed.run({QStringLiteral("draft"), QStringLiteral("--prospect"), second, QStringLiteral("--json")});
        QCOMPARE(fallback.code, 0);
        QVERIFY(fallback.json().object().value(QStringLiteral("provider")).isNull());
        QVERIFY(!fallback.json().object().value(QStringLiteral("notice")).toString().isEmpty());

        QCOMPARE(cli.run({QStringLiteral("providers"), QStringLiteral("use"), QStringLiteral("local")}).code, 0);
        const auto tested = cli.run(
            {QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("local"), QStringLiteral("--json")});
        QCOMPARE(tested.code, 0);
        QVERIFY(tested.json().object().value(QStringLiteral("ok")).toBool());
        QCOMPARE(cli.run({QStringLiteral("kb"), QStringLiteral("add"), Docs + QStringLiteral("sla.md")}).code, 0);
        QCOMPARE(cli.run({QStringLiteral("providers"), QStringLiteral("price"), QStringLiteral("draft"),
                          QStringLiteral("3"), QStringLiteral("15")})
                     .code,
                 0);
        const auto ai = cli.run({QStringLiteral("draft"), QStringLiteral("--prospect"), second,
                                 QStringLiteral("--kind"), QStringLiteral("follow_up"), QStringLiteral("--instruction"),
                                 QStringLiteral("mention the uptime commitment"), QStringLiteral("--json")});
        QCOMPARE(ai.code, 0);
        const QJsonObject d = ai.json().object();
        QCOMPARE(d.value(QStringLiteral("provider")).toString(), QStringLiteral("local"));
        QCOMPARE(d.value(QStringLiteral("model")).toString(), QStringLiteral("draft"));
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("follow_up"));
        QCOMPARE(d.value(QStringLiteral("tokens")).toObject().value(QStringLiteral("input")).toInt(), 42);
        QCOMPARE(d.value(QStringLiteral("tokens")).toObject().value(QStringLiteral("output")).toInt(), 12);
        QCOMPARE(d.value(QStringLiteral("cost")).toDouble(), (42 * 3 + 12 * 15) / 1e6);
        QVERIFY(!d.value(QStringLiteral("sources")).toArray().isEmpty());
        QCOMPARE(
            d.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("document")).toString(),
            QStringLiteral("sla.md"));
        // The server's answer greets the prospect the prompt named.
        QVERIFY2(d.value(QStringLiteral("body"))
                     .toString()
                     .contains(prospects.at(1).toObject().value(QStringLiteral("first_name")).toString()),
                 qPrintable(ai.out));
    }

    void addsListsAndSearches()
    {
        CliRunner cli;
        cli.setLeadingArgs({QStringLiteral("--workspace"), cli.filePath(QStringLiteral("ws"))});
        QCOMPARE(cli.run({QStringLiteral("init")}).code, 0);
        QByteArray broken = makePdf({{QStringLiteral("Nothing")}});
        broken.truncate(30);
        const auto add = cli.run(
            {QStringLiteral("kb"), QStringLiteral("add"), Docs + QStringLiteral("security-overview.md"),
             write(cli, QStringLiteral("broken.pdf"), broken), Docs + QStringLiteral("grille-tarifaire-2026.pdf"),
             Docs + QStringLiteral("security-overview.md"), Docs + QStringLiteral("sla.md")});
        QCOMPARE(add.code, 1);
        QCOMPARE(add.err.count(QStringLiteral("error:")), 2);
        QVERIFY2(add.err.contains(QStringLiteral("broken.pdf is a damaged PDF")), qPrintable(add.err));
        QVERIFY2(add.err.contains(QStringLiteral("already in the knowledge base (as security-overview.md)")),
                 qPrintable(add.err));

        const auto list = cli.run({QStringLiteral("kb"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray docs = list.json().array();
        QCOMPARE(docs.size(), 3);
        QCOMPARE(docs.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("grille-tarifaire-2026.pdf"));
        QCOMPARE(docs.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pdf"));

        const auto search = cli.run({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("frais de mise en"),
                                     QStringLiteral("service"), QStringLiteral("--limit"), QStringLiteral("2"),
                                     QStringLiteral("--json")});
        QCOMPARE(search.code, 0);
        const QJsonArray hits = search.json().array();
        QVERIFY2(hits.size() >= 1 && hits.size() <= 2, qPrintable(search.out));
        double previous = 1e9;
        for (const QJsonValue& v : hits) {
            const QJsonObject hit = v.toObject();
            QVERIFY(hit.value(QStringLiteral("document")).isString());
            QVERIFY(hit.value(QStringLiteral("chunk")).isDouble());
            QVERIFY(hit.value(QStringLiteral("score")).isDouble());
            QVERIFY(hit.value(QStringLiteral("text")).isString());
            QVERIFY(hit.value(QStringLiteral("score")).toDouble() <= previous);
            previous = hit.value(QStringLiteral("score")).toDouble();
        }
        const QJsonObject best = hits.at(0).toObject();
        QCOMPARE(best.value(QStringLiteral("document")).toString(), QStringLiteral("grille-tarifaire-2026.pdf"));
        QCOMPARE(best.value(QStringLiteral("page")).toInt(), 1);
        QVERIFY(best.value(QStringLiteral("text")).toString().contains(QStringLiteral("4 900 €")));

        // Accents folded from the command line too; a bad limit is a usage error.
        const auto folded = cli.run(
            {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("entrepots"), QStringLiteral("--json")});
        QCOMPARE(folded.json().array().at(0).toObject().value(QStringLiteral("document")).toString(),
                 QStringLiteral("grille-tarifaire-2026.pdf"));
        QCOMPARE(cli.run({QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("x"),
                          QStringLiteral("--limit"), QStringLiteral("0")})
                     .code,
                 2);

        const QString id = QString::number(docs.at(0).toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(cli.run({QStringLiteral("kb"), QStringLiteral("remove"), id}).code, 0);
        QCOMPARE(
            cli.run({QStringLiteral("kb"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 2);
        QCOMPARE(cli.run({QStringLiteral("kb"), QStringLiteral("remove"), id}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestKbCli)
#include "test_kb_cli.moc"
