#include "TextClassifier.h"

#include <QFile>
#include <QRegularExpression>
#include <cmath>
#include <functional>

namespace sc::agents::inbox {

QStringList TextClassifier::features(const QString& text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark()) {
            folded.append(c);
        }
    }
    static const QRegularExpression split(QStringLiteral(R"([^\p{L}\p{N}?']+)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = folded.split(split, Qt::SkipEmptyParts);
    // A question mark is a word of its own: "price?" and "price" say different things.
    QStringList out;
    for (QString w : std::as_const(words)) {
        if (w.endsWith(QLatin1Char('?'))) {
            w.chop(1);
            if (!w.isEmpty()) {
                out.append(w);
            }
            out.append(QStringLiteral("?"));
        } else {
            out.append(w);
        }
    }
    const qsizetype unigrams = out.size();
    for (qsizetype i = 0; i + 1 < unigrams; ++i) {
        out.append(out.at(i) + QLatin1Char(' ') + out.at(i + 1));
    }
    return out;
}

void TextClassifier::add(const QString& label, const QString& text)
{
    const QStringList f = features(text);
    QHash<QString, int>& counts = m_counts[label];
    for (const QString& feature : f) {
        if (counts.value(feature) == 0) {
            ++m_vocabulary[feature];
        }
        ++counts[feature];
    }
    m_totals[label] += int(f.size());
    ++m_documents[label];
    ++m_examples;
}

TextClassifier::Prediction TextClassifier::predict(const QString& text) const
{
    if (m_examples == 0) {
        return {};
    }
    const QStringList f = features(text);
    const double vocabulary = double(m_vocabulary.size()) + 1;
    QList<QPair<QString, double>> scores;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        const QHash<QString, int>& counts = m_counts.value(it.key());
        const double total = m_totals.value(it.key());
        double score = std::log(double(it.value()) / m_examples);
        for (const QString& feature : f) {
            if (m_vocabulary.contains(feature)) { // unseen words say nothing about any label
                score += std::log((counts.value(feature) + 1.0) / (total + vocabulary));
            }
        }
        scores.append({it.key(), score});
    }
    double best = -INFINITY;
    QString label;
    for (const auto& [name, score] : std::as_const(scores)) {
        if (score > best) {
            best = score;
            label = name;
        }
    }
    double sum = 0;
    for (const auto& [name, score] : std::as_const(scores)) {
        sum += std::exp(score - best);
    }
    return {label, 1.0 / sum};
}

void TextClassifier::addTsv(const QByteArray& tsv, const std::function<bool(int)>& keep)
{
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        if (fields.size() < 3 || (keep && !keep(int(i - 1)))) {
            continue;
        }
        add(QString::fromUtf8(fields.at(0)),
            QString::fromUtf8(fields.at(2)).replace(QLatin1String("\\n"), QLatin1String("\n")));
    }
}

const TextClassifier& TextClassifier::shipped()
{
    static const TextClassifier model = [] {
        TextClassifier m;
        QFile corpus(QStringLiteral(":/classifier/replies.tsv"));
        if (corpus.open(QIODevice::ReadOnly)) {
            m.addTsv(corpus.readAll());
        }
        return m;
    }();
    return model;
}

} // namespace sc::agents::inbox
