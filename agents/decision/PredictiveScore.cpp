#include "PredictiveScore.h"

#include "ScoreTraits.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace sc::agents::decision {

namespace {

using Row = models::ScoreFeatures;

// The penalties tried; the calibration fold picks one.
constexpr double kPenalties[] = {0.3, 1, 3, 10, 30};

int labelOf(const Row& row)
{
    return row.label == Row::Label::Positive ? 1 : 0;
}

// Fisher-Yates with the standard's fully specified engine: the same folds for a seed on every platform
// (std::shuffle's algorithm is left to the library).
void shuffle(QList<const Row*>& list, std::mt19937_64& engine)
{
    for (qsizetype i = list.size() - 1; i > 0; --i) {
        const qsizetype j = qsizetype(engine() % quint64(i + 1));
        std::swap(list[i], list[j]);
    }
}

struct Folds
{
    QList<const Row*> training;
    QList<const Row*> calibration;
    QList<const Row*> heldOut;
};

// Stratified: each fold gets its share of positives and of negatives.
Folds split(const QList<const Row*>& positives, const QList<const Row*>& negatives, const PredictiveScore::Options& o)
{
    std::mt19937_64 engine(o.seed);
    Folds folds;
    for (QList<const Row*> group : {positives, negatives}) {
        shuffle(group, engine);
        const qsizetype held = std::max<qsizetype>(1, qsizetype(std::lround(double(group.size()) * o.heldOutShare)));
        const qsizetype cal = std::max<qsizetype>(1, qsizetype(std::lround(double(group.size()) * o.calibrationShare)));
        for (qsizetype i = 0; i < group.size(); ++i) {
            (i < held ? folds.heldOut : i < held + cal ? folds.calibration : folds.training).append(group[i]);
        }
    }
    return folds;
}

std::vector<int> labels(const QList<const Row*>& rows)
{
    std::vector<int> out;
    out.reserve(size_t(rows.size()));
    for (const Row* row : rows) {
        out.push_back(labelOf(*row));
    }
    return out;
}

} // namespace

QString PredictiveScore::Report::state() const
{
    return trained ? QStringLiteral("trained") : QStringLiteral("not_enough_outcomes");
}

QString PredictiveScore::Report::message() const
{
    return trained ? tr("trained on %n outcome(s)", nullptr, outcomes) : shortfall(positives, negatives);
}

bool PredictiveScore::enoughOutcomes(int positives, int negatives)
{
    return positives + negatives >= MinOutcomes && positives >= MinEachOutcome && negatives >= MinEachOutcome;
}

QString PredictiveScore::shortfall(int positives, int negatives)
{
    if (positives + negatives < MinOutcomes) {
        return tr("not enough outcomes: %1 of %2").arg(positives + negatives).arg(MinOutcomes);
    }
    if (positives < MinEachOutcome) {
        return tr("not enough replies, meetings or wins: %1 of %2").arg(positives).arg(MinEachOutcome);
    }
    if (negatives < MinEachOutcome) {
        return tr("not enough prospects contacted without a reply: %1 of %2").arg(negatives).arg(MinEachOutcome);
    }
    return {};
}

void PredictiveScore::buildColumns(const QList<const Row*>& rows, const Options& options)
{
    m_columns.clear();
    m_index.clear();
    // Numbers: mean and standard deviation over the rows that have them.
    for (int n = 0; n < ScoreTraits::NumberCount; ++n) {
        double sum = 0, squares = 0, count = 0;
        for (const Row* row : rows) {
            if (const auto v = ScoreTraits::numbers(*row)[size_t(n)]) {
                sum += *v;
                squares += *v * *v;
                ++count;
            }
        }
        Column c;
        c.key = QStringLiteral("number=%1").arg(n);
        c.name = ScoreTraits::numberName(ScoreTraits::Number(n));
        c.mean = count > 0 ? sum / count : 0;
        const double variance = count > 0 ? squares / count - c.mean * c.mean : 0;
        c.sd = variance > 1e-12 ? std::sqrt(variance) : 1;
        m_columns.append(c);
    }
    // Traits: the most frequent ones seen at least minSupport times, in key order (deterministic).
    QHash<QString, QPair<int, QString>> seen;
    for (const Row* row : rows) {
        for (const ScoreTraits::Trait& t : ScoreTraits::traits(*row)) {
            auto it = seen.find(t.key);
            if (it == seen.end()) {
                seen.insert(t.key, {1, t.name});
            } else {
                ++it->first;
            }
        }
    }
    QList<QPair<int, QString>> ranked;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it->first >= options.minSupport) {
            ranked.append({it->first, it.key()});
        }
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ranked = ranked.mid(0, options.maxColumns);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [count, key] : ranked) {
        Column c;
        c.key = key;
        c.name = seen.value(key).second;
        c.mean = rows.isEmpty() ? 0 : double(count) / double(rows.size());
        c.sd = std::sqrt(c.mean * (1 - c.mean));
        m_columns.append(c);
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_index.insert(m_columns[i].key, int(i));
    }
}

