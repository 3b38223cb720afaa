#include "HybridRetriever.h"

#include "agents/conversation/Embedder.h"

#include <QHash>
#include <QLoggingCategory>
#include <algorithm>

namespace sc::agents::conversation {

Q_LOGGING_CATEGORY(lcRetrieval, "salescopilot.conversation.retrieval")

HybridRetriever::HybridRetriever(const models::KnowledgeBaseRepository& repository, int candidates, int k)
    : m_repository(repository)
    , m_candidates(std::max(1, candidates))
    , m_k(std::max(1, k))
{
}

QList<HybridRetriever::Hit> HybridRetriever::fuse(const QList<QList<Hit>>& rankings, int limit, int k)
{
    struct Fused
    {
        Hit hit;
        double score = 0;
        int bestRank = 0;
    };
    QHash<qint64, qsizetype> index; // chunk id -> position in fused
    QList<Fused> fused;
    for (const QList<Hit>& ranking : rankings) {
        for (qsizetype i = 0; i < ranking.size(); ++i) {
            const Hit& hit = ranking.at(i);
            const int rank = int(i) + 1;
            auto it = index.find(hit.chunkId);
            if (it == index.end()) {
                it = index.insert(hit.chunkId, fused.size());
                fused.append({hit, 0, rank});
            }
            Fused& f = fused[*it];
            f.score += 1.0 / (k + rank);
            f.bestRank = std::min(f.bestRank, rank);
        }
    }
    std::sort(fused.begin(), fused.end(), [](const Fused& a, const Fused& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.bestRank != b.bestRank) {
            return a.bestRank < b.bestRank;
        }
        return a.hit.chunkId < b.hit.chunkId;
    });
    QList<Hit> hits;
    for (qsizetype i = 0; i < fused.size() && i < limit; ++i) {
        hits.append(fused.at(i).hit);
        hits.last().score = fused.at(i).score;
    }
    return hits;
}

HybridRetriever::Result HybridRetriever::search(const QString& query, int limit, const Embedder* embedder,
                                                const std::atomic<bool>* cancelled) const
{
    Result result;
    result.mode = QStringLiteral("bm25");
    if (limit <= 0) {
        return result;
    }
    const QList<Hit> bm25 = m_repository.search(query, std::max(limit, m_candidates));
    const auto bm25Alone = [&](const QString& reason) {
        result.hits = bm25.mid(0, limit);
        result.fallbackReason = reason;
        if (!reason.isEmpty()) {
            qCInfo(lcRetrieval) << "BM25 alone:" << reason;
        }
        return result;
    };
    if (embedder == nullptr) {
        return bm25Alone({});
    }
    if (!embedder->supported()) {
        return bm25Alone(embedder->embed({}).message);
    }
    // Not worth a request when nothing could be compared with the question's vector.
    if (m_repository.embeddingCount(embedder->model()) == 0) {
        return bm25Alone(
            QStringLiteral("no chunk of the knowledge base is embedded with %1 yet").arg(embedder->model()));
    }
    const EmbeddingResult embedded = embedder->embed({query}, cancelled);
    if (!embedded.ok() || embedded.vectors.size() != 1) {
        return bm25Alone(embedded.message);
    }
    result.embeddingTokens = embedded.totalTokens;
    const QList<Hit> nearest = m_repository.vectorSearch(embedder->model(), embedded.vectors.front(), m_candidates);
    if (nearest.isEmpty()) {
        // The model now answers with vectors of another size than the stored ones (a server that
        // changed it under the same name): nothing to compare until the chunks are embedded again.
        return bm25Alone(QStringLiteral("the vectors stored for %1 are not of the size it now returns (%2)")
                             .arg(embedder->model())
                             .arg(embedded.dims));
    }
    result.mode = QStringLiteral("hybrid");
    result.hits = fuse({bm25.mid(0, m_candidates), nearest}, limit, m_k);
    return result;
}

} // namespace sc::agents::conversation
