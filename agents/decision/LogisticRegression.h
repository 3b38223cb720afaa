#pragma once

#include <utility>
#include <vector>

namespace sc::agents::decision {

// One example's features: (column, value) pairs, the columns that are not zero.
using SparseRow = std::vector<std::pair<int, double>>;

// L2-regularised logistic regression, fitted by Newton's method with a line search: exact and
// deterministic (no learning rate, no sampling), and fast for the few hundred columns a workspace has.
// Platt scaling turns its margins into calibrated probabilities.
class LogisticRegression
{
public:
    struct Fit
    {
        std::vector<double> weights; // one per column
        double intercept = 0; // not penalised
        int iterations = 0;
        bool converged = false;
    };
    // labels: 1 positive, 0 negative. l2: the penalty's weight (lambda / 2 * |w|^2 added to the log loss).
    static Fit fit(const std::vector<SparseRow>& rows, const std::vector<int>& labels, int columns, double l2);
    static double margin(const Fit& fit, const SparseRow& row);

    // p = sigmoid(a * margin + b), fitted on examples the model did not learn from (Platt 1999, with
    // his smoothed targets so that a small fold does not push probabilities to 0 or 1).
    struct Platt
    {
        double a = 1;
        double b = 0;
        double probability(double margin) const { return sigmoid(a * margin + b); }
    };
    static Platt fitPlatt(const std::vector<double>& margins, const std::vector<int>& labels);

    static double sigmoid(double x);
    // Mean negative log-likelihood of probabilities (clamped away from 0 and 1).
    static double logLoss(const std::vector<double>& probabilities, const std::vector<int>& labels);
};

} // namespace sc::agents::decision
