#pragma once

#include <QHash>
#include <QString>
#include <mutex>

namespace sc::app::api {

// Token buckets, one per key (a client id, a source address): `rate` tokens a second up to `burst`.
// Thread-safe. rate 0 turns the limit off.
class RateLimiter
{
public:
    RateLimiter(double rate, double burst);

    struct Decision
    {
        bool allowed = true;
        int remaining = 0;
        double retryAfterS = 0; // when refused: until one token is back
        double resetS = 0; // until the bucket is full again
    };
    Decision take(const QString& key, double nowS);
    // Seconds until the bucket holds a token again (0: it holds one now); takes nothing.
    double waitFor(const QString& key, double nowS);
    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

private:
    struct Bucket
    {
        double tokens = 0;
        double at = 0;
    };
    double m_rate;
    double m_burst;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace sc::app::api
