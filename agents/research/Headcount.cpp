#include "Headcount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sc::agents::research {

namespace {

using Kind = StatedHeadcount::Kind;

constexpr int MaxHeadcount = 5'000'000; // above the largest employer on Earth: not a headcount

QRegularExpression rx(const QString& pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// The pieces the phrases are written with. \h is horizontal space (NBSP and thin spaces too), so no
// phrase runs over a line break: each block of the page is its own line.
QString expand(QString pattern)
{
    // A number: 62, 2,000, 2 000, 2.000 - never the tail of a longer number, a phone number, a price.
    static const QString number = QStringLiteral(R"(\d{1,3}(?:[,.\h]\d{3})+|\d+)");
    static const QList<QPair<QString, QString>> pieces {
        {QStringLiteral("{N}"), QStringLiteral(R"((?<![\d.,/+\-€$£#°])(?<!\d\h)(?<n>%1)(?![\d%]))").arg(number)},
        {QStringLiteral("{M}"), QStringLiteral(R"((?<m>%1)(?![\d%]))").arg(number)},
        // "une quarantaine de", "une centaine d'": a French round number, an approximation
        {QStringLiteral("{AINE}"),
         QStringLiteral(R"((?:une|a)\h+(?:bonne\h+|petite\h+)?(?<aine>dizaine|douzaine|quinzaine|vingtaine|trentaine|)"
                        R"(quarantaine|cinquantaine|soixantaine|centaine)(?:\h+d(?:e\h+|'\h*))?)")},
        {QStringLiteral("{Q}"),
         QStringLiteral(R"((?:(?<![\p{L}\d])(?<q>well\h+over|over|more\h+than|upwards\h+of|in\h+excess\h+of|)"
                        R"(at\h+least|plus\h+de|plus\h+d'|au\h+moins|pr[èe]s\h+de|about|around|approximately|)"
                        R"(roughly|nearly|almost|close\h+to|some|circa|environ|presque|quelque|autour\h+de|~)\h*)?)")},
        {QStringLiteral("{PLUS}"), QStringLiteral(R"((?<plus>\h*\+)?)")},
        {QStringLiteral("{ADV}"),
         QStringLiteral(
             R"((?:(?:aujourd'hui|d[ée]sormais|maintenant|d[ée]j[àa]|actuellement|now|today|currently)\h+)?)")},
        {QStringLiteral("{AFTER}"), QStringLiteral(R"((?:\h+(?<after>[\p{L}'%€$£]+))?)")},
        {QStringLiteral("{LABEL}"),
         QStringLiteral(R"((?:number\h+of\h+employees|no\.\h+of\h+employees|employees|headcount|staff|team\h+size|)"
                        R"(company\h+size|effectifs?|nombre\h+de\h+salari[ée]s|nombre\h+d'employ[ée]s|)"
                        R"(nombre\h+de\h+collaborateurs|taille\h+de\h+l'entreprise|taille\h+de\h+l'[ée]quipe))")},
        // The words for the company's own staff, enough alone after a number ("62 salariés").
        {QStringLiteral("{EMP}"),
         QStringLiteral(R"((?:(?:full[-\h]time|permanent|salaried)\h+)?{EMPWORDS}(?![\p{L}]))")},
        // Any people, enough after "team of", "nous sommes", "employs"... ("a team of 12 engineers").
        {QStringLiteral("{PEOPLE}"),
         QStringLiteral(R"((?:{EMPWORDS}|people|persons|personnes|members|membres|talents|experts|engineers|)"
                        R"(ing[ée]nieur(?:e?s|·e·s)|developers|d[ée]veloppeu(?:rs|ses)|consultante?s|specialists|)"
                        R"(sp[ée]cialistes|professionals|professionnel(?:le)?s|passionn[ée]e?s|artisans|makers|)"
                        R"(designers|associates|associ[ée]e?s|colleagues|coll[èe]gues|workers)(?![\p{L}]))")},
        {QStringLiteral("{EMPWORDS}"),
         QStringLiteral(R"((?:employ[ée]{1,2}s|employ[ée]\(e\)s|salariée?s|salarié\(e\)s|salarié·e·s|)"
                        R"(collaborat(?:eurs\h+et\h+collaboratrices|eurs|rices|eur\(trice\)s|eur·rice·s)|)"
                        R"(staff(?:\h+members)?|members\h+of\h+staff|team\h+members|FTEs?|ETP|)"
                        R"([ée]quivalents\h+temps\h+plein))")},
    };
    for (const auto& [key, value] : pieces) {
        pattern.replace(key, value);
    }
    return pattern;
}

struct Rule
{
    QRegularExpression pattern;
    bool checkAfter; // the word after the number must not be a unit (years, countries, %...)
};

// The phrasings of a headcount, each a sentence shape; the earliest statement in the text wins.
const QList<Rule>& rules()
{
    static const QList<Rule> list = [] {
        const QList<QPair<const char*, bool>> shapes {
            // "between 50 and 100 employees", "entre 50 et 100 salariés"
            {R"((?<![\p{L}])(?:between|entre)\h+{N}\h+(?:and|et)\h+{M}\h+{EMP})", false},
            // "200-500 employees", "20 à 49 salariés"
            {R"({Q}{N}\h*(?:-|–|to|à)\h*{M}\h+{EMP})", false},
            // "62 salariés", "over 2,000 employees", "2,000+ employees", "une centaine de collaborateurs"
            {R"({Q}(?:{N}|{AINE}){PLUS}\h*{EMP})", false},
            // "team of 75", "une équipe de 40 personnes", "a team of 12 engineers", "workforce of 300"
            {R"((?<![\p{L}])(?:team|[ée]quipe|workforce|effectif|staff)\h+(?:(?:compos[ée]e|constitu[ée]e|forte|)"
             R"(riche)\h+)?(?:of|de|d')\h*{Q}(?:{N}|{AINE}){PLUS}{AFTER})",
             true},
            // "a company of 62 people", "une agence de 20 personnes"
            {R"((?<![\p{L}])(?:company|firm|agency|business|studio|group|entreprise|soci[ée]t[ée]|agence|)"
             R"(structure|cabinet|pme|start-?up|scale-?up|atelier|maison|groupe)\h+(?:(?:compos[ée]e|)"
             R"(constitu[ée]e|forte|riche)\h+)?(?:of|de|d')\h*{Q}(?:{N}|{AINE})\h*{PEOPLE})",
             false},
            // "forte de 40 personnes"
            {R"((?<![\p{L}])forte?\h+de\h+{Q}(?:{N}|{AINE})\h*{PEOPLE})", false},
            // "a 75-strong team", "we are 75 strong"
            {R"({Q}{N}(?:-|\h)strong(?![\p{L}]))", false},
            // "nous sommes 35", "nous sommes aujourd'hui plus de 200 passionnés"
            {R"((?<![\p{L}])nous\h+sommes\h+{ADV}{Q}(?:{N}|{AINE}){PLUS}{AFTER})", true},
            // "we are 35 people", "we're 35 strong"
            {R"((?<![\p{L}])(?:we\h+are|we're)\h+{ADV}{Q}{N}{PLUS}\h*(?:strong(?![\p{L}])|{PEOPLE}))", false},
            // "employs 62 people", "emploie 62 personnes", "we employ over 2,000."
            {R"((?<![\p{L}])(?:employ|employs|employing|emploie|emploient|employons)\h+{ADV}{Q}(?:{N}|{AINE}))"
             R"({PLUS}(?:\h*{PEOPLE}|(?=\h*(?:[.,;!?)]|$))))",
             false},
            // "compte 62 collaborateurs", "réunit 28 personnes"
            {R"((?<![\p{L}])(?:compte|comptons|comptent|rassemble|rassemblons|r[ée]unit|r[ée]unissons|regroupe|)"
             R"(regroupons)\h+{ADV}{Q}(?:{N}|{AINE}){PLUS}\h*{PEOPLE})",
             false},
            // "62 people work here", "40 personnes travaillent chez Grebe"
            {R"({Q}(?:{N}|{AINE}){PLUS}\h*(?:people|persons|personnes|talents)\h+(?:work|works|are\h+working|)"
             R"(travaillent|[œo]e?uvrent)\h+(?:at|for|here|with\h+us|chez|ici|au\h+sein|pour\h+nous))",
             false},
            // "Employees: 62", "Effectif : 20 à 49 salariés", "Headcount: 2,000+"
            {R"((?<![\p{L}]){LABEL}\h*[:：]\h*{Q}{N}{PLUS}(?:\h*(?:-|–|to|à)\h*{M})?(?:\h*{PEOPLE})?)", false},
            // A table row: "Effectif" on one line, "62" alone on the next.
            {R"((?:^|(?<=\n))\h*{LABEL}\h*:?\h*\n\h*{Q}{N}{PLUS}(?:\h*(?:-|–|to|à)\h*{M})?(?:\h*{PEOPLE})?\h*)"
             R"((?=\n|$))",
             false},
        };
        QList<Rule> out;
        for (const auto& [shape, checkAfter] : shapes) {
            out.append({rx(expand(QString::fromUtf8(shape))), checkAfter});
        }
        return out;
    }();
    return list;
}

int aineValue(const QString& word)
{
    static const QHash<QString, int> values {
        {QStringLiteral("dizaine"), 10},      {QStringLiteral("douzaine"), 12},    {QStringLiteral("quinzaine"), 15},
        {QStringLiteral("vingtaine"), 20},    {QStringLiteral("trentaine"), 30},   {QStringLiteral("quarantaine"), 40},
        {QStringLiteral("cinquantaine"), 50}, {QStringLiteral("soixantaine"), 60}, {QStringLiteral("centaine"), 100}};
    return values.value(word.toLower());
}

StatedHeadcount make(int n, int m, bool atLeast, bool approximate)
{
    StatedHeadcount h;
    if (n <= 0 || n > MaxHeadcount || m < 0 || m > MaxHeadcount) {
        return h;
    }
    if (m > 0 && m != n) {
        h.rangeMin = std::min(n, m);
        h.rangeMax = std::max(n, m);
        h.employees = (h.rangeMin + h.rangeMax + 1) / 2; // the midpoint, halves rounded up
        h.kind = Kind::RangeMidpoint;
        return h;
    }
    h.employees = n;
    h.kind = atLeast ? Kind::AtLeast : approximate ? Kind::Approximate : Kind::Exact;
    return h;
}

bool isAtLeast(const QString& qualifier)
{
    static const QRegularExpression atLeast = rx(QStringLiteral(
        R"(^(?:well\h+over|over|more\h+than|upwards\h+of|in\h+excess\h+of|at\h+least|plus\h+de|plus\h+d'|au\h+moins)$)"));
    return atLeast.match(qualifier.simplified()).hasMatch();
}

// Why a match is not the company's own headcount, if it is not.
bool rejected(const QString& text, const QRegularExpressionMatch& m, bool checkAfter, int value)
{
    // What comes just before (the few words the checks below look at, never a copy of a long page).
    auto textBefore = [&text](qsizetype end) {
        const qsizetype from = std::max<qsizetype>(0, end - 160);
        return text.mid(from, end - from);
    };
    const QString before = textBefore(m.capturedStart(0));
    // Other companies' people: their noun just before, maybe with a few linking words ("for companies with
    // 50 to 500 employees", "des PME de 20 salariés", "companies of all sizes with").
    static const QRegularExpression others = rx(QStringLiteral(
        R"((?<![\p{L}])(?:companies|businesses|firms|organi[sz]ations|clients|customers|entreprises|soci[ée]t[ée]s|)"
        R"((?:les|des|aux|the|for)\h+(?:pme|tpe|eti)|smes|startups|start-ups|structures|teams|[ée]quipes|employers|)"
        R"(employeurs|brands|marques|retailers|partners|partenaires|users|utilisateurs|agencies|agences|schools|)"
        R"([ée]coles|hospitals|h[ôo]pitaux|collectivit[ée]s|administrations)(?:\h+(?:with|of|de|d'|having|avec|)"
        R"(employing|comptant|qui|that|have|ont|comptent|count|du|des|la|le|les|the|a|an|un|une|all|toutes|tous|)"
        R"(sizes|tailles|small|large|petites|grandes|moyennes|mid-sized|between|entre|ranging|allant|size|taille)){0,4})"
        R"(\h*\(?\h*$)"));
    if (others.match(before.right(120)).hasMatch()) {
        return true;
    }
    // Bounds, prices and other people's staff just before: "up to 50", "pour 50 salariés", "€ 1 200",
    // "your 20 employees", the upper end of a range ("from 5 to 62 employees").
    static const QRegularExpression bound = rx(QStringLiteral(
        R"((?:(?:^|[^\p{L}])(?:up\h+to|less\h+than|fewer\h+than|under|below|jusqu'[àa]|moins\h+de|moins\h+d'|from|)"
        R"([àa]\h+partir\h+de|d[èe]s|starting\h+(?:at|from)|per|par|pour|for|each|every|chaque|your|their|vos|)"
        R"(votre|leurs?|max(?:imum)?|min(?:imum)?)|\d\h*(?:-|–|to|à|and|et)|[€$£¥#])\h*$)"));
    if (bound.match(before).hasMatch()) {
        return true;
    }
    // A year: "in 2023 employees planted trees".
    static const QRegularExpression yearBefore
        = rx(QStringLiteral(R"((?<![\p{L}])(?:in|en|since|depuis|by|until|of|year|ann[ée]e|au|jusqu'en|d'ici)\h*$)"));
    const QString written = m.captured(QStringLiteral("n"));
    if (value >= 1900 && value <= 2099 && written.size() == 4
        && yearBefore.match(textBefore(m.capturedStart(QStringLiteral("n")))).hasMatch()) {
        return true;
    }
    // A percentage or an amount: "nous sommes 100 % engagés", "team of 5 k€".
    static const QRegularExpression unitAfter = rx(QStringLiteral(
        R"(^\h*(?:%|percent|pour\h*cents?|€|\$|£|euros?(?![\p{L}])|dollars?|eur(?![\p{L}])|usd(?![\p{L}])|)"
        R"(gbp(?![\p{L}])|k€|k(?![\p{L}])|m(?![\p{L}])))"));
    const qsizetype numberEnd = std::max(m.capturedEnd(QStringLiteral("n")), m.capturedEnd(QStringLiteral("m")));
    if (numberEnd > 0 && unitAfter.match(text.mid(numberEnd, 24)).hasMatch()) {
        return true;
    }
    if (checkAfter) {
        static const QRegularExpression unit = rx(QStringLiteral(
            R"(^(?:years?|ans?|ann[ée]es?|months?|mois|weeks?|semaines?|days?|jours?|hours?|heures?|minutes?|km|)"
            R"(miles?|countries|pays|nationalit(?:ies|[ée]s)|languages|langues|offices|bureaux|sites|cities|villes|)"
            R"(locations|agences|stores|magasins|boutiques|customers|clients|partners|partenaires|products|)"
            R"(produits|projects|projets|missions|awards|prix|brands|marques|millions?|milliards?|billions?|)"
            R"(thousand|mille|fois|times|percent|pourcent|%|€|\$|£)$)"));
        QString after = m.captured(QStringLiteral("after"));
        while (after.endsWith(QLatin1Char('\''))) {
            after.chop(1); // "20 years' experience"
        }
        if (unit.match(after).hasMatch()) {
            return true;
        }
    }
    // Somebody else's staff just after: "2,000 employees use Dunlin", "... de nos clients".
    static const QRegularExpression othersAfter
        = rx(QStringLiteral(R"(^\h*(?:use|uses|using|rely|trust|love|utilisent|font\h+confiance|nous\h+font|)"
                            R"((?:of|at)\h+(?:our|your|their)\h+(?:customers|clients)|(?:de|chez)\h+nos\h+clients))"));
    return othersAfter.match(text.mid(m.capturedEnd(0), 48)).hasMatch();
}

StatedHeadcount fromSchemaText(const QString& raw)
{
    static const QRegularExpression statement = rx(expand(QStringLiteral(
        R"(^\h*(?:(?<q>over|more\h+than|at\h+least|plus\h+de|au\h+moins|about|around|approximately|environ|~)\h*)?)"
        R"((?<n>\d{1,3}(?:[,.\h]\d{3})+|\d+)\h*(?<plus>\+)?(?:\h*(?:-|–|to|à)\h*)"
        R"((?<m>\d{1,3}(?:[,.\h]\d{3})+|\d+))?\h*(?:{PEOPLE})?\h*$)")));
    const QRegularExpressionMatch m = statement.match(raw.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    const QString q = m.captured(QStringLiteral("q"));
    return make(Headcount::parseNumber(m.captured(QStringLiteral("n"))),
                Headcount::parseNumber(m.captured(QStringLiteral("m"))),
                isAtLeast(q) || m.capturedLength(QStringLiteral("plus")) > 0, !q.isEmpty() && !isAtLeast(q));
}

int schemaNumber(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d >= 1 && d <= MaxHeadcount ? int(std::lround(d)) : 0;
    }
    return v.isString() ? Headcount::parseNumber(v.toString().trimmed()) : 0;
}

} // namespace

QString StatedHeadcount::kindName() const
{
    switch (kind) {
    case Kind::Exact:
        return QStringLiteral("exact");
    case Kind::Approximate:
        return QStringLiteral("approximate");
    case Kind::AtLeast:
        return QStringLiteral("at_least");
    case Kind::RangeMidpoint:
        return QStringLiteral("range_midpoint");
    case Kind::None:
        break;
    }
    return {};
}

int StatedHeadcount::bucketCount() const
{
    return kind == Kind::AtLeast ? employees + 1 : employees;
}

QString StatedHeadcount::asStated() const
{
    switch (kind) {
    case Kind::Exact:
        return QString::number(employees);
    case Kind::Approximate:
        return QLatin1Char('~') + QString::number(employees);
    case Kind::AtLeast:
        return QString::number(employees) + QLatin1Char('+');
    case Kind::RangeMidpoint:
        return QStringLiteral("%1-%2").arg(rangeMin).arg(rangeMax);
    case Kind::None:
        break;
    }
    return {};
}

int Headcount::parseNumber(const QString& digits)
{
    QString s;
    for (const QChar c : digits) {
        if (c.isDigit()) {
            s.append(c);
        } else if (c != QLatin1Char(',') && c != QLatin1Char('.') && !c.isSpace()) {
            return 0;
        }
    }
    bool ok = false;
    const qlonglong n = s.size() <= 10 ? s.toLongLong(&ok) : 0;
    return ok && n > 0 && n <= MaxHeadcount ? int(n) : 0;
}

bool Headcount::isAboutPage(const QString& url)
{
    static const QRegularExpression about = rx(QStringLiteral(
        R"((^|[/_.\-])(about|about-us|company|who-we-are|our-story|a-propos|apropos|qui-sommes-nous|entreprise|)"
        R"(l-entreprise|societe|la-societe|notre-histoire|notre-societe)([/_.\-]|$))"));
    return about.match(QUrl(url).path()).hasMatch();
}

StatedHeadcount Headcount::fromText(const QString& raw)
{
    QString text = raw;
    text.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x02BC), QLatin1Char('\''));
    StatedHeadcount best;
    qsizetype bestStart = std::numeric_limits<qsizetype>::max();
    for (const Rule& rule : rules()) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart(0) >= bestStart) {
                break; // an earlier statement was found already
            }
            const QString aine = m.captured(QStringLiteral("aine"));
            const int n = aine.isEmpty() ? parseNumber(m.captured(QStringLiteral("n"))) : aineValue(aine);
            if (n <= 0 || rejected(text, m, rule.checkAfter, n)) {
                continue;
            }
            const QString q = m.captured(QStringLiteral("q"));
            const StatedHeadcount h
                = make(n, parseNumber(m.captured(QStringLiteral("m"))),
                       isAtLeast(q) || m.capturedLength(QStringLiteral("plus")) > 0, !aine.isEmpty() || !q.isEmpty());
            if (h.stated()) {
                best = h;
                bestStart = m.capturedStart(0);
                break;
            }
        }
    }
    return best;
}