SparseRow PredictiveScore::encode(const Row& row) const
{
    SparseRow out;
    const auto numbers = ScoreTraits::numbers(row);
    for (int n = 0; n < ScoreTraits::NumberCount && n < m_columns.size(); ++n) {
        if (const auto v = numbers[size_t(n)]) {
            const double z = (*v - m_columns[n].mean) / m_columns[n].sd;
            if (z != 0) {
                out.emplace_back(n, z);
            }
        }
    }
    for (const ScoreTraits::Trait& t : ScoreTraits::traits(row)) {
        if (const auto it = m_index.constFind(t.key); it != m_index.cend()) {
            out.emplace_back(*it, 1.0);
        }
    }
    return out;
}

double PredictiveScore::margin(const Row& row) const
{
    double m = m_intercept;
    for (const auto& [column, value] : encode(row)) {
        m += m_columns[column].weight * value;
    }
    return m;
}

double PredictiveScore::probability(const Row& row) const
{
    return m_trained ? m_platt.probability(margin(row)) : 0;
}

QList<PredictiveScore::Feature> PredictiveScore::sortedByImportance(QList<QPair<double, Feature>> ranked, int count)
{
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.name < b.second.name;
    });
    QList<Feature> out;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i) {
        out.append(ranked[i].second);
    }
    return out;
}

QList<PredictiveScore::Feature> PredictiveScore::contributions(const Row& row, int count) const
{
    QList<QPair<double, Feature>> ranked;
    for (const auto& [column, value] : encode(row)) {
        const double c = m_columns[column].weight * value;
        const QString name = column < ScoreTraits::NumberCount
            ? ScoreTraits::numberText(ScoreTraits::Number(column), row)
            : m_columns[column].name;
        ranked.append({std::abs(c), Feature {name, c}});
    }
    return sortedByImportance(ranked, count);
}

QList<PredictiveScore::Feature> PredictiveScore::topFeatures(int count) const
{
    QList<QPair<double, Feature>> ranked;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns[i];
        // A number's weight is per standard deviation already; a trait's counts as much as it varies.
        const double spread = i < ScoreTraits::NumberCount ? 1.0 : c.sd;
        ranked.append({std::abs(c.weight) * spread, Feature {c.name, c.weight}});
    }
    return sortedByImportance(ranked, count);
}

double PredictiveScore::auc(const std::vector<double>& scores, const std::vector<int>& labels)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double positives = 0, rankSum = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            ++j;
        }
        const double rank = (double(i) + double(j) + 1) / 2; // ranks i+1..j, averaged
        for (size_t k = i; k < j; ++k) {
            if (labels[order[k]]) {
                rankSum += rank;
                ++positives;
            }
        }
        i = j;
    }
    const double negatives = double(scores.size()) - positives;
    if (positives == 0 || negatives == 0) {
        return 0.5;
    }
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

