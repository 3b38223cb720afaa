#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace sc::agents::inbox {

// A multinomial naive Bayes classifier over words and word pairs (accents folded, lower case), for
// the human replies the rules do not settle. Trained from the labelled corpus that ships in
// resources (resources/classifier/replies.tsv) and, later, from the rep's own corrections: add()
// one example at a time, no retraining pass.
//
// Built for the sync's pace: a feature is a 64-bit hash of its folded words (no string is made for
// it), and each feature seen keeps one row of log(count + 1) per label, so a prediction is one hash
// lookup and a few additions per feature, whatever the number of labels' vocabularies.
class TextClassifier
{
public:
    struct Prediction
    {
        QString label;
        double probability = 0; // of that label, among all labels
    };

    void add(const QString& label, const QString& text);
    Prediction predict(const QString& text) const;
    int examples() const { return m_examples; }

    // "label<TAB>language<TAB>text" lines after a header; "\n" in text is a line break.
    void addTsv(const QByteArray& tsv);
    // The corpus that ships with the app, learned once per process.
    static const TextClassifier& shipped();
    // The features of a text: each word (a question mark is a word of its own: "price?" and
    // "price" say different things) and each pair of neighbouring words, hashed.
    static std::vector<quint64> features(const QString& text);

private:
    int labelIndex(const QString& label);

    QStringList m_labels;
    QHash<quint64, qsizetype> m_rows; // feature -> its row in m_counts and m_logCounts
    std::vector<int> m_counts; // row * labels + label: times the feature was seen with the label
    std::vector<double> m_logCounts; // log(count + 1), the same layout
    std::vector<qint64> m_totals; // per label: features seen
    std::vector<int> m_documents; // per label: examples
    int m_examples = 0;
};

} // namespace sc::agents::inbox
