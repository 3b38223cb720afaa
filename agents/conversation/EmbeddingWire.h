#pragma once

#include "WireJson.h"

#include <optional>
#include <string>
#include <vector>

// The embeddings endpoints as they travel. OpenAI's POST /v1/embeddings, also spoken by Ollama,
// llama.cpp's server, vLLM and LM Studio; and Ollama's own POST /api/embed. One struct per JSON
// object sent or read; errors come as openai::Error (OpenAiWire.h), which reads both servers' shapes.
namespace sc::agents::conversation::openai {

using nlohmann::json;

struct EmbeddingRequest
{
    std::string model;
    std::vector<std::string> input; // always a list, even of one: the answer's indexes say which is which
};

struct EmbeddingUsage
{
    int prompt_tokens = 0;
    int total_tokens = 0;
};

struct EmbeddingResponse
{
    struct Item
    {
        int index = 0;
        std::vector<float> embedding;
    };
    std::vector<Item> data;
    std::optional<EmbeddingUsage> usage;
};

void to_json(json& j, const EmbeddingRequest& r);
void from_json(const json& j, EmbeddingUsage& u);
void from_json(const json& j, EmbeddingResponse::Item& i);
void from_json(const json& j, EmbeddingResponse& r);

} // namespace sc::agents::conversation::openai

namespace sc::agents::conversation::ollama {

using nlohmann::json;

struct EmbedRequest
{
    std::string model;
    std::vector<std::string> input;
};

// The vectors in the order of the inputs; Ollama counts the tokens it read as prompt_eval_count.
struct EmbedResponse
{
    std::vector<std::vector<float>> embeddings;
    int prompt_eval_count = 0;
};

void to_json(json& j, const EmbedRequest& r);
void from_json(const json& j, EmbedResponse& r);

} // namespace sc::agents::conversation::ollama
