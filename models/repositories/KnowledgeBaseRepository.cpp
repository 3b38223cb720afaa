#include "KnowledgeBaseRepository.h"

#include "../store/Sql.h"
#include "../store/SqlDialect.h"
#include "../store/StoreError.h"

#include <QRegularExpression>
#include <QSet>
#include <QtEndian>
#include <algorithm>

namespace sc::models {

namespace {

// Words that say nothing about which document answers a question, in the two languages the rep
// writes in. BM25 would weigh them low anyway; leaving them out keeps OR queries from matching
// every chunk.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        const QStringList list
            = QStringLiteral(
                  "the and for are but not you your our with what which who whom how does did can could would should "
                  "will from that this these those there their they them have has had was were been being into onto "
                  "about any all its it's is do we us my me of to in on at by or an as be if so no yes a i "
                  "les des une est que qui quoi quel quelle quels quelles pour par pas sur dans avec vous nous votre "
                  "vos nos notre leur leurs son ses sont ont elle il ils elles mais donc car est-ce comment combien "
                  "quand dont cette ces cet aux du de la le un et en au ou se sa ce ne y peut peuvent faut fait "
                  "avez avons etre être tout tous toute toutes plus moins très tres")
                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

QStringList questionWords(const QString& query)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    for (const QString& word : query.toLower().split(separators, Qt::SkipEmptyParts)) {
        const bool number = word.front().isDigit();
        if ((word.size() < 3 && !number) || stopWords().contains(word) || words.contains(word)) {
            continue;
        }
        words.append(word);
    }
    return words;
}

} // namespace

KnowledgeBaseRepository::KnowledgeBaseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

KnowledgeBaseRepository::Document KnowledgeBaseRepository::findByHash(const QString& contentHash) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT id, name, path, kind, size, added_at, content_hash FROM kb_documents "
                                          "WHERE content_hash = :h"),
                           {{":h", contentHash}});
    Document d;
    if (q.next()) {
        d = {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(), q.value(3).toString(),
             q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString(), 0};
    }
    return d;
}

qint64 KnowledgeBaseRepository::add(const Document& document, const QList<Chunk>& chunks)
{
    Transaction tx(m_db);
    const Document existing = findByHash(document.contentHash);
    if (existing.id != 0) {
        throw ValidationError(
            QStringLiteral("%1 is already in the knowledge base (as %2)").arg(document.name, existing.name));
    }
    QSqlQuery ins = Sql::run(m_db,
                             QStringLiteral("INSERT INTO kb_documents (name, path, kind, size, added_at, content_hash) "
                                            "VALUES (:name, :path, :kind, :size, :at, :hash) RETURNING id"),
                             {{":name", document.name},
                              {":path", document.path},
                              {":kind", document.kind},
                              {":size", document.size},
                              {":at", document.addedAt},
                              {":hash", document.contentHash}});
    if (!ins.next()) {
        throw StoreError(QStringLiteral("could not store %1").arg(document.name));
    }
    const qint64 id = ins.value(0).toLongLong();
    ins.finish();
    QSqlQuery chunk = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO kb_chunks (document_id, n, text, page) VALUES (:d, :n, :text, :page)"));
    for (const Chunk& c : chunks) {
        Sql::bind(chunk,
                  {{":d", id},
                   {":n", c.n},
                   {":text", c.text},
                   {":page", c.page > 0 ? QVariant(c.page) : QVariant(QMetaType(QMetaType::Int))}});
        Sql::exec(chunk);
    }
    tx.commit();
    return id;
}

QList<KnowledgeBaseRepository::Document> KnowledgeBaseRepository::list() const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT d.id, d.name, d.path, d.kind, d.size, d.added_at, d.content_hash, "
                                          "(SELECT count(*) FROM kb_chunks c WHERE c.document_id = d.id) "
                                          "FROM kb_documents d ORDER BY d.name COLLATE NOCASE, d.id"));
    QList<Document> documents;
    while (q.next()) {
        documents.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toInt()});
    }
    return documents;
}

bool KnowledgeBaseRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    // Chunks first and explicitly, so the index trigger sees each one go.
    Sql::run(m_db, QStringLiteral("DELETE FROM kb_chunks WHERE document_id = :id"), {{":id", id}});
    QSqlQuery q = Sql::run(m_db, QStringLiteral("DELETE FROM kb_documents WHERE id = :id"), {{":id", id}});
    const bool removed = q.numRowsAffected() > 0;
    q.finish();
    tx.commit();
    return removed;
}

QList<KnowledgeBaseRepository::Hit> KnowledgeBaseRepository::search(const QString& query, int limit) const
{
    const QString fts = SqlDialect::anyWordQuery(questionWords(query));
    QList<Hit> hits;
    if (fts.isEmpty() || limit <= 0) {
        return hits;
    }
    QSqlQuery q = Sql::run(m_db, SqlDialect::knowledgeSearch(), {{":fts", fts}, {":limit", limit}});
    while (q.next()) {
        hits.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                     q.value(4).toString(), q.value(5).toDouble()});
    }
    return hits;
}

