#include "AnthropicWire.h"

namespace sc::agents::conversation::anthropic {

using wire::readOptional;

void to_json(json& j, const Message& m)
{
    j = json {{"role", m.role}, {"content", m.content}};
}

void to_json(json& j, const MessagesRequest& r)
{
    j = json {{"model", r.model},
              {"max_tokens", r.max_tokens},
              {"messages", r.messages},
              {"temperature", r.temperature},
              {"stream", r.stream}};
    if (!r.system.empty()) {
        j["system"] = r.system;
    }
}

void from_json(const json& j, Usage& u)
{
    readOptional(j, "input_tokens", u.input_tokens);
    readOptional(j, "output_tokens", u.output_tokens);
}

void from_json(const json& j, MessageStart::Body& b)
{
    readOptional(j, "id", b.id);
    readOptional(j, "model", b.model);
    readOptional(j, "usage", b.usage);
}

void from_json(const json& j, MessageStart& e)
{
    readOptional(j, "message", e.message);
}

void from_json(const json& j, ContentBlockDelta::Delta& d)
{
    readOptional(j, "type", d.type);
    readOptional(j, "text", d.text);
}

void from_json(const json& j, ContentBlockDelta& e)
{
    readOptional(j, "index", e.index);
    readOptional(j, "delta", e.delta);
}

void from_json(const json& j, MessageDelta::Delta& d)
{
    readOptional(j, "stop_reason", d.stop_reason);
}

void from_json(const json& j, MessageDelta& e)
{
    readOptional(j, "delta", e.delta);
    readOptional(j, "usage", e.usage);
}

void from_json(const json& j, MessageResponse::Block& b)
{
    readOptional(j, "type", b.type);
    readOptional(j, "text", b.text);
}

void from_json(const json& j, MessageResponse& r)
{
    readOptional(j, "content", r.content);
    readOptional(j, "stop_reason", r.stop_reason);
    readOptional(j, "usage", r.usage);
}

void from_json(const json& j, Error::Detail& d)
{
    readOptional(j, "type", d.type);
    readOptional(j, "message", d.message);
}

void from_json(const json& j, Error& e)
{
    readOptional(j, "error", e.error);
}

} // namespace sc::agents::conversation::anthropic
