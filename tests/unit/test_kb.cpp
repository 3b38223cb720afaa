// The knowledge base the Conversation agent grounds drafts in: each kind of document read, chunks
// cut where paragraphs end and overlapping, duplicates and broken files refused with nothing stored,
// BM25 search best first with accents folded, recall@5 on the corpus of tests/data/kb, the memory
// and time a 200-page PDF takes to index; and for hybrid retrieval: reciprocal rank fusion on
// hand-made rankings, embeddings stored and read back bit for bit, gone with their document, and
// the retriever's modes with an embedder that answers, fails or is absent.
#include "PdfFixture.h"
#include "ProcessMemory.h"
#include "TestWorkspace.h"
#include "agents/conversation/Embedder.h"
#include "agents/conversation/knowledge/Chunker.h"
#include "agents/conversation/knowledge/DocumentReader.h"
#include "agents/conversation/knowledge/DocxReader.h"
#include "agents/conversation/knowledge/HybridRetriever.h"
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
#include <cmath>
#include <cstring>

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

KnowledgeBaseRepository::Hit hit(qint64 chunkId)
{
    return {chunkId, QStringLiteral("doc%1").arg(chunkId), 0, 0, QString(), 0};
}

template<typename T> QList<qint64> ids(const QList<T>& hits)
{
    QList<qint64> list;
    for (const auto& h : hits) {
        list.append(h.chunkId);
    }
    return list;
}

// Stands in for a provider in unit tests (the config is never used): one dimension per keyword, so which chunks are
// "near" a question is plain to see; fails on demand. The real wire formats are test_conversation's.
class KeywordEmbedder final : public Embedder
{
public:
    explicit KeywordEmbedder(bool fail = false)
        : Embedder(localServer(), QStringLiteral("keywords"))
        , m_fail(fail)
    {
    }
    EmbeddingResult embed(const QStringList& inputs, const std::atomic<bool>*) const override
    {
        EmbeddingResult r;
        ++calls;
        if (m_fail) {
            r.error = ErrorKind::Server;
            r.message = QStringLiteral("the test server had a problem (error 500)");
            return r;
        }
        static const QStringList words {QStringLiteral("warehouse"), QStringLiteral("invoice"),
                                        QStringLiteral("security"), QStringLiteral("onboarding")};
        for (const QString& input : inputs) {
            std::vector<float> v(size_t(words.size()) + 1, 0.0f);
            v.back() = 0.1f; // never a zero vector
            for (qsizetype i = 0; i < words.size(); ++i) {
                v[size_t(i)] = input.contains(words.at(i), Qt::CaseInsensitive) ? 1.0f : 0.0f;
            }
            double norm = 0;
            for (const float x : v) {
                norm += double(x) * x;
            }
            for (float& x : v) {
                x = float(x / std::sqrt(norm));
            }
            r.vectors.push_back(v);
            r.promptTokens += 1;
            r.totalTokens += 1;
        }
        r.dims = int(words.size()) + 1;
        return r;
    }
    mutable int calls = 0;

private:
    static ProviderConfig localServer()
    {
        ProviderConfig c;
        c.kind = ProviderConfig::Kind::OpenAiCompatible;
        return c;
    }

    bool m_fail;
};

} // namespace

