#pragma once

#include "agents/conversation/LlmProvider.h"
#include "models/repositories/KnowledgeBaseRepository.h"

#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

namespace sc::agents::conversation {

class Embedder;

// Adds the rep's files to the knowledge base: reads one (DocumentReader), refuses one already there
// by its content, chunks it (Chunker) and stores document and chunks in one transaction, so a file
// is either wholly in the knowledge base or not at all; embeds the chunks for hybrid retrieval when a
// provider with an embedding model is set (HybridRetriever searches). The CLI and the GUI share this.
class KnowledgeBase
{
public:
    struct Added
    {
        qint64 id = 0; // 0 when refused
        QString name;
        QString kind;
        int chunks = 0;
        int pages = 0;
        QString error; // in the rep's words, when refused

        bool ok() const { return error.isEmpty(); }
    };

    struct Embedded
    {
        int embedded = 0; // chunks embedded by this call
        int remaining = 0; // chunks still without an embedding from the model
        int promptTokens = 0;
        int totalTokens = 0;
        ErrorKind error = ErrorKind::None;
        bool unsupported = false; // the provider has no embeddings API (Anthropic)
        QString message; // in the rep's words, when it stopped early

        bool ok() const { return error == ErrorKind::None; }
    };
    // Called after each batch stored: chunks done so far, of how many were missing.
    using Progress = std::function<void(int done, int total)>;

    // Larger files are refused rather than read into memory.
    static constexpr qint64 MaxFileBytes = 100LL << 20;

    explicit KnowledgeBase(QSqlDatabase db);

    Added addFile(const QString& path, qint64 now);
    // Embeds the chunks that have no embedding from the embedder's model yet, a batch per request,
    // each batch stored as it arrives: a failure or a cancel keeps what was done, and the next call
    // goes on from there. Throws StoreError when the store refuses a batch (disk full), the batches
    // before it kept. Blocking (the provider's round trips): an agent's or the CLI's thread.
    Embedded embedMissing(const Embedder& embedder, const Progress& progress = {},
                          const std::atomic<bool>* cancelled = nullptr);
    models::KnowledgeBaseRepository& repository() { return m_repository; }

private:
    models::KnowledgeBaseRepository m_repository;
};

} // namespace sc::agents::conversation
