// `kb add|list|search|remove` as a script drives them: one line on stderr per refused file with the
// others still added, and `kb search --json` printing exactly the shape the issue fixes:
// [{"document": "FILE NAME", "chunk": N, "score": S, "text": "…"}], best first.
#include "CliRunner.h"
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
