#include "CompanyFacts.h"

#include "models/import/Normalize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <phonenumbers/phonenumberutil.h>

namespace sc::agents::research {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QRegularExpression rx(const QString& pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool isOrganization(const QJsonValue& type)
{
    static const QStringList kinds {QStringLiteral("Organization"),
                                    QStringLiteral("Corporation"),
                                    QStringLiteral("LocalBusiness"),
                                    QStringLiteral("Company"),
                                    QStringLiteral("NGO"),
                                    QStringLiteral("ProfessionalService"),
                                    QStringLiteral("OnlineBusiness"),
                                    QStringLiteral("EducationalOrganization")};
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray {type};
    for (const QJsonValue& t : types) {
        const QString s = t.toString().section(QLatin1Char('/'), -1);
        if (kinds.contains(s) || s.endsWith(QLatin1String("Organization")) || s.endsWith(QLatin1String("Business"))) {
            return true;
        }
    }
    return false;
}

// Every object in a JSON-LD block (top level, arrays, @graph), depth first.
void collectObjects(const QJsonValue& value, QList<QJsonObject>* out, int depth = 0)
{
    if (depth > 8) {
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            collectObjects(v, out, depth + 1);
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        out->append(o);
        if (o.contains(QStringLiteral("@graph"))) {
            collectObjects(o.value(QStringLiteral("@graph")), out, depth + 1);
        }
    }
}

QString text(const QJsonValue& v)
{
    if (v.isObject()) {
        return v.toObject().value(QStringLiteral("name")).toString().simplified();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    return v.toString().simplified();
}

QString titleName(const QString& title)
{
    static const QStringList separators {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "),
                                         QStringLiteral(" \u2014 ")};
    qsizetype cut = title.size();
    for (const QString& sep : separators) {
        if (const qsizetype at = title.indexOf(sep); at >= 0) {
            cut = std::min(cut, at);
        }
    }
    return title.left(cut).trimmed();
}

QString socialKey(const QUrl& url)
{
    const QString host = url.host().toLower();
    auto on = [&](const char* domain) {
        const QString d = QLatin1String(domain);
        return host == d || host.endsWith(QLatin1Char('.') + d);
    };
    if (on("linkedin.com")) {
        return QStringLiteral("linkedin");
    }
    if (on("twitter.com") || on("x.com")) {
        return QStringLiteral("twitter");
    }
    if (on("facebook.com")) {
        return QStringLiteral("facebook");
    }
    if (on("instagram.com")) {
        return QStringLiteral("instagram");
    }
    if (on("youtube.com")) {
        return QStringLiteral("youtube");
    }
    if (on("github.com")) {
        return QStringLiteral("github");
    }
    return {};
}

void addSocial(const QString& href, QMap<QString, QString>* social)
{
    QUrl url(href.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return;
    }
    const QString key = socialKey(url);
    if (key.isEmpty() || social->contains(key)) {
        return;
    }
    url.setQuery(QString());
    url.setFragment(QString());
    QString s = url.toString();
    while (s.endsWith(QLatin1Char('/'))) {
        s.chop(1);
    }
    social->insert(key, s);
}

} // namespace

QJsonObject CompanyFacts::toJson() const
{
    QJsonObject socials;
    for (auto it = social.cbegin(); it != social.cend(); ++it) {
        socials.insert(it.key(), it.value());
    }
    // employees: the stated headcount, a number (null when none), with how it was stated and its page.
    const auto ifStated = [this](const QJsonValue& v) {
        return employees.stated() ? v : QJsonValue();
    };
    return {{QStringLiteral("domain"), domain},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("language"), language},
            {QStringLiteral("country"), country},
            {QStringLiteral("address"), address},
            {QStringLiteral("phones"), QJsonArray::fromStringList(phones)},
            {QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
            {QStringLiteral("social"), socials},
            {QStringLiteral("technologies"), QJsonArray::fromStringList(technologies)},
            {QStringLiteral("size_hint"), sizeHint},
            {QStringLiteral("employees"), ifStated(employees.employees)},
            {QStringLiteral("employees_qualifier"), ifStated(employees.kindName())},
            {QStringLiteral("employees_source"), ifStated(employees.sourceUrl)},
            {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}};
}

QString CompanyExtractor::sizeBucket(double n)
{
    if (n <= 0) {
        return {};
    }
    if (n <= 10) {
        return QStringLiteral("1-10");
    }
    if (n <= 50) {
        return QStringLiteral("11-50");
    }
    if (n <= 200) {
        return QStringLiteral("51-200");
    }
    if (n <= 500) {
        return QStringLiteral("201-500");
    }
    if (n <= 1000) {
        return QStringLiteral("501-1000");
    }
    if (n <= 5000) {
        return QStringLiteral("1001-5000");
    }
    return QStringLiteral("5001+");
}

QString CompanyExtractor::countryCode(const QString& nameOrCode)
{
    const QString s = nameOrCode.trimmed();
    if (s.isEmpty()) {
        return {};
    }
    static const QHash<QString, QString> aliases {
        {QStringLiteral("uk"), QStringLiteral("GB")},
        {QStringLiteral("england"), QStringLiteral("GB")},
        {QStringLiteral("great britain"), QStringLiteral("GB")},
        {QStringLiteral("usa"), QStringLiteral("US")},
        {QStringLiteral("united states of america"), QStringLiteral("US")},
        {QStringLiteral("u.s.a."), QStringLiteral("US")},
        {QStringLiteral("deutschland"), QStringLiteral("DE")},
        {QStringLiteral("allemagne"), QStringLiteral("DE")},
        {QStringLiteral("royaume-uni"), QStringLiteral("GB")},
        {QStringLiteral("etats-unis"), QStringLiteral("US")},
        {QStringLiteral("belgique"), QStringLiteral("BE")},
        {QStringLiteral("suisse"), QStringLiteral("CH")},
        {QStringLiteral("espagne"), QStringLiteral("ES")},
        {QStringLiteral("italie"), QStringLiteral("IT")},
    };
    const QString folded = models::Normalize::fold(s);
    if (const auto it = aliases.constFind(folded); it != aliases.cend()) {
        return *it;
    }
    if (s.size() == 2 && s.at(0).isLetter() && s.at(1).isLetter()) {
        const QLocale::Territory t = QLocale::codeToTerritory(s.toUpper());
        return t == QLocale::AnyTerritory ? QString() : s.toUpper();
    }
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        if (models::Normalize::fold(QLocale::territoryToString(territory)) == folded) {
            return QLocale::territoryToCode(territory);
        }
    }
    return {};
}

QString CompanyExtractor::normalizePhone(const QString& raw, const QString& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(raw.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number)) {
        return {};
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString CompanyExtractor::phoneRegion(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return {};
    }
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

CompanyFacts CompanyExtractor::extract(const QString& domain, const QList<HtmlPage>& pages)
{
    CompanyFacts f;
    f.domain = domain;
    if (pages.isEmpty()) {
        return f;
    }
    const HtmlPage& home = pages.first();
    for (const HtmlPage& page : pages) {
        f.sources.append(page.url);
    }

    // schema.org: the first Organization on any page, the homepage first.
    QJsonObject org;
    QString orgUrl;
    QJsonValue employeesLd(QJsonValue::Undefined); // the first Organization's numberOfEmployees, on any page
    QString employeesLdUrl;
    QStringList sameAs;
    for (const HtmlPage& page : pages) {
        for (const QString& block : page.jsonLd) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(block.trimmed().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError) {
                continue; // broken JSON-LD is ignored, never fatal
            }
            QList<QJsonObject> objects;
            collectObjects(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &objects);
            for (const QJsonObject& o : std::as_const(objects)) {
                if (org.isEmpty() && isOrganization(o.value(QStringLiteral("@type")))) {
                    org = o;
                    orgUrl = page.url;
                }
                if (employeesLd.isUndefined() && o.contains(QStringLiteral("numberOfEmployees"))
                    && isOrganization(o.value(QStringLiteral("@type")))) {
                    employeesLd = o.value(QStringLiteral("numberOfEmployees"));
                    employeesLdUrl = page.url;
                }
            }
        }
    }
    const QJsonValue same = org.value(QStringLiteral("sameAs"));
    for (const QJsonValue& v : same.isArray() ? same.toArray() : QJsonArray {same}) {
        if (v.isString()) {
            sameAs.append(v.toString());
        }
    }

    // Name, description, language.
    f.name = text(org.value(QStringLiteral("name")));
    if (f.name.isEmpty()) {
        f.name = home.meta.value(QStringLiteral("og:site_name"));
    }
    if (f.name.isEmpty()) {
        f.name = titleName(home.title);
    }
    f.description = text(org.value(QStringLiteral("description")));
    if (f.description.isEmpty()) {
        f.description = home.meta.value(QStringLiteral("description"));
    }
    if (f.description.isEmpty()) {
        f.description = home.meta.value(QStringLiteral("og:description"));
    }
    f.sourceOf.insert(QStringLiteral("name"), !text(org.value(QStringLiteral("name"))).isEmpty() ? orgUrl : home.url);
    f.sourceOf.insert(QStringLiteral("description"),
                      !text(org.value(QStringLiteral("description"))).isEmpty() ? orgUrl : home.url);
    f.sourceOf.insert(QStringLiteral("language"), home.url);
    f.language = home.lang.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).trimmed().toLower();

