#include "KnowledgeBase.h"

#include "Chunker.h"
#include "DocumentReader.h"
#include "agents/conversation/Embedder.h"
#include "models/store/StoreError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace sc::agents::conversation {

KnowledgeBase::KnowledgeBase(QSqlDatabase db)
    : m_repository(std::move(db))
{
}

KnowledgeBase::Added KnowledgeBase::addFile(const QString& path, qint64 now)
{
    const QFileInfo info(path);
    Added added;
    added.name = info.fileName();
    added.kind = DocumentReader::kindFor(added.name);
    if (added.kind.isEmpty()) {
        added.error = QStringLiteral("%1: unsupported kind of document (text, Markdown, HTML or PDF)").arg(path);
        return added;
    }
    if (!info.exists()) {
        added.error = QStringLiteral("%1: no such file").arg(path);
        return added;
    }
    if (!info.isFile()) {
        added.error = QStringLiteral("%1 is not a file").arg(path);
        return added;
    }
    if (info.size() > MaxFileBytes) {
        added.error = QStringLiteral("%1 is larger than %2 MB").arg(path).arg(MaxFileBytes >> 20);
        return added;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        added.error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return added;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const models::KnowledgeBaseRepository::Document existing = m_repository.findByHash(hash);
    if (existing.id != 0) {
        added.error = QStringLiteral("%1 is already in the knowledge base (as %2)").arg(path, existing.name);
        return added;
    }
    const DocumentText text = DocumentReader::read(bytes, added.name);
    if (!text.ok()) {
        added.error = text.error;
        return added;
    }
    const QList<Chunker::Chunk> pieces = Chunker().chunk(text);
    if (pieces.isEmpty()) {
        added.error = QStringLiteral("%1 holds no text").arg(path);
        return added;
    }
    QList<models::KnowledgeBaseRepository::Chunk> chunks;
    chunks.reserve(pieces.size());
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        chunks.append({int(i), pieces.at(i).text, pieces.at(i).page});
    }
    try {
        added.id
            = m_repository.add({0, added.name, info.absoluteFilePath(), text.kind, bytes.size(), now, hash, 0}, chunks);
    } catch (const models::StoreError& e) {
        added.error = e.message();
        return added;
    }
    added.chunks = int(chunks.size());
    added.pages = text.kind == QLatin1String("pdf") ? int(text.pages.size()) : 0;
    return added;
}

KnowledgeBase::Embedded KnowledgeBase::embedMissing(const Embedder& embedder, const Progress& progress,
                                                    const std::atomic<bool>* cancelled)
{
    Embedded done;
    const QList<models::KnowledgeBaseRepository::ChunkText> missing
        = m_repository.chunksWithoutEmbedding(embedder.model());
    done.remaining = int(missing.size());
    if (missing.isEmpty()) {
        return done;
    }
    const int batch = embedder.batchSize();
    for (qsizetype start = 0; start < missing.size(); start += batch) {
        const auto slice = missing.mid(start, batch);
        QStringList texts;
        texts.reserve(slice.size());
        for (const auto& chunk : slice) {
            texts.append(chunk.text);
        }
        const EmbeddingResult result = embedder.embed(texts, cancelled);
        done.promptTokens += result.promptTokens;
        done.totalTokens += result.totalTokens;
        if (!result.ok()) {
            done.error = result.error;
            done.unsupported = result.unsupported;
            done.message = result.message;
            return done;
        }
        QList<models::KnowledgeBaseRepository::Embedding> embeddings;
        embeddings.reserve(slice.size());
        for (qsizetype i = 0; i < slice.size(); ++i) {
            embeddings.append({slice.at(i).chunkId, result.vectors.at(size_t(i))});
        }
        m_repository.storeEmbeddings(embedder.model(), embeddings);
        done.embedded += int(slice.size());
        done.remaining -= int(slice.size());
        if (progress) {
            progress(done.embedded, int(missing.size()));
        }
    }
    return done;
}

} // namespace sc::agents::conversation