StatedHeadcount Headcount::fromSchema(const QJsonValue& value)
{
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            if (const StatedHeadcount h = fromSchema(v); h.stated()) {
                return h;
            }
        }
        return {};
    }
    if (value.isDouble()) {
        return make(schemaNumber(value), 0, false, false);
    }
    if (value.isString()) {
        return fromSchemaText(value.toString());
    }
    if (!value.isObject()) {
        return {};
    }
    const QJsonObject q = value.toObject();
    if (const QJsonValue v = q.value(QStringLiteral("value")); v.isDouble() || v.isString()) {
        if (const StatedHeadcount h = fromSchema(v); h.stated()) {
            return h;
        }
    }
    const int lo = schemaNumber(q.value(QStringLiteral("minValue")));
    const int hi = schemaNumber(q.value(QStringLiteral("maxValue")));
    if (lo > 0 && hi > 0) {
        return make(lo, hi, false, false);
    }
    return lo > 0 ? make(lo, 0, true, false) : StatedHeadcount {}; // "up to" alone says too little
}

StatedHeadcount Headcount::fromMicrodata(const QList<QPair<QString, QString>>& itemProps)
{
    QString whole;
    QJsonObject quantity;
    for (const auto& [name, value] : itemProps) {
        if (value.isEmpty()) {
            continue;
        }
        if (name.compare(QLatin1String("numberOfEmployees"), Qt::CaseInsensitive) == 0) {
            whole = whole.isEmpty() ? value : whole;
        } else if (name.startsWith(QLatin1String("numberOfEmployees."), Qt::CaseInsensitive)) {
            const QString key = name.section(QLatin1Char('.'), 1);
            if (!quantity.contains(key)) {
                quantity.insert(key, value);
            }
        }
    }
    if (const StatedHeadcount h = fromSchemaText(whole); h.stated()) {
        return h;
    }
    return fromSchema(quantity);
}

StatedHeadcount Headcount::best(const QList<HtmlPage>& pages, const QJsonValue& jsonLd, const QString& jsonLdUrl)
{
    StatedHeadcount h = fromSchema(jsonLd);
    if (h.stated()) {
        h.sourceUrl = jsonLdUrl;
        return h;
    }
    for (const HtmlPage& page : pages) {
        if (h = fromMicrodata(page.itemProps); h.stated()) {
            h.sourceUrl = page.url;
            return h;
        }
    }
    // The about / company pages, the homepage, then the rest, each in the order read.
    QList<const HtmlPage*> order;
    for (const HtmlPage& page : pages) {
        if (isAboutPage(page.url)) {
            order.append(&page);
        }
    }
    for (const HtmlPage& page : pages) {
        if (!order.contains(&page)) {
            order.append(&page);
        }
    }
    for (const HtmlPage* page : std::as_const(order)) {
        if (h = fromText(page->text); h.stated()) {
            h.sourceUrl = page->url;
            return h;
        }
    }
    return {};
}

} // namespace sc::agents::research