PredictiveScore::Report PredictiveScore::train(const QList<Row>& rows, const Options& options, PredictiveScore* model)
{
    Report report;
    QList<const Row*> positives, negatives;
    for (const Row& row : rows) {
        if (row.label == Row::Label::Positive) {
            positives.append(&row);
        } else if (row.label == Row::Label::Negative) {
            negatives.append(&row);
        }
    }
    report.positives = int(positives.size());
    report.negatives = int(negatives.size());
    report.outcomes = report.positives + report.negatives;
    if (!enoughOutcomes(report.positives, report.negatives)) {
        return report;
    }
    const Folds folds = split(positives, negatives, options);
    const std::vector<int> calLabels = labels(folds.calibration);
    const std::vector<int> heldLabels = labels(folds.heldOut);

    // Fits on `learn` with a penalty, calibrated on the calibration fold.
    const auto fitOn = [&](const QList<const Row*>& learn, double l2) {
        PredictiveScore m;
        m.buildColumns(learn, options);
        std::vector<SparseRow> encoded;
        encoded.reserve(size_t(learn.size()));
        for (const Row* row : learn) {
            encoded.push_back(m.encode(*row));
        }
        const LogisticRegression::Fit fit
            = LogisticRegression::fit(encoded, labels(learn), int(m.m_columns.size()), l2);
        for (qsizetype i = 0; i < m.m_columns.size(); ++i) {
            m.m_columns[i].weight = fit.weights[size_t(i)];
        }
        m.m_intercept = fit.intercept;
        std::vector<double> margins;
        for (const Row* row : folds.calibration) {
            margins.push_back(m.margin(*row));
        }
        m.m_platt = LogisticRegression::fitPlatt(margins, calLabels);
        m.m_l2 = l2;
        m.m_trained = true;
        return m;
    };
    const auto probabilities = [](const PredictiveScore& m, const QList<const Row*>& on) {
        std::vector<double> out;
        for (const Row* row : on) {
            out.push_back(m.probability(*row));
        }
        return out;
    };

    // The penalty with the best calibrated log loss on the calibration fold.
    PredictiveScore best;
    double bestLoss = 0;
    for (const double l2 : kPenalties) {
        PredictiveScore m = fitOn(folds.training, l2);
        const double loss = LogisticRegression::logLoss(probabilities(m, folds.calibration), calLabels);
        if (!best.m_trained || loss < bestLoss - 1e-12) {
            best = std::move(m);
            bestLoss = loss;
        }
    }
    // Measured where nothing was learned.
    const std::vector<double> held = probabilities(best, folds.heldOut);
    std::vector<double> rule;
    for (const Row* row : folds.heldOut) {
        rule.push_back(double(row->ruleScore));
    }
    report.heldOut = int(folds.heldOut.size());
    report.aucModel = auc(held, heldLabels);
    report.aucRule = auc(rule, heldLabels);
    report.heldOutPredicted = std::accumulate(held.begin(), held.end(), 0.0) / double(held.size());
    report.heldOutRate = double(std::accumulate(heldLabels.begin(), heldLabels.end(), 0)) / double(held.size());
    report.l2 = best.m_l2;

    // What is kept: learned from the held-out fold too, still calibrated on a fold it did not see.
    PredictiveScore final = fitOn(folds.training + folds.heldOut, best.m_l2);
    report.trained = true;
    report.topFeatures = final.topFeatures(10);
    if (model != nullptr) {
        *model = std::move(final);
    }
    return report;
}

QJsonObject PredictiveScore::toJson() const
{
    QJsonArray columns;
    for (const Column& c : m_columns) {
        columns.append(QJsonObject {{QStringLiteral("key"), c.key},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("mean"), c.mean},
                                    {QStringLiteral("sd"), c.sd},
                                    {QStringLiteral("weight"), c.weight}});
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("kind"), QStringLiteral("logistic_regression")},
            {QStringLiteral("l2"), m_l2},
            {QStringLiteral("intercept"), m_intercept},
            {QStringLiteral("platt"), QJsonObject {{QStringLiteral("a"), m_platt.a}, {QStringLiteral("b"), m_platt.b}}},
            {QStringLiteral("columns"), columns}};
}

PredictiveScore PredictiveScore::fromJson(const QJsonObject& json)
{
    PredictiveScore m;
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    if (json.value(QStringLiteral("version")).toInt() != 1 || columns.size() < ScoreTraits::NumberCount) {
        return m;
    }
    for (const QJsonValue& v : columns) {
        const QJsonObject o = v.toObject();
        Column c;
        c.key = o.value(QStringLiteral("key")).toString();
        c.name = o.value(QStringLiteral("name")).toString();
        c.mean = o.value(QStringLiteral("mean")).toDouble();
        c.sd = o.value(QStringLiteral("sd")).toDouble(1);
        c.weight = o.value(QStringLiteral("weight")).toDouble();
        m.m_index.insert(c.key, int(m.m_columns.size()));
        m.m_columns.append(c);
    }
    m.m_l2 = json.value(QStringLiteral("l2")).toDouble();
    m.m_intercept = json.value(QStringLiteral("intercept")).toDouble();
    const QJsonObject platt = json.value(QStringLiteral("platt")).toObject();
    m.m_platt.a = platt.value(QStringLiteral("a")).toDouble(1);
    m.m_platt.b = platt.value(QStringLiteral("b")).toDouble();
    m.m_trained = true;
    return m;
}

} // namespace sc::agents::decision
