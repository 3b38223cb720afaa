// The knowledge base the Conversation agent grounds drafts in: each kind of document read, chunks
// cut where paragraphs end and overlapping, duplicates and broken files refused with nothing stored,
// BM25 search best first with accents folded, recall@5 on the corpus of tests/data/kb, and the
// memory and time a 200-page PDF takes to index.
#include "PdfFixture.h"
#include "ProcessMemory.h"
#include "TestWorkspace.h"
#include "agents/conversation/knowledge/Chunker.h"
#include "agents/conversation/knowledge/KnowledgeBase.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace sc;
using namespace sc::agents::conversation;
using sc::models::KnowledgeBaseRepository;

using namespace sc::tests;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
}

int count(const QSqlDatabase& db, const QString& table)
{
    return models::Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

DocumentText plain(const QString& text)
{
    DocumentText t;
    t.kind = QStringLiteral("text");
    t.pages.append({0, text, false});
    return t;
}

QString sentences(int n, const QString& word)
{
    QStringList list;
    for (int i = 0; i < n; ++i) {
        list.append(QStringLiteral("Sentence %1 about %2 and nothing else.").arg(i).arg(word));
    }
    return list.join(QLatin1Char(' '));
}

// BM25 alone on tests/data/kb; hybrid retrieval (embeddings) is what the 0.9 is for.
constexpr double RecallFloor = 0.85;

} // namespace

