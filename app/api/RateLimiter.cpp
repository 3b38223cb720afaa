#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace sc::app::api {

RateLimiter::RateLimiter(double rate, double burst)
    : m_rate(rate)
    , m_burst(std::max(1.0, burst))
{
}

RateLimiter::Decision RateLimiter::take(const QString& key, double nowS)
{
    Decision d;
    if (m_rate <= 0) {
        d.remaining = int(m_burst);
        return d;
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        it = m_buckets.insert(key, {m_burst, nowS});
    }
    Bucket& b = it.value();
    b.tokens = std::min(m_burst, b.tokens + (nowS - b.at) * m_rate);
    b.at = nowS;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        d.allowed = true;
    } else {
        d.allowed = false;
        d.retryAfterS = (1.0 - b.tokens) / m_rate;
    }
    d.remaining = int(std::floor(b.tokens));
    d.resetS = (m_burst - b.tokens) / m_rate;
    return d;
}

double RateLimiter::waitFor(const QString& key, double nowS)
{
    if (m_rate <= 0) {
        return 0;
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend()) {
        return 0;
    }
    const double tokens = std::min(m_burst, it->tokens + (nowS - it->at) * m_rate);
    return tokens >= 1.0 ? 0 : (1.0 - tokens) / m_rate;
}

} // namespace sc::app::api
