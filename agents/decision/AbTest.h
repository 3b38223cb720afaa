#pragma once

#include <QList>
#include <QString>

namespace sc::agents::decision {

// A/B testing of message variants: which arm a prospect gets (a deterministic weighted draw keyed
// on the prospect, so a re-run assigns the same arm) and whether one arm's reply rate beats the rest.
class AbTest
{
public:
    struct Arm
    {
        QString name;
        int weight = 1;
        int sends = 0;
        int successes = 0; // replies
    };

    struct Verdict
    {
        int winner = -1; // index into the arms, or -1
        double pValue = 1.0;
        bool enoughData = false;
        QString leading; // name of the arm with the highest rate
    };

    static constexpr int MinSendsPerArm = 100;
    static constexpr double Significance = 0.05;

    static quint64 splitmix64(quint64 key);
    // The index of the arm for `key`: splitmix64(key) mod the total weight, walked through the
    // weights. Weights <= 0 count as 0; all zero gives 0.
    static int pick(const QList<int>& weights, quint64 key);
    // The best arm by reply rate against the runner-up: a pooled two-proportion z-test, two-sided.
    // A winner only when both have at least MinSendsPerArm sends and p < Significance.
    static Verdict verdict(const QList<Arm>& arms);
};

} // namespace sc::agents::decision
