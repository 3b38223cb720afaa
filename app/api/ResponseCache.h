#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace sc::app::api {

// Response bodies already written, shared by every pool thread, while the workspace has not changed.
// Whoever learns of a change calls invalidate(): a pool thread whose own SQLite connection reports a
// new data_version at the start of a request, or the thread that has just written. A request checks
// before it looks here, so nothing committed before that check can be missing from what it gets.
//
// One computation per key at a time: requests for a page being written wait for it rather than all
// running the same query (32 clients asking the same cold full-text page of a million rows).
class ResponseCache
{
public:
    using Page = std::shared_ptr<const std::string>;

    explicit ResponseCache(size_t maxBytes = 64 * 1024 * 1024);

    Page find(const std::string& key) const;
    // The cached page, else compute()'s, cached unless the workspace changed meanwhile. compute() may
    // throw; its waiters then compute for themselves.
    Page getOrCompute(const std::string& key, const std::function<std::string()>& compute);
    void invalidate();

    // For tests and the README's figures.
    size_t entries() const;
    size_t computations() const;
    size_t waiting() const; // requests waiting for another's computation now

private:
    struct Flight
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        Page page; // null when the computation threw
    };

    const size_t m_maxBytes;
    mutable std::shared_mutex m_mutex;
    unsigned long long m_generation = 0;
    std::unordered_map<std::string, Page> m_pages;
    std::unordered_map<std::string, std::shared_ptr<Flight>> m_flights; // of this generation
    size_t m_bytes = 0;
    size_t m_computations = 0;
    size_t m_waiting = 0;
};

} // namespace sc::app::api