    // Address and country.
    QString country;
    const QJsonValue addressValue = org.value(QStringLiteral("address"));
    if (addressValue.isObject()) {
        const QJsonObject a = addressValue.toObject();
        const QString street = text(a.value(QStringLiteral("streetAddress")));
        const QString locality = QStringList {text(a.value(QStringLiteral("postalCode"))),
                                              text(a.value(QStringLiteral("addressLocality")))}
                                     .join(QLatin1Char(' '))
                                     .trimmed();
        country = text(a.value(QStringLiteral("addressCountry")));
        QStringList parts;
        for (const QString& part : {street, locality, country}) {
            if (!part.isEmpty()) {
                parts.append(part);
            }
        }
        f.address = parts.join(QStringLiteral(", "));
        f.country = countryCode(country);
        f.sourceOf.insert(QStringLiteral("address"), orgUrl);
    } else if (addressValue.isString()) {
        f.address = addressValue.toString().simplified();
        f.sourceOf.insert(QStringLiteral("address"), orgUrl);
    }
    if (f.address.isEmpty()) {
        for (const HtmlPage& page : pages) {
            if (!page.addresses.isEmpty()) {
                f.address = page.addresses.first().split(QLatin1Char('\n')).join(QStringLiteral(", "));
                f.sourceOf.insert(QStringLiteral("address"), page.url);
                break;
            }
        }
    }
    if (f.country.isEmpty() && !f.address.isEmpty()) {
        f.country = countryCode(f.address.section(QLatin1Char(','), -1));
    }
    f.sourceOf.insert(QStringLiteral("country"), f.sourceOf.value(QStringLiteral("address")));

