#pragma once

#include "models/repositories/KnowledgeBaseRepository.h"

#include <QList>
#include <QString>
#include <atomic>

namespace sc::agents::conversation {

class Embedder;

// Finds the knowledge base's chunks for a question: BM25 (words the question shares with a chunk)
// and, when an embedder is given and the chunks were embedded with its model, vector similarity
// (meaning, even in other words), the two rankings fused by reciprocal rank fusion. RRF needs no
// tuning of the two scores against each other, which live on unrelated scales; with k = 60 (Cormack,
// Clarke and Buettcher, SIGIR 2009) a chunk first in one list and absent from the other still ranks
// with chunks found a little lower in both. Without an embedder, or when it fails, BM25 alone
// answers and the result says so: retrieval never fails because a provider did.
class HybridRetriever
{
public:
    using Hit = models::KnowledgeBaseRepository::Hit;

    static constexpr int DefaultK = 60;
    static constexpr int DefaultCandidates = 50; // taken from each list before fusing

    struct Result
    {
        QList<Hit> hits; // best first; score: the RRF score in hybrid mode, BM25's in bm25 mode
        QString mode; // "hybrid" or "bm25"
        // Why BM25 answered alone although an embedder was given (the embedder's message, or no
        // chunk embedded with its model yet); empty otherwise.
        QString fallbackReason;
        int embeddingTokens = 0; // the question's, as the provider counted them

        bool hybrid() const { return mode == QLatin1String("hybrid"); }
    };

    explicit HybridRetriever(const models::KnowledgeBaseRepository& repository, int candidates = DefaultCandidates,
                             int k = DefaultK);

    Result search(const QString& query, int limit, const Embedder* embedder,
                  const std::atomic<bool>* cancelled = nullptr) const;

    // Reciprocal rank fusion: each hit scores the sum over the rankings holding it of 1 / (k + rank),
    // rank from 1; best first, ties to the hit ranked higher somewhere, then to the older chunk.
    static QList<Hit> fuse(const QList<QList<Hit>>& rankings, int limit, int k = DefaultK);

private:
    const models::KnowledgeBaseRepository& m_repository;
    int m_candidates;
    int m_k;
};

} // namespace sc::agents::conversation
