#include "EmbeddingWire.h"

namespace sc::agents::conversation::openai {

using wire::readOptional;

void to_json(json& j, const EmbeddingRequest& r)
{
    j = json {{"model", r.model}, {"input", r.input}};
}

void from_json(const json& j, EmbeddingUsage& u)
{
    readOptional(j, "prompt_tokens", u.prompt_tokens);
    readOptional(j, "total_tokens", u.total_tokens);
}

void from_json(const json& j, EmbeddingResponse::Item& i)
{
    readOptional(j, "index", i.index);
    readOptional(j, "embedding", i.embedding);
}

void from_json(const json& j, EmbeddingResponse& r)
{
    readOptional(j, "data", r.data);
    readOptional(j, "usage", r.usage);
}

} // namespace sc::agents::conversation::openai

namespace sc::agents::conversation::ollama {

using wire::readOptional;

void to_json(json& j, const EmbedRequest& r)
{
    j = json {{"model", r.model}, {"input", r.input}};
}

void from_json(const json& j, EmbedResponse& r)
{
    readOptional(j, "embeddings", r.embeddings);
    readOptional(j, "prompt_eval_count", r.prompt_eval_count);
}

} // namespace sc::agents::conversation::ollama
