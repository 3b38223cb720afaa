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
        } else {
            ++m_waiting;
        }
        flight = slot;
    }
    if (!mine) {
        Page page;
        {
            std::unique_lock wait(flight->mutex);
            flight->done.wait(wait, [&] { return flight->finished; });
            page = flight->page;
        }
        {
            const std::unique_lock lock(m_mutex);
            --m_waiting;
        }
        return page ? page : std::make_shared<const std::string>(compute()); // it threw: ours may not
    }
    // However this ends (a page, an exception, no memory), the flight ends and its waiters go on.
    Page page;
    struct Land
    {
        ResponseCache* cache;
        const std::string& key;
        const std::shared_ptr<Flight>& flight;
        const Page& page;
        ~Land()
        {
            {
                const std::unique_lock lock(cache->m_mutex);
                if (const auto it = cache->m_flights.find(key); it != cache->m_flights.end() && it->second == flight) {
                    cache->m_flights.erase(it);
                }
            }
            {
                const std::lock_guard finish(flight->mutex);
                flight->page = page;
                flight->finished = true;
            }
            flight->done.notify_all();
        }
    } land {this, key, flight, page};
    page = std::make_shared<const std::string>(compute());
    const std::unique_lock lock(m_mutex);
    // A change seen while it was written: the page answers its own requests, never later ones. A page
    // bigger than the whole cache answers its requests only.
    const size_t size = page->size() + key.size();
    if (generation == m_generation && size <= m_maxBytes) {
        if (m_bytes + size > m_maxBytes) {
            m_pages.clear();
            m_bytes = 0;
        }
        m_pages.emplace(key, page);
        m_bytes += size;
    }
    return Page(page); // a copy: `land` hands `page` itself to the waiters after this returns
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

size_t ResponseCache::waiting() const
{
    const std::shared_lock lock(m_mutex);
    return m_waiting;
}

} // namespace sc::app::api
