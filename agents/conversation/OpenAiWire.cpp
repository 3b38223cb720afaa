#include "OpenAiWire.h"

namespace sc::agents::conversation::openai {

using wire::readOptional;

void to_json(json& j, const Message& m)
{
    j = json {{"role", m.role}, {"content", m.content}};
}

void to_json(json& j, const ChatRequest& r)
{
    j = json {{"model", r.model},
              {"messages", r.messages},
              {"temperature", r.temperature},
              {"stream", r.stream},
              {"stream_options", {{"include_usage", r.stream_options.include_usage}}}};
    j[r.useMaxCompletionTokens ? "max_completion_tokens" : "max_tokens"] = r.max_tokens;
}

void from_json(const json& j, Usage& u)
{
    readOptional(j, "prompt_tokens", u.prompt_tokens);
    readOptional(j, "completion_tokens", u.completion_tokens);
}

void from_json(const json& j, ChatChunk::Choice::Delta& d)
{
    readOptional(j, "role", d.role);
    readOptional(j, "content", d.content);
}

void from_json(const json& j, ChatChunk::Choice& c)
{
    readOptional(j, "index", c.index);
    readOptional(j, "delta", c.delta);
    readOptional(j, "finish_reason", c.finish_reason);
}

void from_json(const json& j, ChatChunk& c)
{
    readOptional(j, "choices", c.choices);
    readOptional(j, "usage", c.usage);
}

void from_json(const json& j, ChatCompletion::Choice::Message& m)
{
    readOptional(j, "content", m.content);
}

void from_json(const json& j, ChatCompletion::Choice& c)
{
    readOptional(j, "index", c.index);
    readOptional(j, "message", c.message);
    readOptional(j, "finish_reason", c.finish_reason);
}

void from_json(const json& j, ChatCompletion& c)
{
    readOptional(j, "choices", c.choices);
    readOptional(j, "usage", c.usage);
}

void from_json(const json& j, Error::Detail& d)
{
    readOptional(j, "message", d.message);
    readOptional(j, "type", d.type);
    if (const auto it = j.find("code"); it != j.end() && !it->is_null()) {
        d.code = it->is_string() ? it->get<std::string>() : it->dump();
    }
}

void from_json(const json& j, Error& e)
{
    // Some compatible servers send {"error": "text"} instead of an object.
    if (const auto it = j.find("error"); it != j.end() && it->is_string()) {
        e.error.message = it->get<std::string>();
        return;
    }
    readOptional(j, "error", e.error);
}

} // namespace sc::agents::conversation::openai