    // Phones: tel: links, JSON-LD, then labelled numbers in the text (national ones read in the
    // company's country, or the language's).
    QList<QPair<QString, QString>> rawPhones; // (number as written, page)
    const QString defaultRegion = !f.country.isEmpty() ? f.country
        : f.language == QLatin1String("fr")            ? QStringLiteral("FR")
                                                       : QStringLiteral("GB");
    for (const HtmlPage& page : pages) {
        for (const HtmlPage::Link& link : page.links) {
            if (link.url.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
                rawPhones.append({QUrl::fromPercentEncoding(link.url.mid(4).toUtf8()), page.url});
            }
        }
    }
    if (const QString phone = text(org.value(QStringLiteral("telephone"))); !phone.isEmpty()) {
        rawPhones.append({phone, orgUrl});
    }
    static const QRegularExpression labelled = rx(QStringLiteral(
        R"((?:\b(?:t[ée]l[ée]phone|t[ée]l|phone|mobile|portable|standard)\b\.?|\bt)\s*:?\s*(\+?\(?\d[\d .()/\-]{6,}\d))"));
    for (const HtmlPage& page : pages) {
        auto it = labelled.globalMatch(page.text);
        while (it.hasNext()) {
            rawPhones.append({it.next().captured(1), page.url});
        }
    }
    for (const auto& [raw, url] : std::as_const(rawPhones)) {
        if (const QString e164 = normalizePhone(raw, defaultRegion); !e164.isEmpty() && !f.phones.contains(e164)) {
            if (f.phones.isEmpty()) {
                f.sourceOf.insert(QStringLiteral("phones"), url);
            }
            f.phones.append(e164);
        }
    }
    if (f.country.isEmpty() && !f.phones.isEmpty()) {
        f.country = phoneRegion(f.phones.first());
        f.sourceOf.insert(QStringLiteral("country"), f.sourceOf.value(QStringLiteral("phones")));
    }
    f.phones.sort();

    // Emails: mailto: links and the visible text.
    static const QRegularExpression email = rx(QStringLiteral(R"(\b[A-Z0-9._%+\-]+@[A-Z0-9.\-]+\.[A-Z]{2,24}\b)"));
    static const QRegularExpression notAnAddress = rx(QStringLiteral(R"(\.(png|jpe?g|gif|svg|webp|css|js)$)"));
    auto addEmail = [&](QString e, const QString& url) {
        e = e.trimmed().toLower();
        if (!e.isEmpty() && email.match(e).hasMatch() && !notAnAddress.match(e).hasMatch() && !f.emails.contains(e)) {
            if (f.emails.isEmpty()) {
                f.sourceOf.insert(QStringLiteral("emails"), url);
            }
            f.emails.append(e);
        }
    };
    for (const HtmlPage& page : pages) {
        for (const HtmlPage::Link& link : page.links) {
            if (link.url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
                addEmail(QUrl::fromPercentEncoding(link.url.mid(7).section(QLatin1Char('?'), 0, 0).toUtf8()), page.url);
            }
        }
        auto it = email.globalMatch(page.text);
        while (it.hasNext()) {
            addEmail(it.next().captured(0), page.url);
        }
    }
    if (const QString e = text(org.value(QStringLiteral("email"))); !e.isEmpty()) {
        addEmail(e.startsWith(QLatin1String("mailto:")) ? e.mid(7) : e, orgUrl);
    }
    f.emails.sort();

