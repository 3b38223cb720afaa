#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace sc::models {

// The rep's knowledge base: documents and their chunks, indexed for BM25 retrieval (migration 020),
// and the chunks' embeddings for vector search (migration 022). Reading and chunking files, and
// asking a provider for embeddings, is the Conversation agent's (agents/conversation/knowledge);
// this class only stores what it is given and searches it.
class KnowledgeBaseRepository
{
public:
    struct Document
    {
        qint64 id = 0;
        QString name; // file name as shown
        QString path; // absolute path when added
        QString kind; // "text", "markdown", "html", "pdf"
        qint64 size = 0; // bytes
        qint64 addedAt = 0; // ms since the epoch
        QString contentHash; // SHA-256, hex
        int chunks = 0; // filled by list()
    };
    struct Chunk
    {
        int n = 0; // from 0, in document order
        QString text;
        int page = 0; // PDF page from 1; 0 when the kind has no pages
    };
    struct Hit
    {
        qint64 chunkId = 0;
        QString document;
        int chunk = 0;
        int page = 0;
        QString text;
        double score = 0; // higher is better
    };
    // A chunk to embed.
    struct ChunkText
    {
        qint64 chunkId = 0;
        QString text;
    };
    struct Embedding
    {
        qint64 chunkId = 0;
        std::vector<float> vector; // L2-normalised
    };

    explicit KnowledgeBaseRepository(QSqlDatabase db);

    // The document with this content hash, or id 0.
    Document findByHash(const QString& contentHash) const;
    // Stores the document and all its chunks in one transaction; throws ValidationError when a
    // document with the same content is already there (nothing is stored then). Returns the id.
    qint64 add(const Document& document, const QList<Chunk>& chunks);
    QList<Document> list() const;
    // Removes a document and its chunks. False when there is no such document.
    bool remove(qint64 id);
    // The best chunks for a question, best first. Words of one or two letters and common French and
    // English words are left out; accents are folded.
    QList<Hit> search(const QString& query, int limit) const;

    // Chunks with no embedding from this model (none yet, or one from another model), in id order;
    // limit < 0: all of them.
    QList<ChunkText> chunksWithoutEmbedding(const QString& model, int limit = -1) const;
    // Stores the vectors in one transaction, replacing a chunk's earlier one. A chunk removed since
    // it was listed is skipped (its document went while the provider was answering).
    void storeEmbeddings(const QString& model, const QList<Embedding>& embeddings);
    int embeddingCount(const QString& model) const;
    // The chunks whose vectors from this model are nearest the query's (cosine, a dot product since
    // both are normalised), best first; score is the cosine. Vectors of another size are ignored.
    QList<Hit> vectorSearch(const QString& model, const std::vector<float>& query, int limit) const;

    // The kb_embeddings.vector format: float32, little-endian. decode returns nothing for a blob
    // whose size is not a whole number of floats.
    static QByteArray encodeVector(const std::vector<float>& vector);
    static std::vector<float> decodeVector(const QByteArray& blob);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
