#include "LogisticRegression.h"

#include <algorithm>
#include <cmath>

namespace sc::agents::decision {

namespace {

// log(1 + e^x) without overflow.
double softplus(double x)
{
    return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

// Solves A x = b for a symmetric positive definite A (n x n, row-major) by Cholesky; A is overwritten.
// A ridge is added to the diagonal when rounding makes A lose definiteness.
std::vector<double> solve(std::vector<double> a, std::vector<double> b, int n)
{
    const std::vector<double> original = a;
    double ridge = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        a = original;
        bool ok = true;
        for (int i = 0; i < n && ok; ++i) {
            a[size_t(i) * n + i] += ridge;
            for (int j = 0; j <= i; ++j) {
                double sum = a[size_t(i) * n + j];
                for (int k = 0; k < j; ++k) {
                    sum -= a[size_t(i) * n + k] * a[size_t(j) * n + k];
                }
                if (i == j) {
                    if (sum <= 1e-12) {
                        ok = false;
                        break;
                    }
                    a[size_t(i) * n + i] = std::sqrt(sum);
                } else {
                    a[size_t(i) * n + j] = sum / a[size_t(j) * n + j];
                }
            }
        }
        if (ok) {
            for (int i = 0; i < n; ++i) { // L y = b
                double sum = b[i];
                for (int k = 0; k < i; ++k) {
                    sum -= a[size_t(i) * n + k] * b[k];
                }
                b[i] = sum / a[size_t(i) * n + i];
            }
            for (int i = n - 1; i >= 0; --i) { // L^T x = y
                double sum = b[i];
                for (int k = i + 1; k < n; ++k) {
                    sum -= a[size_t(k) * n + i] * b[k];
                }
                b[i] = sum / a[size_t(i) * n + i];
            }
            return b;
        }
        ridge = ridge == 0 ? 1e-8 : ridge * 100;
    }
    return std::vector<double>(size_t(n), 0.0);
}

double objective(const std::vector<SparseRow>& rows, const std::vector<int>& labels, const std::vector<double>& w,
                 double intercept, double l2)
{
    double loss = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        double m = intercept;
        for (const auto& [column, value] : rows[i]) {
            m += w[size_t(column)] * value;
        }
        loss += softplus(labels[i] ? -m : m);
    }
    double norm = 0;
    for (double x : w) {
        norm += x * x;
    }
    return loss + 0.5 * l2 * norm;
}

} // namespace

double LogisticRegression::sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

double LogisticRegression::margin(const Fit& fit, const SparseRow& row)
{
    double m = fit.intercept;
    for (const auto& [column, value] : row) {
        if (column >= 0 && size_t(column) < fit.weights.size()) {
            m += fit.weights[size_t(column)] * value;
        }
    }
    return m;
}

