#include "AbTest.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sc::agents::decision {

namespace {

int successesOf(const AbTest::Arm& arm)
{
    return std::clamp(arm.successes, 0, std::max(0, arm.sends));
}

double rateOf(const AbTest::Arm& arm)
{
    return arm.sends > 0 ? double(successesOf(arm)) / arm.sends : 0.0;
}

} // namespace

quint64 AbTest::splitmix64(quint64 key)
{
    quint64 z = key + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int AbTest::pick(const QList<int>& weights, quint64 key)
{
    quint64 total = 0;
    for (const int w : weights) {
        total += quint64(std::max(0, w));
    }
    if (total == 0) {
        return 0;
    }
    quint64 draw = splitmix64(key) % total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const quint64 w = quint64(std::max(0, weights.at(i)));
        if (draw < w) {
            return int(i);
        }
        draw -= w;
    }
    return 0; // not reached: draw < total
}

AbTest::Verdict AbTest::verdict(const QList<Arm>& arms)
{
    Verdict result;
    if (arms.isEmpty()) {
        return result;
    }
    QList<int> order(arms.size());
    std::iota(order.begin(), order.end(), 0);
    // Highest rate first; on a tie the earlier arm leads.
    std::stable_sort(order.begin(), order.end(),
                     [&arms](int a, int b) { return rateOf(arms.at(a)) > rateOf(arms.at(b)); });
    const Arm& best = arms.at(order.at(0));
    result.leading = best.name;
    if (arms.size() < 2) {
        return result;
    }
    const Arm& runnerUp = arms.at(order.at(1));
    result.enoughData = best.sends >= MinSendsPerArm && runnerUp.sends >= MinSendsPerArm;
    if (best.sends <= 0 || runnerUp.sends <= 0) {
        return result;
    }
    const double n1 = best.sends;
    const double n2 = runnerUp.sends;
    const double pooled = (successesOf(best) + successesOf(runnerUp)) / (n1 + n2);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (!(se > 0.0)) {
        return result; // both rates 0 or both 1: nothing tells them apart
    }
    const double z = (rateOf(best) - rateOf(runnerUp)) / se;
    result.pValue = std::erfc(std::abs(z) / std::sqrt(2.0));
    if (result.enoughData && result.pValue < Significance) {
        result.winner = order.at(0);
    }
    return result;
}

} // namespace sc::agents::decision