    // Social profiles.
    for (const HtmlPage& page : pages) {
        for (const HtmlPage::Link& link : page.links) {
            if (f.social.isEmpty()) {
                f.sourceOf.insert(QStringLiteral("social"), page.url);
            }
            addSocial(link.url, &f.social);
        }
    }
    if (f.social.isEmpty()) {
        f.sourceOf.insert(QStringLiteral("social"), orgUrl);
    }
    for (const QString& s : std::as_const(sameAs)) {
        addSocial(s, &f.social);
    }

    // Technologies, from their signatures in scripts, links, meta generator and attributes.
    struct Signature
    {
        const char* name;
        QStringList needles; // in script sources and code, link hrefs
        const char* generator; // in <meta name=generator>
        const char* htmlAttribute;
    };
    static const QList<Signature> signatures {
        {"WordPress", {QStringLiteral("/wp-content/")}, "wordpress", nullptr},
        {"Shopify", {QStringLiteral("cdn.shopify.com")}, nullptr, nullptr},
        {"Wix", {}, "wix.com", nullptr},
        {"Webflow", {}, "webflow", "data-wf-site"},
        {"Drupal", {}, "drupal", nullptr},
        {"HubSpot", {QStringLiteral("js.hs-scripts.com"), QStringLiteral("js.hsforms.net")}, nullptr, nullptr},
        {"Salesforce Pardot", {QStringLiteral("pi.pardot.com"), QStringLiteral("piAId")}, nullptr, nullptr},
        {"Marketo", {QStringLiteral("munchkin.marketo.net")}, nullptr, nullptr},
        {"Google Analytics",
         {QStringLiteral("google-analytics.com/analytics.js"), QStringLiteral("gtag/js?id=G-"),
          QStringLiteral("gtag/js?id=UA-")},
         nullptr,
         nullptr},
        {"Google Tag Manager", {QStringLiteral("googletagmanager.com/gtm.js")}, nullptr, nullptr},
        {"Matomo", {QStringLiteral("matomo.js"), QStringLiteral("piwik.js")}, nullptr, nullptr},
        {"Segment", {QStringLiteral("cdn.segment.com")}, nullptr, nullptr},
        {"Hotjar", {QStringLiteral("static.hotjar.com")}, nullptr, nullptr},
        {"Intercom", {QStringLiteral("widget.intercom.io"), QStringLiteral("intercomSettings")}, nullptr, nullptr},
        {"Drift", {QStringLiteral("js.driftt.com")}, nullptr, nullptr},
        {"Crisp", {QStringLiteral("client.crisp.chat")}, nullptr, nullptr},
        {"Zendesk", {QStringLiteral("static.zdassets.com")}, nullptr, nullptr},
    };
    for (const HtmlPage& page : pages) {
        const QString generator = page.meta.value(QStringLiteral("generator")).toLower();
        for (const Signature& sig : signatures) {
            const QString name = QLatin1String(sig.name);
            if (f.technologies.contains(name)) {
                continue;
            }
            bool seen = sig.generator != nullptr && generator.contains(QLatin1String(sig.generator));
            seen = seen
                || (sig.htmlAttribute != nullptr && page.htmlAttributes.contains(QLatin1String(sig.htmlAttribute)));
            for (const QString& needle : sig.needles) {
                for (const QStringList* list : {&page.scriptSources, &page.scriptTexts, &page.linkHrefs}) {
                    for (const QString& s : *list) {
                        seen = seen || s.contains(needle);
                    }
                }
            }
            if (seen) {
                if (f.technologies.isEmpty()) {
                    f.sourceOf.insert(QStringLiteral("technologies"), page.url);
                }
                f.technologies.append(name);
            }
        }
    }
    f.technologies.sort();

    // Company size: the headcount the site states (JSON-LD, microdata, then the words of the about
    // page, the homepage, the rest), bucketed; the number itself beside the bucket, unless the site
    // only gave a range.
    f.employees = Headcount::best(pages, employeesLd, employeesLdUrl);
    if (f.employees.stated()) {
        f.sizeHint = sizeBucket(f.employees.bucketCount());
        if (f.employees.kind != StatedHeadcount::Kind::RangeMidpoint) {
            f.sizeHint += QStringLiteral(" (%1)").arg(f.employees.asStated());
        }
        f.sourceOf.insert(QStringLiteral("size_hint"), f.employees.sourceUrl);
        f.sourceOf.insert(QStringLiteral("employees"), f.employees.sourceUrl);
    }
    return f;
}

} // namespace sc::agents::research