LogisticRegression::Fit LogisticRegression::fit(const std::vector<SparseRow>& rows, const std::vector<int>& labels,
                                                int columns, double l2)
{
    Fit out;
    out.weights.assign(size_t(columns), 0.0);
    const int n = columns + 1; // the intercept is the last unknown
    double current = objective(rows, labels, out.weights, out.intercept, l2);
    for (out.iterations = 0; out.iterations < 50; ++out.iterations) {
        std::vector<double> gradient(size_t(n), 0.0);
        std::vector<double> hessian(size_t(n) * n, 0.0);
        for (size_t i = 0; i < rows.size(); ++i) {
            const double p = sigmoid(margin(out, rows[i]));
            const double r = p - labels[i];
            const double s = std::max(p * (1 - p), 1e-10);
            const SparseRow& row = rows[i];
            for (size_t a = 0; a < row.size(); ++a) {
                const auto [ja, xa] = row[a];
                gradient[size_t(ja)] += r * xa;
                hessian[size_t(ja) * n + columns] += s * xa;
                for (size_t b = 0; b <= a; ++b) {
                    hessian[size_t(ja) * n + size_t(row[b].first)] += s * xa * row[b].second;
                }
            }
            gradient[size_t(columns)] += r;
            hessian[size_t(columns) * n + columns] += s;
        }
        // Each pair of a row's columns landed once, on whichever side of the diagonal its order put it:
        // the two sides add up to the symmetric matrix (rows hold each column once).
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < i; ++j) {
                const double v = hessian[size_t(i) * n + j] + hessian[size_t(j) * n + i];
                hessian[size_t(i) * n + j] = v;
                hessian[size_t(j) * n + i] = v;
            }
        }
        for (int j = 0; j < columns; ++j) {
            gradient[size_t(j)] += l2 * out.weights[size_t(j)];
            hessian[size_t(j) * n + j] += l2;
        }
        const std::vector<double> step = solve(hessian, gradient, n);
        double largest = 0;
        for (double x : step) {
            largest = std::max(largest, std::abs(x));
        }
        // Halve the step until the objective goes down (Newton can overshoot far from the optimum).
        double t = 1;
        std::vector<double> w(out.weights);
        double intercept = out.intercept;
        double next = current;
        for (int halvings = 0; halvings < 30; ++halvings, t /= 2) {
            for (int j = 0; j < columns; ++j) {
                w[size_t(j)] = out.weights[size_t(j)] - t * step[size_t(j)];
            }
            intercept = out.intercept - t * step[size_t(columns)];
            next = objective(rows, labels, w, intercept, l2);
            if (next <= current) {
                break;
            }
        }
        if (next > current) {
            out.converged = true; // no step improves: at the optimum to rounding
            break;
        }
        out.weights = w;
        out.intercept = intercept;
        const double gain = current - next;
        current = next;
        if (largest * t < 1e-9 || gain < 1e-12 * std::max(1.0, std::abs(current))) {
            out.converged = true;
            ++out.iterations;
            break;
        }
    }
    return out;
}

LogisticRegression::Platt LogisticRegression::fitPlatt(const std::vector<double>& margins,
                                                       const std::vector<int>& labels)
{
    double positives = 0;
    for (int y : labels) {
        positives += y;
    }
    const double negatives = double(labels.size()) - positives;
    const double hi = (positives + 1) / (positives + 2);
    const double lo = 1 / (negatives + 2);
    Platt p;
    const auto loss = [&](double a, double b) {
        double sum = 0;
        for (size_t i = 0; i < margins.size(); ++i) {
            const double f = a * margins[i] + b;
            const double t = labels[i] ? hi : lo;
            sum += t * softplus(-f) + (1 - t) * softplus(f);
        }
        return sum;
    };
    double current = loss(p.a, p.b);
    for (int iteration = 0; iteration < 100; ++iteration) {
        double gA = 0, gB = 0, hAA = 1e-12, hAB = 0, hBB = 1e-12;
        for (size_t i = 0; i < margins.size(); ++i) {
            const double q = sigmoid(p.a * margins[i] + p.b);
            const double d = q - (labels[i] ? hi : lo);
            const double s = q * (1 - q);
            gA += d * margins[i];
            gB += d;
            hAA += s * margins[i] * margins[i];
            hAB += s * margins[i];
            hBB += s;
        }
        const double det = hAA * hBB - hAB * hAB;
        if (std::abs(det) < 1e-18) {
            break;
        }
        const double dA = (hBB * gA - hAB * gB) / det;
        const double dB = (hAA * gB - hAB * gA) / det;
        double t = 1;
        double next = current;
        for (int halvings = 0; halvings < 30; ++halvings, t /= 2) {
            next = loss(p.a - t * dA, p.b - t * dB);
            if (next <= current) {
                break;
            }
        }
        if (next > current) {
            break;
        }
        p.a -= t * dA;
        p.b -= t * dB;
        const bool done = current - next < 1e-12 * std::max(1.0, current);
        current = next;
        if (done) {
            break;
        }
    }
    return p;
}

double LogisticRegression::logLoss(const std::vector<double>& probabilities, const std::vector<int>& labels)
{
    if (probabilities.empty()) {
        return 0;
    }
    double sum = 0;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const double p = std::clamp(probabilities[i], 1e-12, 1 - 1e-12);
        sum -= labels[i] ? std::log(p) : std::log(1 - p);
    }
    return sum / double(probabilities.size());
}

} // namespace sc::agents::decision
