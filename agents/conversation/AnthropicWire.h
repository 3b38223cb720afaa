#pragma once

#include "WireJson.h"

#include <string>
#include <vector>

// The Anthropic Messages API as it travels (POST /v1/messages, stream: true), one struct per JSON
// object the client sends or reads. https://docs.anthropic.com/en/api/messages-streaming
namespace sc::agents::conversation::anthropic {

using nlohmann::json;

struct Message
{
    std::string role; // "user" or "assistant"
    std::string content;
};

struct MessagesRequest
{
    std::string model;
    int max_tokens = 1024;
    std::string system; // left out when empty
    std::vector<Message> messages;
    double temperature = 0.7;
    bool stream = true;
};

struct Usage
{
    int input_tokens = 0;
    int output_tokens = 0;
};

// event: message_start
struct MessageStart
{
    struct Body
    {
        std::string id;
        std::string model;
        Usage usage;
    } message;
};

// event: content_block_delta; delta.type "text_delta" carries text (others: input_json_delta,
// thinking_delta, signature_delta, ignored here).
struct ContentBlockDelta
{
    int index = 0;
    struct Delta
    {
        std::string type;
        std::string text;
    } delta;
};

// event: message_delta; usage.output_tokens is the running total (newer servers add input_tokens).
struct MessageDelta
{
    struct Delta
    {
        std::optional<std::string> stop_reason;
    } delta;
    std::optional<Usage> usage;
};

// A whole answer, from a server that ignored "stream": true.
struct MessageResponse
{
    struct Block
    {
        std::string type;
        std::string text;
    };
    std::vector<Block> content;
    std::optional<std::string> stop_reason;
    Usage usage;
};

// event: error, and the body of an HTTP error: {"type":"error","error":{"type","message"}}
struct Error
{
    struct Detail
    {
        std::string type;
        std::string message;
    } error;
};

void to_json(json& j, const Message& m);
void to_json(json& j, const MessagesRequest& r);
void from_json(const json& j, Usage& u);
void from_json(const json& j, MessageStart::Body& b);
void from_json(const json& j, MessageStart& e);
void from_json(const json& j, ContentBlockDelta::Delta& d);
void from_json(const json& j, ContentBlockDelta& e);
void from_json(const json& j, MessageDelta::Delta& d);
void from_json(const json& j, MessageDelta& e);
void from_json(const json& j, MessageResponse::Block& b);
void from_json(const json& j, MessageResponse& r);
void from_json(const json& j, Error::Detail& d);
void from_json(const json& j, Error& e);

} // namespace sc::agents::conversation::anthropic
