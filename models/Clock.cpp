#include "Clock.h"

#include <atomic>

namespace sc {

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock*> s_clock {&s_systemClock};
} // namespace

const Clock& Clock::instance()
{
    return *s_clock.load();
}

void Clock::setInstance(const Clock* clock)
{
    s_clock.store(clock ? clock : &s_systemClock);
}

ManualClock::ManualClock(const QDateTime& start)
    : m_ms(start.toMSecsSinceEpoch())
{
}

QDateTime ManualClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC);
}

void ManualClock::advance(qint64 ms)
{
    m_ms.fetch_add(ms);
}

void ManualClock::set(const QDateTime& time)
{
    m_ms.store(time.toMSecsSinceEpoch());
}

} // namespace sc
