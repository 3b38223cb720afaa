#pragma once

#include "Headcount.h"
#include "HtmlPage.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sc::agents::research {

// What a company's own website says about it.
struct CompanyFacts
{
    QString domain;
    QString name;
    QString description;
    QString language; // "en", "fr"...
    QString country; // ISO 3166-1 alpha-2
    QString address; // one line
    QStringList phones; // E.164
    QStringList emails;
    QMap<QString, QString> social; // linkedin, twitter, facebook, instagram, youtube, github
    QStringList technologies;
    QString sizeHint; // "11-50", "51-200"...; with the headcount stated: "51-200 (62)", "1001-5000 (2000+)"
    StatedHeadcount employees; // the headcount the site states, and its page (employees.sourceUrl)
    QStringList sources; // the pages read
    QMap<QString, QString> sourceOf; // field (as in toJson) -> the page it was read on

    QJsonObject toJson() const;
};

// Reads the facts out of the pages of one site (the homepage first), by the rules in
// tests/data/sites/expected.json: schema.org JSON-LD first, then meta tags and the page's own words.
class CompanyExtractor
{
public:
    static CompanyFacts extract(const QString& domain, const QList<HtmlPage>& pages);

    // Helpers, public for their tests.
    static QString sizeBucket(double employees);
    // "GB", "United Kingdom", "France", "Canada" -> ISO code; empty when unknown.
    static QString countryCode(const QString& nameOrCode);
    // E.164, or empty when the text is not a valid phone number (national numbers read in region).
    static QString normalizePhone(const QString& text, const QString& region);
    static QString phoneRegion(const QString& e164);
};

} // namespace sc::agents::research
