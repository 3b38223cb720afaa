#pragma once

#include "LlmProvider.h"

#include <QStringList>
#include <algorithm>
#include <atomic>
#include <vector>

namespace sc::agents::conversation {

struct EmbeddingResult
{
    // One L2-normalised vector per input, in the inputs' order; empty unless ok().
    std::vector<std::vector<float>> vectors;
    int dims = 0;
    int promptTokens = 0; // as the server counted them, all batches together
    int totalTokens = 0;
    ErrorKind error = ErrorKind::None;
    // The provider has no embeddings API at all (Anthropic): nothing was sent, and asking again will
    // not help. error is BadRequest then, message says so.
    bool unsupported = false;
    QString message; // for the rep, empty when all went well
    int attempts = 0; // HTTP requests made, retries and batches included
    int httpStatus = 0; // of the last attempt

    bool ok() const { return error == ErrorKind::None; }
};

// Turns text into vectors through a provider's embeddings endpoint, for the knowledge base's hybrid
// retrieval: OpenAI's POST /v1/embeddings (OpenAI, and the compatible servers: Ollama, llama.cpp,
// vLLM, LM Studio) or Ollama's own POST /api/embed. Inputs go in batches; 429, 5xx and network
// failures are retried as the chat providers do (retry-after honoured, same config). Anthropic has
// no embeddings endpoint: embed() says so and the knowledge base stays with BM25. Blocking, like
// LlmProvider::complete: called from an agent's or the CLI's thread.
class Embedder
{
public:
    enum class Api {
        Auto, // Ollama's /api/embed when an OpenAI-compatible base URL ends in "/api", else /v1/embeddings
        OpenAi,
        OllamaNative,
    };
    // Inputs per request: OpenAI takes up to 2,048, local servers slow down with long batches.
    static constexpr int DefaultBatchSize = 64;
    static constexpr const char* DefaultOpenAiModel = "text-embedding-3-small";

    Embedder(ProviderConfig config, QString model, Api api = Api::Auto);
    virtual ~Embedder() = default;

    // The embedding model's name: what the stored vectors are keyed by.
    const QString& model() const { return m_model; }
    // False when the provider has no embeddings API (Anthropic).
    bool supported() const;
    // The endpoint a request goes to (for logs and tests).
    QByteArray endpoint() const;
    int batchSize() const { return m_batchSize; }
    void setBatchSize(int size) { m_batchSize = std::max(1, size); }

    // All inputs or nothing: the first batch that fails ends the call with its error. Virtual so that
    // unit tests can stand in for a provider.
    virtual EmbeddingResult embed(const QStringList& inputs, const std::atomic<bool>* cancelled = nullptr) const;

private:
    Api resolvedApi() const;
    QString displayName() const;
    bool needsKey() const;
    bool embedBatch(const QStringList& inputs, const std::atomic<bool>* cancelled, EmbeddingResult& result) const;
    bool wait(std::chrono::milliseconds delay, const std::atomic<bool>* cancelled) const;

    ProviderConfig m_config;
    QString m_model;
    Api m_api;
    int m_batchSize = DefaultBatchSize;
};

} // namespace sc::agents::conversation
