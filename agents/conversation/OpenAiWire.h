#pragma once

#include "WireJson.h"

#include <string>
#include <vector>

// OpenAI Chat Completions as it travels (POST /v1/chat/completions, stream: true), spoken also by
// Ollama, llama.cpp's server, vLLM and LM Studio. One struct per JSON object sent or read.
namespace sc::agents::conversation::openai {

using nlohmann::json;

struct Message
{
    std::string role; // "system", "user", "assistant"
    std::string content;
};

struct ChatRequest
{
    std::string model;
    std::vector<Message> messages;
    int max_tokens = 1024;
    // OpenAI's own API wants max_completion_tokens (newer models refuse max_tokens); the compatible
    // servers know max_tokens.
    bool useMaxCompletionTokens = false;
    double temperature = 0.7;
    bool stream = true;
    struct StreamOptions
    {
        bool include_usage = true;
    } stream_options;
};

struct Usage
{
    int prompt_tokens = 0;
    int completion_tokens = 0;
};

// One "data:" chunk; the last one before [DONE] has no choices and carries usage.
struct ChatChunk
{
    struct Choice
    {
        int index = 0;
        struct Delta
        {
            std::optional<std::string> role;
            std::optional<std::string> content;
        } delta;
        std::optional<std::string> finish_reason;
    };
    std::vector<Choice> choices;
    std::optional<Usage> usage;
};

// A whole answer, from a server that ignored "stream": true.
struct ChatCompletion
{
    struct Choice
    {
        int index = 0;
        struct Message
        {
            std::optional<std::string> content;
        } message;
        std::optional<std::string> finish_reason;
    };
    std::vector<Choice> choices;
    std::optional<Usage> usage;
};

// The body of an HTTP error (also sent by some servers as a data: chunk): {"error":{...}}.
struct Error
{
    struct Detail
    {
        std::string message;
        std::string type;
        std::string code; // a string at OpenAI, sometimes a number elsewhere: read as text
    } error;
};

void to_json(json& j, const Message& m);
void to_json(json& j, const ChatRequest& r);
void from_json(const json& j, Usage& u);
void from_json(const json& j, ChatChunk::Choice::Delta& d);
void from_json(const json& j, ChatChunk::Choice& c);
void from_json(const json& j, ChatChunk& c);
void from_json(const json& j, ChatCompletion::Choice::Message& m);
void from_json(const json& j, ChatCompletion::Choice& c);
void from_json(const json& j, ChatCompletion& c);
void from_json(const json& j, Error::Detail& d);
void from_json(const json& j, Error& e);

} // namespace sc::agents::conversation::openai