class TestKb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Word documents as Word writes them (tests/data/docx/make_docx.py): paragraphs of several runs, tabs
    // and breaks, hyperlinks and tracked insertions read; tracked deletions and headers left out; a ZIP
    // that is not Word, a damaged file and an unpacked size past the limit refused in the rep's words.
    void readsWordDocuments()
    {
        const QString folder = QStringLiteral(SC_SOURCE_DIR "/tests/data/docx/");
        QFile file(folder + QStringLiteral("offer.docx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto doc = sc::agents::conversation::DocumentReader::read(bytes, QStringLiteral("offer.docx"));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(doc.kind, QStringLiteral("docx"));
        const QString text = doc.pages.first().text;
        QCOMPARE(text,
                 QStringLiteral("Ironbark Route Planner\n\nPlans start at 49 euros per month.\n\nDélai\t48 "
                                "h\nSupport en français.\n\nplanner.ironbark.example\n\nAnnual plans save two "
                                "months.\n\nStarter\n\n5 drivers"));
        QVERIFY(!text.contains(QLatin1String("99 euros")));
        QVERIFY(!text.contains(QLatin1String("CONFIDENTIAL")));
        using sc::agents::conversation::DocxReader::read;
        QVERIFY(read(bytes, QStringLiteral("offer.docx"), 100).error.contains(QLatin1String("too large")));
        QVERIFY(
            read(bytes.left(bytes.size() / 2), QStringLiteral("half.docx")).error.contains(QLatin1String("damaged")));
        QFile other(folder + QStringLiteral("notdocx.docx"));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QVERIFY(
            read(other.readAll(), QStringLiteral("notdocx.docx")).error.contains(QLatin1String("not a Word document")));

        // Into the knowledge base: stored with its kind (migration 23 widened the check) and found.
        sc::tests::TestWorkspace ws;
        sc::agents::conversation::KnowledgeBase kb(ws->connection());
        const auto added = kb.addFile(folder + QStringLiteral("offer.docx"), 1000);
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(added.kind, QStringLiteral("docx"));
        const auto hits = kb.repository().search(QStringLiteral("how much per month"), 3);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().document, QStringLiteral("offer.docx"));
    }

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
            {QStringLiteral("deck.docx"), QByteArray("PK"), QStringLiteral("damaged Word document")},
            {QStringLiteral("deck.pptx"), QByteArray("PK"), QStringLiteral("unsupported")},
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

    void reciprocalRankFusion()
    {
        // k = 60: 30 is third in one list and first in the other (1/63 + 1/61), ahead of 10, first in
        // one list only (1/61); 20 and 40 tie at 1/62, the older chunk first.
        const QList<KnowledgeBaseRepository::Hit> bm25 {hit(10), hit(20), hit(30)};
        const QList<KnowledgeBaseRepository::Hit> vectors {hit(30), hit(40)};
        const auto fused = HybridRetriever::fuse({bm25, vectors}, 10);
        QCOMPARE(ids(fused), (QList<qint64> {30, 10, 20, 40}));
        QVERIFY(qFuzzyCompare(fused.at(0).score, 1.0 / 63 + 1.0 / 61));
        QVERIFY(qFuzzyCompare(fused.at(1).score, 1.0 / 61));
        QVERIFY(qFuzzyCompare(fused.at(3).score, 1.0 / 62));
        QCOMPARE(fused.at(0).document, QStringLiteral("doc30")); // the hit's own fields are kept
        QCOMPARE(ids(HybridRetriever::fuse({bm25, vectors}, 2)), (QList<qint64> {30, 10}));
        // One ranking alone keeps its order; none gives nothing.
        QCOMPARE(ids(HybridRetriever::fuse({bm25}, 10)), (QList<qint64> {10, 20, 30}));
        QVERIFY(HybridRetriever::fuse({}, 10).isEmpty());
        QVERIFY(HybridRetriever::fuse({bm25, {}}, 0).isEmpty());
        // k = 1 weighs the first places far more (30: 1/4 + 1/2, 10: 1/2, 40: 1/3, 20: 1/3).
        QCOMPARE(ids(HybridRetriever::fuse({bm25, vectors}, 4, 1)), (QList<qint64> {30, 10, 20, 40}));
        // Agreement beats one list's first place: 2 and 3 both second, 1 first in one list only.
        const auto agreed = HybridRetriever::fuse({{hit(1), hit(2), hit(3)}, {hit(4), hit(3), hit(2)}}, 4);
        QCOMPARE(ids(agreed), (QList<qint64> {2, 3, 1, 4}));
    }

    void embeddingsRoundTrip()
    {
        // The blob format: float32 little-endian, whatever the machine.
        QCOMPARE(KnowledgeBaseRepository::encodeVector({1.0f, -2.0f}),
                 QByteArray("\x00\x00\x80\x3f\x00\x00\x00\xc0", 8));
        QVERIFY(KnowledgeBaseRepository::decodeVector(QByteArray(5, 'x')).empty());
        const std::vector<float> odd {0.1f, -1e-30f, 3.4e38f, 0.0f, -0.0f, 1.0f / 3};
        const std::vector<float> back
            = KnowledgeBaseRepository::decodeVector(KnowledgeBaseRepository::encodeVector(odd));
        QCOMPARE(back.size(), odd.size());
        QVERIFY(std::memcmp(back.data(), odd.data(), odd.size() * sizeof(float)) == 0); // bit for bit

        tests::TestWorkspace ws;
        KnowledgeBaseRepository repo(ws->connection());
        repo.add({0, QStringLiteral("a.md"), QStringLiteral("/a.md"), QStringLiteral("markdown"), 1, 1,
                  QStringLiteral("ha"), 0},
                 {{0, QStringLiteral("one"), 0}, {1, QStringLiteral("two"), 0}, {2, QStringLiteral("three"), 0}});
        const auto missing = repo.chunksWithoutEmbedding(QStringLiteral("m"));
        QCOMPARE(missing.size(), 3);
        QCOMPARE(missing.at(1).text, QStringLiteral("two"));
        QCOMPARE(repo.chunksWithoutEmbedding(QStringLiteral("m"), 2).size(), 2);
        const float h = float(1 / std::sqrt(2.0));
        repo.storeEmbeddings(QStringLiteral("m"),
                             {{missing.at(0).chunkId, {1, 0, 0, 0}}, {missing.at(1).chunkId, {0, h, h, 0}}});
        QCOMPARE(repo.embeddingCount(QStringLiteral("m")), 2);
        QCOMPARE(ids(repo.chunksWithoutEmbedding(QStringLiteral("m"))), (QList<qint64> {missing.at(2).chunkId}));
        QCOMPARE(repo.chunksWithoutEmbedding(QStringLiteral("other")).size(), 3);
        const QByteArray stored
            = models::Sql::scalar(ws->connection(),
                                  QStringLiteral("SELECT vector FROM kb_embeddings WHERE chunk_id = :c"),
                                  {{":c", missing.at(1).chunkId}})
                  .toByteArray();
        QCOMPARE(KnowledgeBaseRepository::decodeVector(stored), (std::vector<float> {0, h, h, 0}));

        // Nearest first, the cosine as score; another model's or another size's vectors are not compared.
        const auto near = repo.vectorSearch(QStringLiteral("m"), {0, 1, 0, 0}, 5);
        QCOMPARE(ids(near), (QList<qint64> {missing.at(1).chunkId, missing.at(0).chunkId}));
        QVERIFY(std::abs(near.at(0).score - double(h)) < 1e-6);
        QCOMPARE(near.at(0).text, QStringLiteral("two"));
        QCOMPARE(near.at(0).document, QStringLiteral("a.md"));
        QCOMPARE(near.at(0).chunk, 1);
        QVERIFY(repo.vectorSearch(QStringLiteral("other"), {0, 1, 0, 0}, 5).isEmpty());
        QVERIFY(repo.vectorSearch(QStringLiteral("m"), {0, 1, 0}, 5).isEmpty());
        QCOMPARE(repo.vectorSearch(QStringLiteral("m"), {0, 1, 0, 0}, 1).size(), 1);

        // Embedding a chunk with another model replaces its vector: one row per chunk.
        repo.storeEmbeddings(QStringLiteral("m2"), {{missing.at(0).chunkId, {0, 0, 1}}});
        QCOMPARE(repo.embeddingCount(QStringLiteral("m")), 1);
        QCOMPARE(repo.embeddingCount(QStringLiteral("m2")), 1);
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_embeddings")), 2);
        // A chunk that is gone (its document removed while the provider answered) is skipped.
        repo.storeEmbeddings(QStringLiteral("m"), {{987654, {1, 0, 0, 0}}});
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_embeddings")), 2);
        QVERIFY_THROWS_EXCEPTION(models::ValidationError,
                                 repo.storeEmbeddings(QStringLiteral("m"), {{missing.at(2).chunkId, {}}}));
    }

    void embeddingsGoWithTheirDocument()
    {
        tests::TestWorkspace ws;
        KnowledgeBase kb(ws->connection());
        QTemporaryDir dir;
        const auto a = kb.addFile(writeFile(dir, QStringLiteral("a.md"), "Our warehouse ships at noon.\n"), 1);
        const auto b = kb.addFile(writeFile(dir, QStringLiteral("b.md"), "Each invoice is sent on the 1st.\n"), 1);
        QVERIFY(a.ok() && b.ok());
        const KeywordEmbedder embedder;
        int progressCalls = 0;
        const auto embedded = kb.embedMissing(embedder, [&](int done, int total) {
            ++progressCalls;
            QCOMPARE(total, 2);
            QVERIFY(done <= total);
        });
        QVERIFY2(embedded.ok(), qPrintable(embedded.message));
        QCOMPARE(embedded.embedded, 2);
        QCOMPARE(embedded.remaining, 0);
        QCOMPARE(progressCalls, 1);
        QCOMPARE(kb.embedMissing(embedder).embedded, 0); // nothing left to do: no request
        QCOMPARE(embedder.calls, 1);
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_embeddings")), 2);
        // ON DELETE CASCADE: removing the document takes its chunks' vectors.
        QVERIFY(kb.repository().remove(a.id));
        QCOMPARE(count(ws->connection(), QStringLiteral("kb_embeddings")), 1);
        QCOMPARE(kb.repository().embeddingCount(QStringLiteral("keywords")), 1);
        QVERIFY(kb.repository().vectorSearch(QStringLiteral("keywords"), {1, 0, 0, 0, 0}, 5).size() == 1);
    }

    void hybridModes()
    {
        tests::TestWorkspace ws;
        KnowledgeBase kb(ws->connection());
        QTemporaryDir dir;
        QVERIFY(
            kb.addFile(writeFile(dir, QStringLiteral("stock.md"), "The warehouse counts stock nightly.\n"), 1).ok());
        QVERIFY(kb.addFile(writeFile(dir, QStringLiteral("billing.md"), "An invoice per month, in euros.\n"), 1).ok());
        QVERIFY(kb.addFile(writeFile(dir, QStringLiteral("trust.md"), "Security: data encrypted at rest.\n"), 1).ok());
        const HybridRetriever retriever(kb.repository());
        const QString question = QStringLiteral("How do you keep the warehouse stock right?");

        // No embedder: BM25 alone, its own scores.
        const auto plainBm25 = retriever.search(question, 5, nullptr);
        QCOMPARE(plainBm25.mode, QStringLiteral("bm25"));
        QVERIFY(plainBm25.fallbackReason.isEmpty());
        QCOMPARE(ids(plainBm25.hits), ids(kb.repository().search(question, 5)));

        // An embedder, but nothing embedded with its model yet: BM25, saying why, and no request.
        const KeywordEmbedder embedder;
        const auto notYet = retriever.search(question, 5, &embedder);
        QCOMPARE(notYet.mode, QStringLiteral("bm25"));
        QVERIFY2(notYet.fallbackReason.contains(QStringLiteral("keywords")), qPrintable(notYet.fallbackReason));
        QCOMPARE(embedder.calls, 0);

        QVERIFY(kb.embedMissing(embedder).ok());
        const auto hybrid = retriever.search(question, 5, &embedder);
        QCOMPARE(hybrid.mode, QStringLiteral("hybrid"));
        QVERIFY(hybrid.hybrid());
        QCOMPARE(hybrid.hits.first().document, QStringLiteral("stock.md"));
        // Every chunk is somewhere in the vector list, so all three come back, RRF scores falling.
        QCOMPARE(hybrid.hits.size(), 3);
        for (qsizetype i = 1; i < hybrid.hits.size(); ++i) {
            QVERIFY(hybrid.hits.at(i).score <= hybrid.hits.at(i - 1).score);
        }
        QVERIFY(hybrid.hits.first().score <= 2.0 / 61);
        QCOMPARE(embedder.calls, 2); // the chunks' batch, then the question

        // An embedder that fails: BM25 alone, with its message.
        const KeywordEmbedder failing(true);
        HybridRetriever::Result fallback = retriever.search(question, 5, &failing);
        QCOMPARE(fallback.mode, QStringLiteral("bm25"));
        QVERIFY(fallback.fallbackReason.contains(QStringLiteral("error 500")));
        QCOMPARE(ids(fallback.hits), ids(plainBm25.hits));
    }

    // Brute-force cosine at a size past any rep's documents: 5,000 chunks of 1,536 dimensions (OpenAI's
    // text-embedding-3-small), read from SQLite and scored at every query, with no cache to go stale.
    void vectorSearchAtScale()
    {
        constexpr int Chunks = 5000;
        constexpr int Dims = 1536;
        tests::TestWorkspace ws;
        KnowledgeBaseRepository repo(ws->connection());
        QList<KnowledgeBaseRepository::Chunk> chunks;
        for (int i = 0; i < Chunks; ++i) {
            chunks.append({i, QStringLiteral("chunk %1").arg(i), 0});
        }
        repo.add({0, QStringLiteral("big.txt"), QStringLiteral("/big.txt"), QStringLiteral("text"), 1, 1,
                  QStringLiteral("big"), 0},
                 chunks);
        QList<KnowledgeBaseRepository::Embedding> embeddings;
        quint32 seed = 12345;
        const auto next = [&] {
            seed = seed * 1664525u + 1013904223u; // a fixed sequence: the same vectors every run
            return float(seed >> 8) / float(1u << 24) - 0.5f;
        };
        std::vector<float> target;
        for (const auto& c : repo.chunksWithoutEmbedding(QStringLiteral("m"))) {
            std::vector<float> v(Dims);
            double norm = 0;
            for (float& x : v) {
                x = next();
                norm += double(x) * x;
            }
            for (float& x : v) {
                x = float(x / std::sqrt(norm));
            }
            if (embeddings.size() == 4321) {
                target = v;
            }
            embeddings.append({c.chunkId, std::move(v)});
        }
        QElapsedTimer timer;
        timer.start();
        repo.storeEmbeddings(QStringLiteral("m"), embeddings);
        const qint64 storeMs = timer.elapsed();
        QList<qint64> queryMs;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const auto hits = repo.vectorSearch(QStringLiteral("m"), target, 50);
            queryMs.append(timer.elapsed());
            QCOMPARE(hits.size(), 50);
            QCOMPARE(hits.first().chunk, 4321);
            QVERIFY(std::abs(hits.first().score - 1.0) < 1e-5);
        }
        std::sort(queryMs.begin(), queryMs.end());
        qInfo("vector search over %d chunks x %d dims: stored in %lld ms, one query median %lld ms (5 runs)", Chunks,
              Dims, storeMs, queryMs.at(2));
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
