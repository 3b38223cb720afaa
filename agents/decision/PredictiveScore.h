#pragma once

#include "LogisticRegression.h"
#include "models/entities/ScoreFeatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace sc::agents::decision {

// The predictive score beside the rule-based one: an L2-regularised logistic regression trained on the
// workspace's own outcomes (replied, meeting, won against contacted and silent), over one-hot research
// traits (title seniority, industry, size band, country, technologies and technology-in-country pairs,
// a phone number, the sequence, its A/B variant and the channels it plans) and standardised numbers
// (headcount, the rule score). Trained on one stratified fold, calibrated by Platt scaling on another, measured on a
// third nobody learned from; then refitted on all but the calibration fold. Each prospect's probability
// comes with the traits that moved it most, in the rep's words ("Title: VP", "Industry: Logistics").
// Plain logic: feed it rows; the database side is PredictionRepository's, the job ScoreTrainer's.
class PredictiveScore
{
    Q_DECLARE_TR_FUNCTIONS(sc::agents::decision::PredictiveScore)

public:
    static constexpr int MinOutcomes = 50;
    static constexpr int MinEachOutcome = 5; // positives and negatives: each fold needs some of both

    struct Options
    {
        quint64 seed = 19; // the folds' shuffle
        double heldOutShare = 0.2;
        double calibrationShare = 0.2;
        int minSupport = 3; // a trait seen fewer times in training is no column
        int maxColumns = 300; // the most frequent traits
    };
    // A trait and its weight in log-odds: the model's coefficient (per standard deviation for numbers),
    // or its contribution to one prospect's score (coefficient x value).
    struct Feature
    {
        QString name;
        double weight = 0;
    };
    struct Report
    {
        bool trained = false;
        int outcomes = 0;
        int positives = 0;
        int negatives = 0;
        int heldOut = 0;
        double aucRule = 0.5; // on the held-out fold
        double aucModel = 0.5;
        double heldOutPredicted = 0; // mean calibrated probability on the held-out fold
        double heldOutRate = 0; // its observed positive rate
        double l2 = 0; // the penalty chosen on the calibration fold
        QList<Feature> topFeatures;
        QString state() const; // "trained", "not_enough_outcomes"
        QString message() const; // "not enough outcomes: 12 of 50"
    };

    // Trains on the rows that have a label; `model` gets the result when there are enough outcomes.
    static Report train(const QList<models::ScoreFeatures>& rows, const Options& options, PredictiveScore* model);
    static bool enoughOutcomes(int positives, int negatives);
    static QString shortfall(int positives, int negatives); // empty when there are enough

    bool isTrained() const { return m_trained; }
    double probability(const models::ScoreFeatures& row) const;
    // The `count` traits that moved this prospect's score most (largest |contribution| first).
    QList<Feature> contributions(const models::ScoreFeatures& row, int count = 3) const;
    // The model's strongest traits: |coefficient| scaled by the trait's spread in training.
    QList<Feature> topFeatures(int count = 10) const;

    QJsonObject toJson() const;
    static PredictiveScore fromJson(const QJsonObject& json);

    // Area under the ROC curve of scores against labels (1/0), ties counted half; 0.5 without both.
    static double auc(const std::vector<double>& scores, const std::vector<int>& labels);

private:
    struct Column
    {
        QString key; // "tech=hubspot&country=fr"
        QString name; // "Technology: HubSpot, Country: FR"
        double mean = 0; // numbers: standardisation; traits: frequency in training
        double sd = 1;
        double weight = 0;
    };

    void buildColumns(const QList<const models::ScoreFeatures*>& rows, const Options& options);
    SparseRow encode(const models::ScoreFeatures& row) const;
    double margin(const models::ScoreFeatures& row) const;
    static QList<Feature> sortedByImportance(QList<QPair<double, Feature>> ranked, int count);

    bool m_trained = false;
    QList<Column> m_columns; // NumericCount numbers, then the traits
    QHash<QString, int> m_index;
    double m_intercept = 0;
    LogisticRegression::Platt m_platt;
    double m_l2 = 0;
};

} // namespace sc::agents::decision
