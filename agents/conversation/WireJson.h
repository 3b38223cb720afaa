#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

// Small helpers the providers' wire structs share: providers add fields and send nulls freely, so
// every read tolerates a missing or null member.
namespace sc::agents::conversation::wire {

using nlohmann::json;

template<typename T> void readOptional(const json& j, const char* key, T& into)
{
    if (const auto it = j.find(key); it != j.end() && !it->is_null()) {
        it->get_to(into);
    }
}

template<typename T> void readOptional(const json& j, const char* key, std::optional<T>& into)
{
    if (const auto it = j.find(key); it != j.end() && !it->is_null()) {
        into = it->get<T>();
    }
}

} // namespace sc::agents::conversation::wire