class TestKb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksByParagraph()
    {
        const Chunker chunker(800, 150);
        // A short document is one chunk, paragraphs kept apart by a blank line.
        const auto one = chunker.chunk(plain(QStringLiteral("First paragraph.\n\n\nSecond\nparagraph.")));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().text, QStringLiteral("First paragraph.\n\nSecond paragraph."));

        // Paragraphs of ~300 characters: packed two a chunk, never cut, never past the target plus overlap.
        QStringList paras;
        for (int i = 0; i < 10; ++i) {
            paras.append(QStringLiteral("P%1 ").arg(i) + sentences(7, QStringLiteral("pallets")).left(300));
        }
        const auto packed = chunker.chunk(plain(paras.join(QStringLiteral("\n\n"))));
        QVERIFY(packed.size() >= 4 && packed.size() <= 5);
        for (const auto& c : packed) {
            QVERIFY2(c.text.size() <= 800 + 150 + 1, qPrintable(QString::number(c.text.size())));
        }
        for (const QString& p : std::as_const(paras)) {
            const bool whole = std::any_of(packed.cbegin(), packed.cend(),
                                           [&](const Chunker::Chunk& c) { return c.text.contains(p); });
            QVERIFY2(whole, qPrintable(p.left(3)));
        }
        // Each chunk starts with the end of the one before (the overlap).
        for (qsizetype i = 1; i < packed.size(); ++i) {
            const QString head = packed.at(i).text.left(40);
            QVERIFY2(packed.at(i - 1).text.contains(head), qPrintable(head));
        }

        // One long paragraph is cut at sentence ends.
        const auto cut = chunker.chunk(plain(sentences(60, QStringLiteral("invoices"))));
        QVERIFY(cut.size() >= 3);
        for (qsizetype i = 0; i + 1 < cut.size(); ++i) {
            QVERIFY2(cut.at(i).text.endsWith(QLatin1Char('.')), qPrintable(cut.at(i).text.right(20)));
        }

        // Pages: each chunk says where its own text starts.
        DocumentText pdf;
        pdf.kind = QStringLiteral("pdf");
        for (int page = 1; page <= 3; ++page) {
            pdf.pages.append({page, sentences(20, QStringLiteral("page %1").arg(page)), false});
        }
        const auto paged = chunker.chunk(pdf);
        QCOMPARE(paged.first().page, 1);
        QCOMPARE(paged.last().page, 3);
        for (const auto& c : paged) {
            QVERIFY(c.text.contains(QStringLiteral("page %1").arg(c.page)));
        }
    }

    void readsEachKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("word"); // found by search
        QTest::addColumn<QString>("absent"); // never in any chunk
        QTest::addColumn<int>("page");
        QTest::newRow("text") << QStringLiteral("notes.txt") << QByteArray("Palettes livrées en 48 heures.\n")
                              << QStringLiteral("text") << QStringLiteral("palettes") << QString() << 0;
        QTest::newRow("markdown") << QStringLiteral("offer.md")
                                  << QByteArray("# Offer\n\nThe **forklift** plan.\n\n- one\n- two\n")
                                  << QStringLiteral("markdown") << QStringLiteral("forklift") << QString() << 0;
        QTest::newRow("html") << QStringLiteral("page.html")
                              << QByteArray("<html><head><title>Tarifs</title><style>.x{color:red}</style>"
                                            "<script>var secret = 'hidden';</script></head><body><h1>Tarifs</h1>"
                                            "<p>Le forfait <b>Entrepôt</b> coûte 490&nbsp;€.</p></body></html>")
                              << QStringLiteral("html") << QStringLiteral("entrepot") << QStringLiteral("hidden") << 0;
        QTest::newRow("pdf") << QStringLiteral("sheet.pdf")
                             << tests::makePdf({{QStringLiteral("Cover")},
                                                {QStringLiteral("La sécurité des données est chiffrée.")}})
                             << QStringLiteral("pdf") << QStringLiteral("securite") << QStringLiteral("BT /F1") << 1;
    }
    void readsEachKind()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QFETCH(QString, word);
        QFETCH(QString, absent);
        QFETCH(int, page);
        tests::TestWorkspace ws;
        QTemporaryDir dir;
        KnowledgeBase kb(ws->connection());
        const auto added = kb.addFile(writeFile(dir, name, bytes), 1000);
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(added.kind, kind);
        const auto docs = kb.repository().list();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().name, name);
        QCOMPARE(docs.first().kind, kind);
        QCOMPARE(docs.first().size, qint64(bytes.size()));
        QCOMPARE(docs.first().addedAt, qint64(1000));
        const auto hits = kb.repository().search(word, 5);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().document, name);
        QCOMPARE(hits.first().page, page);
        QVERIFY(!hits.first().text.contains(QLatin1Char('<')));
        if (!absent.isEmpty()) {
            QVERIFY(!hits.first().text.contains(absent));
            QVERIFY(kb.repository().search(absent, 5).isEmpty());
        }
    }

    void refusesDuplicatesAndBrokenFiles()
    {
        tests::TestWorkspace ws;
        QTemporaryDir dir;
        KnowledgeBase kb(ws->connection());
        const QByteArray text("Onboarding takes two weeks.\n");
        QVERIFY(kb.addFile(writeFile(dir, QStringLiteral("a.txt"), text), 1).ok());
        // The same bytes under another name: refused, saying which document holds them.
        const auto again = kb.addFile(writeFile(dir, QStringLiteral("copy.md"), text), 2);
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QStringLiteral("already in the knowledge base (as a.txt)")),
                 qPrintable(again.error));

        QByteArray truncated = tests::makePdf({{QStringLiteral("Some words")}});
        truncated.truncate(40);
        const struct
        {
            QString name;
            QByteArray bytes;
            QString error;
        } broken[] = {
            {QStringLiteral("broken.pdf"), truncated, QStringLiteral("damaged PDF")},
            {QStringLiteral("garbage.pdf"), QByteArray("%PDF-1.4\n\x01\x02 nothing else", 24),
             QStringLiteral("damaged PDF")},
            {QStringLiteral("fake.pdf"), QByteArray("just text"), QStringLiteral("not a PDF")},
            {QStringLiteral("blank.pdf"), tests::makePdf({{}, {}}), QStringLiteral("no text")},
            {QStringLiteral("latin1.txt"), QByteArray("caf\xe9"), QStringLiteral("not UTF-8")},
            {QStringLiteral("binary.txt"), QByteArray("a\0b", 3), QStringLiteral("not a text file")},
            {QStringLiteral("empty.md"), QByteArray(" \n"), QStringLiteral("empty")},
            {QStringLiteral("deck.docx"), QByteArray("PK"), QStringLiteral("unsupported")},
        };
        for (const auto& b : broken) {
            const auto r = kb.addFile(writeFile(dir, b.name, b.bytes), 3);
            QVERIFY2(!r.ok() && r.error.contains(b.error), qPrintable(b.name + QStringLiteral(": ") + r.error));
        }
        const auto missing = kb.addFile(dir.filePath(QStringLiteral("nowhere.txt")), 4);
        QVERIFY(missing.error.contains(QStringLiteral("no such file")));
        // Nothing of the refused files was stored.
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_documents")), 1);
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_chunks")), 1);
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_chunks_fts")), 1);

        // A chunk the store refuses midway (two chunks numbered 0): the document goes with it.
        KnowledgeBaseRepository::Document d {0,
                                             QStringLiteral("x.txt"),
                                             QStringLiteral("/x.txt"),
                                             QStringLiteral("text"),
                                             1,
                                             1,
                                             QStringLiteral("hash-x"),
                                             0};
        QVERIFY_THROWS_EXCEPTION(
            models::StoreError, kb.repository().add(d, {{0, QStringLiteral("one"), 0}, {0, QStringLiteral("two"), 0}}));
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_documents")), 1);
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_chunks")), 1);
        QVERIFY(kb.repository().search(QStringLiteral("one"), 5).isEmpty());
    }

    void searchRanksAndFoldsAccents()
    {
        tests::TestWorkspace ws;
        KnowledgeBaseRepository repo(ws->connection());
        auto doc = [&](const QString& name, const QStringList& chunks) {
            QList<KnowledgeBaseRepository::Chunk> list;
            for (int i = 0; i < chunks.size(); ++i) {
                list.append({i, chunks.at(i), 0});
            }
            return repo.add({0, name, name, QStringLiteral("text"), 1, 1, name, 0}, list);
        };
        doc(QStringLiteral("securite.md"),
            {QStringLiteral("Sécurité : chiffrement AES-256 au repos, hébergement en France."),
             QStringLiteral("Les sauvegardes sont quotidiennes.")});
        doc(QStringLiteral("pricing.md"),
            {QStringLiteral("Pricing: the Starter plan is 49 euros per user per month."),
             QStringLiteral("Security is mentioned once here.")});
        const qint64 gone = doc(QStringLiteral("old.md"), {QStringLiteral("Obsolete chiffrement page.")});

        // Accents folded both ways.
        for (const QString& q :
             {QStringLiteral("securite"), QStringLiteral("SÉCURITÉ"), QStringLiteral("hebergement")}) {
            const auto hits = repo.search(q, 5);
            QVERIFY2(!hits.isEmpty() && hits.first().document == QStringLiteral("securite.md"), qPrintable(q));
        }
        // Best first: the chunk holding more of the question's words wins; scores never rise.
        const auto hits = repo.search(QStringLiteral("Quel est le chiffrement au repos et où est l'hébergement ?"), 5);
        QVERIFY(hits.size() >= 2);
        QCOMPARE(hits.first().document, QStringLiteral("securite.md"));
        QCOMPARE(hits.first().chunk, 0);
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QVERIFY(hits.at(i).score <= hits.at(i - 1).score);
        }
        QVERIFY(hits.first().score > 0);
        QCOMPARE(repo.search(QStringLiteral("chiffrement"), 1).size(), 1);
        QCOMPARE(repo.search(QStringLiteral("plans"), 5).first().document, QStringLiteral("pricing.md")); // stemmed
        // Only stop words, or FTS5 syntax typed by the rep: no error, taken literally.
        QVERIFY(repo.search(QStringLiteral("what is the"), 5).isEmpty());
        QCOMPARE(repo.search(QStringLiteral("\"starter\" AND NEAR( plan*"), 5).first().document,
                 QStringLiteral("pricing.md"));
        // Removing a document takes its chunks out of the index.
        QVERIFY(repo.remove(gone));
        QVERIFY(!repo.remove(gone));
        QVERIFY(repo.search(QStringLiteral("obsolete"), 5).isEmpty());
        QCOMPARE(repo.list().size(), 2);
    }

    // Every document of tests/data/kb/docs indexed, each question of questions.tsv asked: how often
    // is its expected document among the five best chunks' documents (BM25 alone).
    void recallAt5OnTheCorpus()
    {
        const QDir corpus(QStringLiteral(SC_SOURCE_DIR "/tests/data/kb"));
        tests::TestWorkspace ws;
        KnowledgeBase kb(ws->connection());
        QStringList names;
        for (const QString& f : QDir(corpus.filePath(QStringLiteral("docs"))).entryList(QDir::Files, QDir::Name)) {
            const auto added = kb.addFile(corpus.filePath(QStringLiteral("docs/") + f), 1);
            QVERIFY2(added.ok(), qPrintable(added.error));
            names.append(f);
        }
        QVERIFY2(names.size() >= 30, qPrintable(QString::number(names.size())));
        QVERIFY(std::count_if(names.cbegin(), names.cend(),
                              [](const QString& n) { return n.endsWith(QStringLiteral(".pdf")); })
                >= 3);
        QFile tsv(corpus.filePath(QStringLiteral("questions.tsv")));
        QVERIFY(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
        int asked = 0;
        int found = 0;
        QHash<QString, QPair<int, int>> bySet; // "en", "fr", "direct", "paraphrase" -> found, asked
        for (const QByteArray& raw : tsv.readAll().split('\n')) {
            const QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
            if (cols.size() < 3 || cols.first().startsWith(QLatin1Char('#'))) {
                continue;
            }
            const QString& language = cols.at(0);
            const QString& question = cols.at(1);
            const QString& expected = cols.at(2);
            QVERIFY2(names.contains(expected), qPrintable(expected));
            const auto hits = kb.repository().search(question, 5);
            const bool hit = std::any_of(hits.cbegin(), hits.cend(),
                                         [&](const KnowledgeBaseRepository::Hit& h) { return h.document == expected; });
            ++asked;
            const QString set = cols.value(3, QStringLiteral("direct"));
            ++bySet[language].second;
            ++bySet[set].second;
            if (hit) {
                ++found;
                ++bySet[language].first;
                ++bySet[set].first;
            } else {
                qInfo("missed (%s): %s -> %s; got %s", qPrintable(language), qPrintable(question), qPrintable(expected),
                      qPrintable(hits.isEmpty() ? QStringLiteral("nothing") : hits.first().document));
            }
        }
        QVERIFY2(asked >= 40, qPrintable(QString::number(asked)));
        const double recall = double(found) / asked;
        auto part = [&](const char* key) {
            const auto p = bySet.value(QString::fromLatin1(key));
            return QStringLiteral("%1 %2/%3").arg(QString::fromLatin1(key)).arg(p.first).arg(p.second);
        };
        qInfo("recall@5 (BM25 alone): %.3f (%d of %d questions; %s, %s; %s, %s; %lld documents)", recall, found, asked,
              qPrintable(part("en")), qPrintable(part("fr")), qPrintable(part("direct")),
              qPrintable(part("paraphrase")), qlonglong(names.size()));
        // A floor against regressions, not the goal (0.9, with hybrid retrieval).
        QVERIFY2(recall >= RecallFloor, qPrintable(QString::number(recall)));
    }

    void indexesA200PagePdf()
    {
        QList<QStringList> pages;
        for (int p = 1; p <= 200; ++p) {
            QStringList lines;
            for (int l = 0; l < 50; ++l) {
                lines.append(
                    QStringLiteral("Page %1 ligne %2 : l'entrepôt expédie les commandes, inventaire et réception.")
                        .arg(p)
                        .arg(l));
            }
            if (p == 137) {
                lines.append(QStringLiteral("Le mot rarissime zygomorphe est ici."));
            }
            pages.append(lines);
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("catalogue.pdf"), tests::makePdf(pages));
        QVERIFY(!path.isEmpty());
        tests::TestWorkspace ws;
        KnowledgeBase kb(ws->connection());
        const bool reset = ProcessMemory::resetPeak();
        const qint64 before = ProcessMemory::statusBytes("VmRSS");
        QElapsedTimer timer;
        timer.start();
        const auto added = kb.addFile(path, 1);
        const qint64 ms = timer.elapsed();
        const qint64 peak = ProcessMemory::statusBytes("VmHWM") - before;
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(added.pages, 200);
        QVERIFY(added.chunks > 200);
        // Found on its page (a second time at most, in the overlap at the start of the next chunk).
        const auto hits = kb.repository().search(QStringLiteral("zygomorphe"), 5);
        QVERIFY(!hits.isEmpty() && hits.size() <= 2);
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(),
                            [](const KnowledgeBaseRepository::Hit& h) { return h.page == 137; }));
        for (const auto& h : hits) {
            QVERIFY(h.page == 137 || h.page == 138);
        }
        qInfo("200-page PDF (%lld KB): indexed in %lld ms, %d chunks, peak %lld MB above the resident size before%s",
              qlonglong(QFileInfo(path).size() >> 10), ms, added.chunks, std::max<qint64>(0, peak) >> 20,
              reset ? "" : " (peak not reset: since the process started)");
#if defined(__SANITIZE_ADDRESS__)
        qInfo("(memory under AddressSanitizer counts its shadow memory and quarantine: not a figure)");
#endif
    }
};

QTEST_GUILESS_MAIN(TestKb)
#include "test_kb.moc"
