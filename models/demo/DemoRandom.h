#pragma once

#include <QtGlobal>
#include <cstddef>

namespace sc::models {

// splitmix64: a tiny PRNG whose output is the same on every compiler, unlike std distributions, so a
// demo seed gives the same workspace everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    // A whole number of minutes from min to max, in milliseconds.
    qint64 minutes(int min, int max) { return qint64(min + below(max - min + 1)) * 60'000; }
    template<class Array> auto pick(const Array& items) { return items[static_cast<size_t>(below(int(items.size())))]; }

private:
    quint64 m_state;
};

} // namespace sc::models
