#include "ScoreTraits.h"

#include "models/scoring/SizeMatch.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace sc::agents::decision {

namespace {

// Seniority words, English and French, as a table: the first matching row of each word wins.
struct SeniorityRule
{
    const char* label;
    std::initializer_list<const char*> words;
};
const SeniorityRule kSeniority[] = {
    {"C-level", {"chief", "ceo", "cto", "cfo", "coo", "cmo", "cro", "cio", "president", "président", "pdg"}},
    {"VP", {"vp", "svp", "evp", "vice"}},
    {"Founder", {"founder", "cofounder", "co-founder", "owner", "fondateur", "fondatrice", "gérant", "gerant"}},
    {"Head", {"head"}},
    {"Director", {"director", "directeur", "directrice"}},
    {"Manager", {"manager", "responsable", "lead"}},
};

QString keyOf(const QString& text)
{
    return text.simplified().toCaseFolded();
}

int headcountOf(const models::ScoreFeatures& row)
{
    const int stated = models::SizeMatch::statedHeadcount(row.employees);
    return stated > 0 ? stated : models::SizeMatch::statedHeadcount(row.sizeRange);
}

} // namespace

QStringList ScoreTraits::seniority(const QString& title)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w-]+"));
    const QStringList words = title.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    QStringList out;
    for (const SeniorityRule& rule : kSeniority) {
        for (const char* word : rule.words) {
            if (words.contains(QString::fromUtf8(word))) {
                out.append(QString::fromLatin1(rule.label));
                break;
            }
        }
    }
    return out;
}

QString ScoreTraits::sizeBand(const models::ScoreFeatures& row)
{
    if (!row.sizeRange.trimmed().isEmpty()) {
        return row.sizeRange.simplified();
    }
    const int n = models::SizeMatch::statedHeadcount(row.employees);
    if (n <= 0) {
        return {};
    }
    static const std::pair<int, const char*> bands[]
        = {{10, "1-10"}, {50, "11-50"}, {200, "51-200"}, {500, "201-500"}, {1000, "501-1000"}, {5000, "1001-5000"}};
    for (const auto& [upTo, band] : bands) {
        if (n <= upTo) {
            return QString::fromLatin1(band);
        }
    }
    return QStringLiteral("5001+");
}

QList<ScoreTraits::Trait> ScoreTraits::traits(const models::ScoreFeatures& row)
{
    QList<Trait> out;
    QSet<QString> seen;
    const auto add = [&](const QString& key, const QString& name) {
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append({key, name});
        }
    };
    const QStringList ranks = seniority(row.title);
    for (const QString& rank : ranks) {
        add(QStringLiteral("title=") + rank.toCaseFolded(), tr("Title: %1").arg(rank));
    }
    if (ranks.isEmpty() && !row.title.trimmed().isEmpty()) {
        add(QStringLiteral("title=other"), tr("Title: no seniority word"));
    }
    if (!row.industry.trimmed().isEmpty()) {
        add(QStringLiteral("industry=") + keyOf(row.industry), tr("Industry: %1").arg(row.industry.simplified()));
    }
    if (const QString band = sizeBand(row); !band.isEmpty()) {
        add(QStringLiteral("size=") + keyOf(band), tr("Company size: %1").arg(band));
    }
    const QString country = row.country.simplified().toUpper();
    if (!country.isEmpty()) {
        add(QStringLiteral("country=") + keyOf(country), tr("Country: %1").arg(country));
    }
    for (const QString& technology : row.technologies) {
        const QString tech = technology.simplified();
        if (tech.isEmpty()) {
            continue;
        }
        add(QStringLiteral("tech=") + keyOf(tech), tr("Technology: %1").arg(tech));
        // The same stack does not mean the same thing in every market: the pair is its own trait.
        if (!country.isEmpty()) {
            add(QStringLiteral("tech=%1&country=%2").arg(keyOf(tech), keyOf(country)),
                tr("Technology: %1, Country: %2").arg(tech, country));
        }
    }
    if (row.hasPhone) {
        add(QStringLiteral("phone"), tr("Has a phone number"));
    }
    for (const QString& sequence : row.sequences) {
        if (!sequence.trimmed().isEmpty()) {
            add(QStringLiteral("sequence=") + keyOf(sequence), tr("Sequence: %1").arg(sequence.simplified()));
        }
    }
    for (const QString& variant : row.variants) {
        if (!variant.trimmed().isEmpty()) {
            add(QStringLiteral("variant=") + keyOf(variant), tr("Variant: %1").arg(variant.simplified()));
        }
    }
    for (const QString& channel : row.channels) {
        if (!channel.trimmed().isEmpty()) {
            add(QStringLiteral("channel=") + keyOf(channel), tr("Sequence with a %1 step").arg(channel.simplified()));
        }
    }
    return out;
}

std::array<std::optional<double>, ScoreTraits::NumberCount> ScoreTraits::numbers(const models::ScoreFeatures& row)
{
    std::array<std::optional<double>, NumberCount> out;
    if (const int n = headcountOf(row); n > 0) {
        out[Headcount] = std::log1p(double(n));
    }
    out[RuleScore] = double(row.ruleScore);
    return out;
}

QString ScoreTraits::numberName(Number number)
{
    switch (number) {
    case Headcount:
        return tr("Headcount");
    case RuleScore:
        return tr("Rule score");
    case NumberCount:
        break;
    }
    return {};
}

QString ScoreTraits::numberText(Number number, const models::ScoreFeatures& row)
{
    int value = 0;
    switch (number) {
    case Headcount:
        value = headcountOf(row);
        break;
    case RuleScore:
        value = row.ruleScore;
        break;
    case NumberCount:
        break;
    }
    return tr("%1: %2").arg(numberName(number)).arg(value);
}

} // namespace sc::agents::decision
