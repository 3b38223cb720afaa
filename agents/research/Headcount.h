#pragma once

#include "HtmlPage.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace sc::agents::research {

// A headcount as a company's own site states it, with the page it was read on.
struct StatedHeadcount
{
    enum class Kind {
        None,
        Exact, // "62 salariés", "team of 75", numberOfEmployees: 62
        Approximate, // "about 40 people work here", "une quarantaine de collaborateurs"
        AtLeast, // "over 2,000 employees", "2,000+ employees", QuantitativeValue {minValue} alone
        RangeMidpoint, // "200-500 employees", QuantitativeValue {minValue, maxValue}: the midpoint
    };
    int employees = 0; // 0: none stated
    Kind kind = Kind::None;
    int rangeMin = 0; // RangeMidpoint only
    int rangeMax = 0;
    QString sourceUrl;

    bool stated() const { return employees > 0; }
    // exact, approximate, at_least, range_midpoint (enrich --json's employees_qualifier); empty for None.
    QString kindName() const;
    // The number the size bucket is read from: a lower bound counts as just above it ("over 200" is 201-500).
    int bucketCount() const;
    // As kept in company_facts and shown in size_hint: "62", "~40", "2000+", "200-500".
    QString asStated() const;
};

// Reads the headcount a site states: schema.org numberOfEmployees (JSON-LD or microdata; a number, a
// numeric text or a QuantitativeValue) and French and English phrasings in the pages' words. Only what
// the company says about itself counts: customers, countries, years, prices, percentages and phone
// numbers are no headcount, nor are other companies' employees ("for companies with 50 to 500
// employees", "your 20 employees"), nor upper bounds ("up to 50 employees").
class Headcount
{
public:
    // The first statement of the company's own headcount in a page's text.
    static StatedHeadcount fromText(const QString& text);
    // A schema.org numberOfEmployees value: 62, "62", "2,000+", "51-200", {value}, {minValue, maxValue}
    // (their midpoint, rounded), {minValue} (a lower bound); {maxValue} alone says too little.
    static StatedHeadcount fromSchema(const QJsonValue& numberOfEmployees);
    // Microdata itemprops of a page (HtmlPage::itemProps): numberOfEmployees, or its QuantitativeValue's
    // numberOfEmployees.value / .minValue / .maxValue.
    static StatedHeadcount fromMicrodata(const QList<QPair<QString, QString>>& itemProps);
    // Where several are stated: JSON-LD (jsonLd, read on jsonLdUrl), then microdata, then the words of
    // the about / company pages, then the homepage's (pages.first()), then the other pages'.
    static StatedHeadcount best(const QList<HtmlPage>& pages, const QJsonValue& jsonLd, const QString& jsonLdUrl);

    // "62", "2,000", "2 000", "2.000", "2\u00a0000" -> the number; 0 when not one.
    static int parseNumber(const QString& digits);
    static bool isAboutPage(const QString& url);
};

} // namespace sc::agents::research
