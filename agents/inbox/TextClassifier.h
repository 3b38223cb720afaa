#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sc::agents::inbox {

// A multinomial naive Bayes classifier over words and word pairs (accents folded, lower case), for
// the human replies the rules do not settle. Trained from the labelled corpus that ships in
// resources (resources/classifier/replies.tsv) and, later, from the rep's own corrections: add()
// one example at a time, no retraining pass.
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

    // "label<TAB>language<TAB>text" lines after a header; "\n" in text is a line break. keep(i)
    // chooses which data lines (0-based) to learn from; by default all.
    void addTsv(const QByteArray& tsv, const std::function<bool(int)>& keep = {});
    // The corpus that ships with the app, learned once per process.
    static const TextClassifier& shipped();
    static QStringList features(const QString& text);

private:
    QHash<QString, QHash<QString, int>> m_counts; // label -> feature -> count
    QHash<QString, int> m_totals; // label -> features seen
    QHash<QString, int> m_documents; // label -> examples
    QHash<QString, int> m_vocabulary; // feature -> labels it appeared with (presence)
    int m_examples = 0;
};

} // namespace sc::agents::inbox
