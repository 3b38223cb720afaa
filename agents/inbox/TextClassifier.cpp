#include "TextClassifier.h"

#include <QFile>
#include <array>
#include <cmath>

namespace sc::agents::inbox {

namespace {

constexpr char16_t Separator = 0;
constexpr char16_t Skip = 1; // a combining mark: folded away, the word goes on

// What a character becomes in a feature: lower case without its accent ("É" -> "e"), kept as is
// (digits, "?" and "'"), dropped (combining marks) or a word break.
char16_t foldSlow(char16_t c)
{
    const QChar ch(c);
    if (ch.isMark()) {
        return Skip;
    }
    if (!ch.isLetterOrNumber()) {
        return Separator;
    }
    const QString decomposed = ch.decomposition();
    const QChar base = decomposed.isEmpty() || ch.decompositionTag() != QChar::Canonical ? ch : decomposed.at(0);
    const char16_t lower = base.toLower().unicode();
    return lower <= Skip ? Separator : lower;
}

char16_t fold(char16_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
            return char16_t(c + 32);
        }
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '?' || c == '\'' ? c : Separator;
    }
    // Latin-1 and Latin Extended (French, German, Spanish... letters): a table made once.
    static const std::array<char16_t, 0x250> latin = [] {
        std::array<char16_t, 0x250> t {};
        for (char16_t i = 0x80; i < 0x250; ++i) {
            t[i] = foldSlow(i);
        }
        return t;
    }();
    return c < 0x250 ? latin[c] : foldSlow(c);
}

// Features past which the evidence is scaled down (see predict): about a 30-word reply's words and
// pairs. 40 to 100 cross-validate alike on the training corpus; 10 and 20 lose.
constexpr int EvidenceFeatures = 60;

constexpr quint64 FnvOffset = 14695981039346656037ull;
constexpr quint64 FnvPrime = 1099511628211ull;

quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

} // namespace

std::vector<quint64> TextClassifier::features(const QString& text)
{
    std::vector<quint64> words;
    words.reserve(size_t(text.size() / 5 + 1));
    quint64 h = FnvOffset;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord) {
            words.push_back(mix(h));
            h = FnvOffset;
            inWord = false;
        }
    };
    for (const QChar qc : text) {
        const char16_t c = fold(qc.unicode());
        if (c == Skip) {
            continue;
        }
        if (c == Separator) {
            endWord();
            continue;
        }
        if (c == '?') {
            endWord();
            words.push_back(mix(FnvOffset ^ '?'));
            continue;
        }
        h = (h ^ c) * FnvPrime;
        inWord = true;
    }
    endWord();
    const size_t unigrams = words.size();
    for (size_t i = 0; i + 1 < unigrams; ++i) {
        words.push_back(mix(words[i] * 31 + mix(words[i + 1] ^ 0x9e3779b97f4a7c15ull)));
    }
    return words;
}

int TextClassifier::labelIndex(const QString& label)
{
    const qsizetype found = m_labels.indexOf(label);
    if (found >= 0) {
        return int(found);
    }
    // A label never seen before: every row grows by one column.
    const size_t oldWidth = size_t(m_labels.size());
    const size_t rows = oldWidth == 0 ? 0 : m_counts.size() / oldWidth;
    std::vector<int> counts(rows * (oldWidth + 1), 0);
    std::vector<double> logs(rows * (oldWidth + 1), 0.0);
    for (size_t r = 0; r < rows; ++r) {
        for (size_t l = 0; l < oldWidth; ++l) {
            counts[r * (oldWidth + 1) + l] = m_counts[r * oldWidth + l];
            logs[r * (oldWidth + 1) + l] = m_logCounts[r * oldWidth + l];
        }
    }
    m_counts = std::move(counts);
    m_logCounts = std::move(logs);
    m_labels.append(label);
    m_totals.push_back(0);
    m_documents.push_back(0);
    return int(oldWidth);
}

void TextClassifier::add(const QString& label, const QString& text)
{
    const int l = labelIndex(label);
    const size_t width = size_t(m_labels.size());
    const std::vector<quint64> f = features(text);
    for (const quint64 feature : f) {
        auto it = m_rows.constFind(feature);
        if (it == m_rows.cend()) {
            it = m_rows.insert(feature, qsizetype(m_counts.size() / width));
            m_counts.resize(m_counts.size() + width, 0);
            m_logCounts.resize(m_logCounts.size() + width, 0.0);
        }
        const size_t cell = size_t(*it) * width + size_t(l);
        m_logCounts[cell] = std::log(double(++m_counts[cell]) + 1.0);
    }
    m_totals[size_t(l)] += qint64(f.size());
    ++m_documents[size_t(l)];
    ++m_examples;
}

TextClassifier::Prediction TextClassifier::predict(const QString& text) const
{
    if (m_examples == 0) {
        return {};
    }
    const size_t width = size_t(m_labels.size());
    // log P(label) + sum over known features of log((count + 1) / (total + vocabulary)): the
    // numerators per feature, the denominators once per label. Unseen words say nothing.
    std::vector<double> scores(width, 0.0);
    int known = 0;
    for (const quint64 feature : features(text)) {
        const auto it = m_rows.constFind(feature);
        if (it == m_rows.cend()) {
            continue;
        }
        ++known;
        const double* row = m_logCounts.data() + size_t(*it) * width;
        for (size_t l = 0; l < width; ++l) {
            scores[l] += row[l];
        }
    }
    const double vocabulary = double(m_rows.size()) + 1;
    // Naive Bayes multiplies the evidence of every feature as if each were independent, so a long
    // text comes out certain of anything. Past a reply's usual length the evidence is scaled to
    // that length: long texts weigh like long replies, not like a hundred short ones.
    const double weight = known > EvidenceFeatures ? double(EvidenceFeatures) / known : 1.0;
    double best = -INFINITY;
    size_t bestLabel = 0;
    for (size_t l = 0; l < width; ++l) {
        if (m_documents[l] == 0) {
            scores[l] = -INFINITY;
            continue;
        }
        scores[l] = std::log(double(m_documents[l]) / m_examples)
            + weight * (scores[l] - known * std::log(double(m_totals[l]) + vocabulary));
        if (scores[l] > best) {
            best = scores[l];
            bestLabel = l;
        }
    }
    double sum = 0;
    for (size_t l = 0; l < width; ++l) {
        sum += std::isinf(scores[l]) ? 0.0 : std::exp(scores[l] - best);
    }
    return {m_labels.at(qsizetype(bestLabel)), 1.0 / sum};
}

void TextClassifier::addTsv(const QByteArray& tsv)
{
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        if (fields.size() < 3) {
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
