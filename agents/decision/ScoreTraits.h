#pragma once

#include "models/entities/ScoreFeatures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace sc::agents::decision {

// What the predictive score reads from one prospect: the traits (one-hot: present or not) with a key
// that does not depend on case or spelling details and a name the rep understands, and the numbers
// (raw; PredictiveScore standardises them).
class ScoreTraits
{
    Q_DECLARE_TR_FUNCTIONS(sc::agents::decision::ScoreTraits)

public:
    struct Trait
    {
        QString key; // "title=vp", "tech=hubspot&country=fr"
        QString name; // "Title: VP", "Technology: HubSpot, Country: FR"
    };
    // Emails sent and steps done are not among them (see ScoreFeatures): they follow the outcome.
    enum Number { Headcount, RuleScore, NumberCount };

    // Each key once, in a fixed order.
    static QList<Trait> traits(const models::ScoreFeatures& row);
    // Headcount as log(1 + n), from the stated headcount or else the size range; nullopt when unknown.
    static std::array<std::optional<double>, NumberCount> numbers(const models::ScoreFeatures& row);
    static QString numberName(Number number);
    // "Headcount: 62", "Rule score: 72" (the prospect's own value).
    static QString numberText(Number number, const models::ScoreFeatures& row);
    // The seniority words of a title: "VP", "Head", "Director", "C-level"...; empty when none.
    static QStringList seniority(const QString& title);
    // The size band of a company: its size range as written, else the band its headcount falls in.
    static QString sizeBand(const models::ScoreFeatures& row);
};

} // namespace sc::agents::decision
