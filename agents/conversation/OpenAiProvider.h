#pragma once

#include "StreamingProvider.h"

namespace sc::agents::conversation {

// OpenAI Chat Completions, streamed ("data:" chunks, a last usage chunk, "data: [DONE]"), and every
// server that speaks it at another base URL (Ollama, llama.cpp, vLLM, LM Studio), where the key is
// optional so a rep can work fully offline with a local model.
class OpenAiProvider final : public StreamingProvider
{
public:
    static constexpr const char* DefaultBaseUrl = "https://api.openai.com/v1";
    // A compatible server with no base URL set: Ollama's, the most common local one.
    static constexpr const char* DefaultLocalBaseUrl = "http://localhost:11434/v1";

    explicit OpenAiProvider(ProviderConfig config);

protected:
    Call buildCall(const CompletionRequest& request) const override;
    std::unique_ptr<Decoder> makeDecoder() const override;
    retry::ApiError parseError(const QByteArray& body) const override;
    QString displayName() const override;
    bool needsKey() const override;
};

} // namespace sc::agents::conversation
