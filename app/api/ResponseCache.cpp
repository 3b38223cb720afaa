#include "ResponseCache.h"

namespace sc::app::api {

ResponseCache::ResponseCache(size_t maxBytes)
    : m_maxBytes(maxBytes)
{
}

ResponseCache::Page ResponseCache::find(const std::string& key) const
{
    const std::shared_lock lock(m_mutex);
    const auto hit = m_pages.find(key);
    return hit == m_pages.end() ? nullptr : hit->second;
}

ResponseCache::Page ResponseCache::getOrCompute(const std::string& key, const std::function<std::string()>& compute)
{
    std::shared_ptr<Flight> flight;
    bool mine = false;
    unsigned long long generation = 0;
    {
        const std::unique_lock lock(m_mutex);
        if (const auto hit = m_pages.find(key); hit != m_pages.end()) {
            return hit->second;
        }
        generation = m_generation;
        auto& slot = m_flights[key];
        if (!slot) {
            slot = std::make_shared<Flight>();
            mine = true;
            ++m_computations;
        }
        flight = slot;
    }
    if (!mine) {
        std::unique_lock wait(flight->mutex);
        flight->done.wait(wait, [&] { return flight->finished; });
        if (flight->page) {
            return flight->page;
        }
        return std::make_shared<const std::string>(compute()); // the computation threw: ours may not
    }
    Page page;
    try {
        page = std::make_shared<const std::string>(compute());
    } catch (...) {
        {
            const std::unique_lock lock(m_mutex);
            if (const auto it = m_flights.find(key); it != m_flights.end() && it->second == flight) {
                m_flights.erase(it);
            }
        }
        const std::lock_guard finish(flight->mutex);
        flight->finished = true;
        flight->done.notify_all();
        throw;
    }
    {
        const std::unique_lock lock(m_mutex);
        if (const auto it = m_flights.find(key); it != m_flights.end() && it->second == flight) {
            m_flights.erase(it);
        }
        // A change seen while it was written: the page answers its own requests, never later ones.
        if (generation == m_generation) {
            if (m_bytes + page->size() + key.size() > m_maxBytes) {
                m_pages.clear();
                m_bytes = 0;
            }
            m_pages.emplace(key, page);
            m_bytes += page->size() + key.size();
        }
    }
    {
        const std::lock_guard finish(flight->mutex);
        flight->page = page;
        flight->finished = true;
    }
    flight->done.notify_all();
    return page;
}

void ResponseCache::invalidate()
{
    const std::unique_lock lock(m_mutex);
    ++m_generation;
    m_pages.clear();
    m_flights.clear(); // requests from now on compute afresh; those waiting keep their flight
    m_bytes = 0;
}

size_t ResponseCache::entries() const
{
    const std::shared_lock lock(m_mutex);
    return m_pages.size();
}

size_t ResponseCache::computations() const
{
    const std::shared_lock lock(m_mutex);
    return m_computations;
}

} // namespace sc::app::api
