#include "CountryOptions.h"

#include "models/import/Normalize.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <phonenumbers/phonenumberutil.h>

namespace sc::agents::formfiller {

// Country names a select may list, for the sender's country: the code, English, French and the
// country's own language.
QStringList CountryOptions::countryNames(const QString& country)
{
    QStringList out {country};
    QLocale::Territory territory = QLocale::AnyTerritory;
    if (country.size() == 2) {
        territory = QLocale::codeToTerritory(country.toUpper());
    }
    if (territory == QLocale::AnyTerritory) {
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            if (models::Normalize::fold(QLocale::territoryToString(QLocale::Territory(t)))
                == models::Normalize::fold(country)) {
                territory = QLocale::Territory(t);
                break;
            }
        }
    }
    if (territory == QLocale::AnyTerritory) {
        return out;
    }
    out << QLocale::territoryToCode(territory) << QLocale::territoryToString(territory); // [1], [2]
    static const QHash<QString, QString> french {
        {QStringLiteral("FR"), QStringLiteral("France")},    {QStringLiteral("BE"), QStringLiteral("Belgique")},
        {QStringLiteral("CH"), QStringLiteral("Suisse")},    {QStringLiteral("LU"), QStringLiteral("Luxembourg")},
        {QStringLiteral("CA"), QStringLiteral("Canada")},    {QStringLiteral("GB"), QStringLiteral("Royaume-Uni")},
        {QStringLiteral("DE"), QStringLiteral("Allemagne")}, {QStringLiteral("ES"), QStringLiteral("Espagne")},
        {QStringLiteral("IT"), QStringLiteral("Italie")},    {QStringLiteral("US"), QStringLiteral("États-Unis")},
        {QStringLiteral("NL"), QStringLiteral("Pays-Bas")},  {QStringLiteral("IE"), QStringLiteral("Irlande")},
        {QStringLiteral("PT"), QStringLiteral("Portugal")},  {QStringLiteral("MA"), QStringLiteral("Maroc")},
        {QStringLiteral("TN"), QStringLiteral("Tunisie")},   {QStringLiteral("SN"), QStringLiteral("Sénégal")},
    };
    const QString code = QLocale::territoryToCode(territory);
    out << french.value(code, QLocale::territoryToString(territory)); // [3]: the French name, when known
    if (code == QLatin1String("GB")) {
        out << QStringLiteral("UK") << QStringLiteral("United Kingdom") << QStringLiteral("Great Britain");
    }
    if (code == QLatin1String("US")) {
        out << QStringLiteral("USA") << QStringLiteral("United States of America");
    }
    const QList<QLocale> locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
    if (!locales.isEmpty()) {
        out << locales.first().nativeTerritoryName();
    }
    return out;
}

CountryOptions::Phone CountryOptions::splitPhone(const QString& phone, const QString& country)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    Phone parts;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = country.size() == 2 ? country.toUpper().toStdString() : std::string("ZZ");
    if (util->Parse(phone.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return parts;
    }
    parts.countryCode = number.country_code();
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    parts.national = QString::fromStdString(national);
    std::string regionCode;
    util->GetRegionCodeForNumber(number, &regionCode);
    parts.region = QString::fromStdString(regionCode);
    return parts;
}

bool CountryOptions::looksLikeCountryCodes(const QList<FieldOption>& options)
{
    static const QRegularExpression dial(QStringLiteral("\\+\\s?\\d{1,4}\\b|\\(\\+?\\d{1,4}\\)"));
    int dialing = 0;
    for (const FieldOption& o : options) {
        if (dial.match(o.text).hasMatch() || dial.match(o.value).hasMatch()) {
            ++dialing;
        }
    }
    return options.size() >= 2 && dialing * 2 >= int(options.size());
}

int CountryOptions::countryOption(const QList<FieldOption>& options, const QString& country)
{
    const QStringList names = countryNames(country);
    QStringList folded;
    for (const QString& n : names) {
        folded << models::Normalize::fold(n);
    }
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString text = models::Normalize::fold(options.at(i).text);
        const QString value = models::Normalize::fold(options.at(i).value);
        if (folded.contains(text) || folded.contains(value)) {
            return int(i);
        }
    }
    return -1;
}

int CountryOptions::dialOption(const QList<FieldOption>& options, const Phone& phone)
{
    if (phone.countryCode == 0) {
        return -1;
    }
    const QRegularExpression code(QStringLiteral("(^|[^\\d])\\+?\\s?%1($|[^\\d])").arg(phone.countryCode));
    int best = -1;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const FieldOption& o = options.at(i);
        if (code.match(o.text).hasMatch() || code.match(o.value).hasMatch()) {
            // +1 is shared by the US and Canada: prefer the one naming the number's region.
            if (best < 0
                || (!phone.region.isEmpty() && (o.text.contains(phone.region) || o.value.contains(phone.region)))) {
                best = int(i);
            }
        }
    }
    return best;
}

} // namespace sc::agents::formfiller