QList<KnowledgeBaseRepository::ChunkText> KnowledgeBaseRepository::chunksWithoutEmbedding(const QString& model,
                                                                                          int limit) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT c.id, c.text FROM kb_chunks c "
                                          "LEFT JOIN kb_embeddings e ON e.chunk_id = c.id AND e.model = :m "
                                          "WHERE e.chunk_id IS NULL ORDER BY c.id LIMIT :limit"),
                           {{":m", model}, {":limit", limit < 0 ? -1 : limit}});
    QList<ChunkText> chunks;
    while (q.next()) {
        chunks.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return chunks;
}

void KnowledgeBaseRepository::storeEmbeddings(const QString& model, const QList<Embedding>& embeddings)
{
    Transaction tx(m_db);
    QSqlQuery ins = Sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO kb_embeddings (chunk_id, model, dims, vector) "
                       "SELECT :c, :m, :d, :v WHERE EXISTS (SELECT 1 FROM kb_chunks WHERE id = :c2) "
                       "ON CONFLICT (chunk_id) DO UPDATE SET model = excluded.model, dims = excluded.dims, "
                       "vector = excluded.vector"));
    for (const Embedding& e : embeddings) {
        if (e.vector.empty()) {
            throw ValidationError(QStringLiteral("an embedding with no dimensions for chunk %1").arg(e.chunkId));
        }
        Sql::bind(ins,
                  {{":c", e.chunkId},
                   {":m", model},
                   {":d", int(e.vector.size())},
                   {":v", encodeVector(e.vector)},
                   {":c2", e.chunkId}});
        Sql::exec(ins);
    }
    tx.commit();
}

int KnowledgeBaseRepository::embeddingCount(const QString& model) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM kb_embeddings WHERE model = :m"), {{":m", model}})
        .toInt();
}

QList<KnowledgeBaseRepository::Hit>
KnowledgeBaseRepository::vectorSearch(const QString& model, const std::vector<float>& query, int limit) const
{
    QList<Hit> hits;
    if (query.empty() || limit <= 0) {
        return hits;
    }
    // Brute force: a rep's documents are thousands of chunks at most, each a dot product away. The
    // blobs are read as they come and never kept, so memory stays one vector however large the base.
    struct Scored
    {
        double score;
        qint64 id;
    };
    std::vector<Scored> scored;
    std::vector<float> vector(query.size());
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("SELECT chunk_id, vector FROM kb_embeddings WHERE model = :m AND dims = :d"));
    Sql::bind(q, {{":m", model}, {":d", int(query.size())}});
    Sql::exec(q);
    while (q.next()) {
        const QByteArray blob = q.value(1).toByteArray();
        if (blob.size() != qsizetype(query.size() * sizeof(float))) {
            continue;
        }
        qFromLittleEndian<float>(blob.constData(), qsizetype(query.size()), vector.data());
        // In float, eight running sums: the compiler vectorises it (a double sum, in order, it may
        // not), and float's precision is the vectors' own.
        float sums[8] = {};
        size_t i = 0;
        for (; i + 8 <= query.size(); i += 8) {
            for (size_t k = 0; k < 8; ++k) {
                sums[k] += query[i + k] * vector[i + k];
            }
        }
        for (; i < query.size(); ++i) {
            sums[0] += query[i] * vector[i];
        }
        double dot = 0;
        for (const float s : sums) {
            dot += s;
        }
        scored.push_back({dot, q.value(0).toLongLong()});
    }
    q.finish();
    const auto better = [](const Scored& a, const Scored& b) {
        return a.score > b.score || (a.score == b.score && a.id < b.id);
    };
    const size_t n = std::min(scored.size(), size_t(limit));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(n), scored.end(), better);
    QSqlQuery chunk = Sql::prepare(m_db,
                                   QStringLiteral("SELECT c.id, d.name, c.n, c.page, c.text FROM kb_chunks c "
                                                  "JOIN kb_documents d ON d.id = c.document_id WHERE c.id = :id"));
    for (size_t i = 0; i < n; ++i) {
        Sql::bind(chunk, {{":id", scored[i].id}});
        Sql::exec(chunk);
        if (chunk.next()) {
            hits.append({chunk.value(0).toLongLong(), chunk.value(1).toString(), chunk.value(2).toInt(),
                         chunk.value(3).toInt(), chunk.value(4).toString(), scored[i].score});
        }
        chunk.finish();
    }
    return hits;
}

QByteArray KnowledgeBaseRepository::encodeVector(const std::vector<float>& vector)
{
    QByteArray blob(qsizetype(vector.size() * sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(vector.data(), qsizetype(vector.size()), blob.data());
    return blob;
}

std::vector<float> KnowledgeBaseRepository::decodeVector(const QByteArray& blob)
{
    if (blob.size() % qsizetype(sizeof(float)) != 0) {
        return {};
    }
    std::vector<float> vector(size_t(blob.size()) / sizeof(float));
    qFromLittleEndian<float>(blob.constData(), qsizetype(vector.size()), vector.data());
    return vector;
}

} // namespace sc::models
