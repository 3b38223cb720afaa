#include "SendSlots.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace sc::agents::decision {

namespace {

constexpr int RampFirstDay = 20;
constexpr double RampGrowth = 1.2;

} // namespace

SendSlots::SendSlots(Rules rules, QList<qint64> taken)
    : m_rules(std::move(rules))
    , m_taken(taken.cbegin(), taken.cend())
{
    std::sort(m_taken.begin(), m_taken.end());
}

int SendSlots::rampCap(int perDay, bool warmed, qint64 rampStartMs, qint64 at)
{
    const int ceiling = std::max(1, perDay);
    if (warmed) {
        return ceiling;
    }
    const qint64 days = rampStartMs == 0 ? 0 : std::max<qint64>(0, (at - rampStartMs) / DayMs);
    // 20 * 1.2^40 is far past any sensible perDay: stop before pow() grows without bound.
    if (days > 60) {
        return ceiling;
    }
    // The epsilon keeps 20 * 1.2 at 24 despite binary rounding.
    const double cap = std::floor(RampFirstDay * std::pow(RampGrowth, double(days)) + 1e-9);
    return std::clamp(int(cap), 1, ceiling);
}

qint64 SendSlots::rampStart() const
{
    if (m_rules.rampStartMs != 0 || m_taken.empty()) {
        return m_rules.rampStartMs;
    }
    return m_taken.front();
}

int SendSlots::capAt(qint64 at) const
{
    return rampCap(m_rules.perDay, m_rules.warmed, rampStart(), at);
}

qint64 SendSlots::nextCapChange(qint64 at) const
{
    const qint64 start = rampStart();
    if (m_rules.warmed || start == 0 || at < start || capAt(at) >= std::max(1, m_rules.perDay)) {
        return std::numeric_limits<qint64>::max();
    }
    return start + ((at - start) / DayMs + 1) * DayMs;
}

qint64 SendSlots::earliest(qint64 t) const
{
    const qint64 spacing = qint64(std::max(0, m_rules.minSpacingSeconds)) * 1000;
    qint64 slot = t;
    // An earlier answer for a query at or before t is a lower bound of this one (sends are only ever added,
    // and the search moves forward only over times that cannot take one more): start there, not at t.
    if (auto hint = m_hints.upper_bound(t); hint != m_hints.begin()) {
        slot = std::max(t, std::prev(hint)->second);
    }
    const auto remember = [this, t](qint64 answer) {
        m_hints.insert_or_assign(t, answer);
        return answer;
    };
    // Every pass either returns or moves the slot strictly forward to a time derived from a taken
    // send (or the next day of the ramp); past the last taken send + 24 h nothing conflicts.
    for (;;) {
        if (spacing > 0) {
            const auto near = std::lower_bound(m_taken.cbegin(), m_taken.cend(), slot - spacing + 1);
            if (near != m_taken.cend() && *near < slot + spacing) {
                // The last send too close (they are sorted): one jump clears them all.
                const auto past = std::lower_bound(near, m_taken.cend(), slot + spacing);
                slot = *(past - 1) + spacing;
                continue;
            }
        }
        // A window holds the slot and a run of `cap` consecutive sends when the run and the slot
        // span less than 24 h; such runs lie within (slot - 24 h, slot + 24 h).
        const int cap = capAt(slot);
        const auto lo = std::upper_bound(m_taken.cbegin(), m_taken.cend(), slot - DayMs);
        const auto hi = std::lower_bound(lo, m_taken.cend(), slot + DayMs);
        qint64 jump = slot;
        // The slot fits only once a conflicting run's first send has left its window: the latest such run
        // decides, and the sends are sorted, so the scan goes backwards and stops at the first conflict.
        if (hi - lo >= cap) {
            for (auto first = hi - cap;; --first) {
                const auto last = first + (cap - 1);
                if (std::max(slot, *last) - std::min(slot, *first) < DayMs) {
                    jump = std::max(jump, *first + DayMs);
                    break;
                }
                if (first == lo) {
                    break;
                }
            }
        }
        if (jump == slot) {
            return remember(slot);
        }
        // A ramp may raise the cap before the run has left: look again then.
        const qint64 change = nextCapChange(slot);
        slot = change > slot ? std::min(jump, change) : jump;
    }
}

void SendSlots::take(qint64 t)
{
    if (m_rules.rampStartMs == 0 && !m_rules.warmed && (m_taken.empty() || t < m_taken.front())) {
        m_hints.clear(); // the ramp starts earlier: later caps may rise, so the old answers are no bound
    }
    if (m_taken.empty() || t >= m_taken.back()) {
        m_taken.push_back(t);
        return;
    }
    m_taken.insert(std::upper_bound(m_taken.begin(), m_taken.end(), t), t);
}

int SendSlots::count() const
{
    return int(m_taken.size());
}

} // namespace sc::agents::decision
