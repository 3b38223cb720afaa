#include "FollowUpDate.h"

#include "DateMentions.h"
#include "ReturnDate.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace sc::agents::inbox {

using RX = QRegularExpression;

namespace {

RX pattern(const QString& text)
{
    return RX(text, RX::CaseInsensitiveOption | RX::UseUnicodePropertiesOption);
}

// A time the words name: where it stands, and the first day of it.
struct Period
{
    qsizetype start = 0;
    qsizetype end = 0;
    QDate date;
    bool exact = false; // a day ("15 April"), not a period
    bool ours = true; // read here, not by DateMentions: wins where both read the same words
    QString lead; // the words of its clause before it, its own prefix included ("pas avant ")
};

const QString& monthNames()
{
    static const QString names = QStringLiteral(
        "january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|"
        "mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre");
    return names;
}

// "two", "deux", "a couple of", "quelques", "15".
int amountOf(QString word)
{
    static const QHash<QString, int> words {
        {QStringLiteral("a"), 1},        {QStringLiteral("an"), 1},      {QStringLiteral("one"), 1},
        {QStringLiteral("un"), 1},       {QStringLiteral("une"), 1},     {QStringLiteral("two"), 2},
        {QStringLiteral("deux"), 2},     {QStringLiteral("couple"), 2},  {QStringLiteral("three"), 3},
        {QStringLiteral("trois"), 3},    {QStringLiteral("few"), 3},     {QStringLiteral("quelques"), 3},
        {QStringLiteral("four"), 4},     {QStringLiteral("quatre"), 4},  {QStringLiteral("five"), 5},
        {QStringLiteral("cinq"), 5},     {QStringLiteral("six"), 6},     {QStringLiteral("seven"), 7},
        {QStringLiteral("sept"), 7},     {QStringLiteral("eight"), 8},   {QStringLiteral("huit"), 8},
        {QStringLiteral("nine"), 9},     {QStringLiteral("neuf"), 9},    {QStringLiteral("ten"), 10},
        {QStringLiteral("dix"), 10},     {QStringLiteral("twelve"), 12}, {QStringLiteral("douze"), 12},
        {QStringLiteral("fifteen"), 15}, {QStringLiteral("quinze"), 15}, {QStringLiteral("eighteen"), 18}};
    static const RX article(QStringLiteral(R"(^an?\s+|\s+of$)"));
    word = word.simplified().remove(article);
    bool isNumber = false;
    const int n = word.toInt(&isNumber);
    return isNumber ? n : words.value(word, 0);
}

// The first `day` of `month` from `sent` on: this year's while that period (`months` long) is not
// over, else next year's; within the period, the day it was sent.
QDate upcoming(int month, int day, int months, const QDate& sent)
{
    QDate d(sent.year(), month, 1);
    if (d.addMonths(months) <= sent) {
        d = d.addYears(1);
    }
    return std::max(QDate(d.year(), month, day), sent);
}

// The same in a year the words name (0: none), invalid when that period is over.
QDate inYear(int year, int month, int day, int months, const QDate& sent)
{
    if (year == 0) {
        return upcoming(month, day, months, sent);
    }
    const QDate d(year, month, day);
    return QDate(year, month, 1).addMonths(months) <= sent ? QDate() : std::max(d, sent);
}

// "2027", "'27", "next year", "de l'année prochaine", "prochain": the year meant (0 when none).
int yearIn(const QString& words, const QDate& sent)
{
    static const RX digits(QStringLiteral(R"((20\d\d)|'(\d\d))"));
    const QRegularExpressionMatch m = digits.match(words);
    if (m.hasMatch()) {
        return m.hasCaptured(1) ? m.captured(1).toInt() : 2000 + m.captured(2).toInt();
    }
    return words.contains(QLatin1String("next")) || words.contains(QLatin1String("prochain"))
            || words.contains(QLatin1String("suivant"))
        ? sent.year() + 1
        : 0;
}

QDate nextQuarter(const QDate& sent)
{
    return QDate(sent.year(), (sent.month() - 1) / 3 * 3 + 1, 1).addMonths(3);
}

QDate nextHalf(const QDate& sent)
{
    return QDate(sent.year(), sent.month() <= 6 ? 7 : 1, 1).addYears(sent.month() <= 6 ? 0 : 1);
}

QDate easterMonday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day).addDays(1);
}

// Which part of a period its prefix names: 0 the start, 1 the middle, 2 the end, 3 after it.
int partOf(const QString& prefix)
{
    static const RX after = pattern(QStringLiteral(R"(\b(after|apr[èe]s|post|past|once)\b)"));
    static const RX end = pattern(QStringLiteral(R"(\b(late|end|fin)\b)"));
    static const RX mid = pattern(QStringLiteral(R"(\b(mid|middle|milieu|mi)\b)"));
    return after.match(prefix).hasMatch() ? 3 : end.match(prefix).hasMatch() ? 2 : mid.match(prefix).hasMatch() ? 1 : 0;
}

bool endsWith(const QString& text, const RX& rx)
{
    return rx.match(text).hasMatch();
}

const RX& untilBefore()
{
    static const RX rx = pattern(QStringLiteral(R"(\b(until|till|til|jusqu.(?:à|a|au|en)?)\s*(?:the\s+|la\s+|l.)?$)"));
    return rx;
}

// Every time the lower-cased words name that a follow-up could be set on, ours and DateMentions'.
QList<Period> periodsIn(const QString& t, const QDate& sent, bool dayFirst)
{
    QList<Period> found;
    auto each = [&](const RX& rx, const auto& resolve) {
        for (auto it = rx.globalMatch(t); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString before
                = t.mid(std::max<qsizetype>(0, m.capturedStart() - 12), std::min<qsizetype>(12, m.capturedStart()));
            // A wish is not a time to come back: "enjoy the summer", "bonne fin d'année".
            static const RX wish = pattern(QStringLiteral(
                R"(\b(?:bon|bonne|bonnes|bel|belle|belles|joyeux|joyeuses|happy|merry|enjoy|have a (?:great|good|nice|lovely))\s+(?:the\s+|your\s+)?$)"));
            const QDate d = wish.match(before).hasMatch() ? QDate() : resolve(m, before);
            if (d.isValid() && d >= sent) {
                const bool at = m.hasCaptured(QStringLiteral("at"));
                found.append({at ? m.capturedStart(QStringLiteral("at")) : m.capturedStart(), m.capturedEnd(), d, false,
                              true, m.captured(QStringLiteral("pre")) + m.captured(QStringLiteral("pre2"))});
            }
        }
    };
    const QString number = QStringLiteral(
        R"((\d{1,2}|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|quelques|an?|one|une?|two|deux|three|trois|four|quatre|five|cinq|six|seven|sept|eight|huit|nine|neuf|ten|dix|twelve|douze|fifteen|quinze|eighteen))");
    const QString unit = QStringLiteral(R"((days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|ann[ée]es?))");

    // "next quarter", "le trimestre prochain", "after quarter-end": the next calendar quarter.
    static const RX quarterNext = pattern(QStringLiteral(
        R"(\b(?:(?:the\s+)?(?:early|beginning of|start of|sometime|some time|in|during)\s+)?(?:the\s+)?(?:next|following|coming)\s+(?:fiscal\s+|financial\s+|calendar\s+)?quarter\b|\b(?:(?:au|le|du|d[ée]but du|courant du|dans le|lors du)\s+)?(?:prochain\s+trimestre|trimestre\s+(?:prochain|suivant))\b|\b(?:after|once|past)\s+(?:the\s+|this\s+|our\s+)?(?:current\s+)?quarter(?:[\s-]?end|\s+(?:is over|closes|ends))?\b|\b(?:the\s+)?end of (?:the|this) quarter\b|\b(?:la\s+)?(?:fin|cl[ôo]ture) (?:du|de|de ce) trimestre\b)"));
    each(quarterNext, [&](const QRegularExpressionMatch&, const QString&) { return nextQuarter(sent); });
    // "Q3", "Q2 next year", "au T3", "the third quarter", "au troisième trimestre 2027".
    static const RX quarterNamed = pattern(QStringLiteral(
        R"(\b(?:the\s+)?q([1-4])((?:\s*(?:of\s+)?20\d\d|\s*'\d\d|\s+next year|\s+de l.ann[ée]e prochaine)?)\b|\b(?:(?:au|en|le|du|d[ée]but|fin|pour le|courant|d[ée]but du|dès le)\s+t([1-4])|t([1-4])(?=\s+20\d\d))((?:\s+20\d\d)?)\b|\b(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter((?:\s+of\s+(?:20\d\d|next year|the year|this year))?)\b|\b(?:(?:au|le|du|d[ée]but du|courant du|dès le|à partir du|dans le)\s+)?(premier|1er|deuxi[èe]me|2e|2[èe]me|second|troisi[èe]me|3e|3[èe]me|quatri[èe]me|4e|4[èe]me|dernier)\s+trimestre((?:\s+20\d\d|\s+(?:de\s+)?l.ann[ée]e prochaine|\s+de l.an prochain|\s+prochain)?)\b)"));
    each(quarterNamed, [&](const QRegularExpressionMatch& m, const QString& before) {
        static const QStringList ordinals {QStringLiteral("first 1st premier 1er"),
                                           QStringLiteral("second 2nd deuxième deuxieme 2e 2ème 2eme"),
                                           QStringLiteral("third 3rd troisième troisieme 3e 3ème 3eme"),
                                           QStringLiteral("fourth 4th final quatrième quatrieme 4e 4ème 4eme dernier")};
        int q = 0;
        for (int g : {1, 3, 4}) {
            q = q == 0 && m.hasCaptured(g) ? m.captured(g).toInt() : q;
        }
        for (int i = 0; i < 4 && q == 0; ++i) {
            const QString word = m.hasCaptured(6) ? m.captured(6) : m.captured(8);
            q = ordinals.at(i).split(QLatin1Char(' ')).contains(word) ? i + 1 : 0;
        }
        const QString year = m.captured(2) + m.captured(5) + m.captured(7) + m.captured(9);
        // "mid-Q3": its middle month's 15th; "the end of Q1", "after Q2": the next quarter.
        const int part = partOf(before);
        const QDate d = q == 0 ? QDate() : inYear(yearIn(year, sent), 3 * q - 2, part == 1 ? 15 : 1, 3, sent);
        return part == 0 || !d.isValid() ? d : part == 1 ? d.addMonths(1) : QDate(d.year(), d.month(), 1).addMonths(3);
    });
    // "the second half of the year", "H2", "au second semestre", "le semestre prochain".
    static const RX half = pattern(QStringLiteral(
        R"(\b(?:the\s+)?(first|second|latter|1st|2nd)\s+half((?:\s+of)?(?:\s+(?:the|this)\s+year|\s+20\d\d|\s+next year)?)\b|\b(?:h|(?<=au |en |le |du )s)([12])((?:\s+20\d\d)?)\b|\b(?:(?:au|le|du|d[ée]but du|dès le|à partir du|dans le)\s+)?(premier|1er|second|deuxi[èe]me|2e|2nd|2[èe]me)\s+semestre((?:\s+20\d\d|\s+(?:de\s+)?l.ann[ée]e prochaine|\s+prochain)?)\b)"));
    each(half, [&](const QRegularExpressionMatch& m, const QString&) {
        const QString which = m.captured(1) + m.captured(3) + m.captured(5);
        const bool first = which == QLatin1String("first") || which == QLatin1String("1st")
            || which == QLatin1String("1") || which == QLatin1String("premier") || which == QLatin1String("1er");
        return inYear(yearIn(m.captured(2) + m.captured(4) + m.captured(6), sent), first ? 1 : 7, 1, 6, sent);
    });
    static const RX halfNext = pattern(QStringLiteral(
        R"(\b(?:(?:au|le|du)\s+)?(?:semestre\s+prochain|prochain\s+semestre)\b|\b(?:the\s+)?next\s+half\b)"));
    each(halfNext, [&](const QRegularExpressionMatch&, const QString&) { return nextHalf(sent); });

    // "this time next year": a year on; "next year", "early next year", "l'an prochain": January.
    static const RX yearOn = pattern(QStringLiteral(
        R"(\b(?:this|the same|same) time next year\b|\b(?:à la\s+)?m[êe]me (?:p[ée]riode|[ée]poque) l.(?:ann[ée]e prochaine|an prochain)\b|\bl.(?:ann[ée]e prochaine|an prochain)\s+(?:à la\s+|a la\s+)?m[êe]me (?:p[ée]riode|[ée]poque)\b)"));
    each(yearOn, [&](const QRegularExpressionMatch&, const QString&) { return sent.addYears(1); });
    static const RX yearNext = pattern(QStringLiteral(
        R"(\b(?<pre>(?:early|the beginning of|beginning of|the start of|start of|sometime|some time|mid|middle of|the middle of|late|the end of|end of)[\s-]+)?(?:the\s+)?(?:next|following|coming)\s+year\b|\b(?<pre2>(?:d[ée]but|courant|au cours|dans le courant|milieu|mi|fin|au d[ée]but|en d[ée]but|en fin|à la fin)[\s-]*(?:de\s+|d.)?)?(?:l.|d.)?(?:ann[ée]e\s+(?:prochaine|suivante)|an\s+prochain)\b)"));
    each(yearNext, [&](const QRegularExpressionMatch& m, const QString&) {
        static const int months[] {1, 7, 12, 1};
        return QDate(sent.year() + 1, months[partOf(m.captured(1) + m.captured(2))], 1);
    });
    static const RX yearStart = pattern(QStringLiteral(
        R"(\b(?:(?:en|au)\s+)?d[ée]but (?:d.|de l.)ann[ée]e\b(?!\s+(?:prochaine|suivante|20\d\d))|\b(?:after|past|around|at)\s+the first of the year\b)"));
    each(yearStart, [&](const QRegularExpressionMatch&, const QString&) { return upcoming(1, 2, 1, sent); });
    // "in 2027", "début 2027", "mid-2027", "jusqu'en 2027", "after 2027".
    static const RX yearNamed = pattern(QStringLiteral(
        R"(\b(?<pre>(?:(?:in|en|early|d[ée]but|courant|mid|mi|milieu|middle of|the middle of|late|fin|end of|the end of|after|apr[èe]s|from|starting|starting in|à partir de|a partir de|dès|until|till|jusqu.en|jusqu.à|sometime in|some time in|dans le courant de|au cours de|au d[ée]but de|the beginning of|beginning of|start of|the start of|maybe|perhaps|peut-[êe]tre|plut[ôo]t|probably|around|vers|before|avant|by)[\s-]+(?:of\s+)?)+)(20\d\d)\b(?![/.\-]\d))"));
    each(yearNamed, [&](const QRegularExpressionMatch& m, const QString&) {
        const int part = partOf(m.captured(1));
        static const RX until = pattern(QStringLiteral(R"(\b(?:until|till|jusqu))"));
        const bool after = part == 3 || (part == 2 && until.match(m.captured(1)).hasMatch());
        const int year = m.captured(2).toInt() + (after ? 1 : 0);
        static const int months[] {1, 7, 12, 1};
        return QDate(year, part == 2 && year > m.captured(2).toInt() ? 1 : months[part], 1);
    });
    // "the end of the year", "fin d'année": December; "until the end of the year": January.
    static const RX yearEnd = pattern(QStringLiteral(
        R"(\b(?:(?:the\s+)?end of (?:the|this) year|(?:the\s+)?year[\s-]end|(?:la\s+)?fin (?:d.|de l.|de cette )ann[ée]e)\b)"));
    each(yearEnd, [&](const QRegularExpressionMatch&, const QString& before) {
        static const RX after = pattern(QStringLiteral(R"(\b(after|apr[èe]s|past)\s+$)"));
        return endsWith(before, untilBefore()) || endsWith(before, after) ? QDate(sent.year() + 1, 1, 1)
                                                                          : upcoming(12, 1, 1, sent);
    });

    // "after the summer", "après l'été", "à la rentrée": September.
    static const RX afterSummer = pattern(QStringLiteral(
        R"(\b(?:after|post|once|past)[\s-]+(?:the\s+)?summer(?:\s+(?:holidays?|break|vacations?|period|months|season|is over))?\b|\bapr[èe]s\s+(?:l.[ée]t[ée]|les\s+(?:vacances|cong[ée]s)\s+(?:d.[ée]t[ée]|estivales?)|les\s+grandes\s+vacances|la\s+(?:p[ée]riode|saison)\s+estivale)|\b(?:(?:à|a|d[èe]s|pour|apr[èe]s)\s+)?la\s+rentr[ée]e(?!\s+(?:de\s+|d.)(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|octobre|novembre|d[ée]cembre))(?:\s+de\s+septembre)?\b|\ben\s+rentr[ée]e\b)"));
    each(afterSummer, [&](const QRegularExpressionMatch&, const QString&) { return upcoming(9, 1, 1, sent); });
    // Seasons by their meteorological start: spring 1 March, summer 1 June, autumn 1 September, winter
    // 1 December; "after" one is the next one's start.
    static const RX season = pattern(QStringLiteral(
        R"(\b(?<pre>(?:(?:in|during|over|this|next|coming|until|till|after|before|from|around|the|early|late|mid|maybe|perhaps|by)\s+)+)(spring|summer|fall|autumn|winter)\b((?:\s+20\d\d)?)(?!\s+(?:catalog|catalogue|collection|sales?|campaign|launch|release|range|fair|show|event|term|semester|intake|line|season|schedule|edition|promo|promotion|break|holidays?|vacations?|months?)\b)|(?<pre2>(?:\b(?:en|au|cet|ce|d[ée]but|fin|apr[èe]s|avant|jusqu.(?:à|a|au|en)|d[èe]s|pendant|courant|vers|peut-[êe]tre|pour)\s+|(?:\b(?:à|a|apr[èe]s|avant|jusqu.à|pendant|d[èe]s|vers|pour|d.ici|de)\s+)?\bl.|\b(?:d[ée]but|fin)\s+d.)+)(printemps|[ée]t[ée]|automne|hiver)\b((?:\s+prochain|\s+20\d\d)?))"));
    each(season, [&](const QRegularExpressionMatch& m, const QString&) {
        const QString word = m.captured(2) + m.captured(5);
        const int month = word == QLatin1String("spring") || word == QLatin1String("printemps")                    ? 3
            : word == QLatin1String("winter") || word == QLatin1String("hiver")                                    ? 12
            : word == QLatin1String("fall") || word == QLatin1String("autumn") || word == QLatin1String("automne") ? 9
                                                                                                                   : 6;
        const QString pre = m.captured(1) + m.captured(4);
        const QString post = m.captured(3) + m.captured(6);
        if (pre.trimmed() == QLatin1String("the") && post.isEmpty()) {
            return QDate(); // "the summer is our busy season": a season named, no time set
        }
        static const int shifts[] {0, 1, 2, 3}; // its start, middle, end, the next season
        const int shift = shifts[partOf(pre)];
        const int year = post.contains(QLatin1String("prochain")) ? 0 : yearIn(post, sent);
        QDate d(year == 0 ? sent.year() : year, month, 1);
        if (pre.contains(QLatin1String("next")) || post.contains(QLatin1String("prochain"))) {
            d = d <= sent ? d.addYears(1) : d; // strictly the next one
        } else if (year == 0 && d.addMonths(3) <= sent) {
            d = d.addYears(1);
        } else if (year == 0 && d.addYears(-1).addMonths(3) > sent) {
            d = d.addYears(-1); // "this winter", written in January
        }
        return year != 0 && d.addMonths(3) <= sent ? QDate() : std::max(d.addMonths(shift), sent);
    });
    // Easter Monday: the first weekday after Easter (a bank holiday in much of Europe, but a working
    // day by our rule); "after the Easter holidays" a week later.
    static const RX easter = pattern(QStringLiteral(
        R"(\b(?:easter|p[âa]ques)((?:\s+(?:holidays|break|vacation|weekend|week|monday))?)\b|\b(?:les\s+)?(vacances)\s+de\s+p[âa]ques\b)"));
    each(easter, [&](const QRegularExpressionMatch& m, const QString& before) {
        static const RX after = pattern(QStringLiteral(R"(\b(after|apr[èe]s|past)\s+(?:the\s+|les\s+)?$)"));
        const int week = (!m.captured(1).trimmed().isEmpty() || m.hasCaptured(2)) && endsWith(before, after) ? 7 : 0;
        const QDate d = easterMonday(sent.year()).addDays(week);
        return d < sent ? easterMonday(sent.year() + 1).addDays(week) : d;
    });
    // "after the holidays" in summer is September; in winter January (as DateMentions reads it).
    static const RX holidays = pattern(QStringLiteral(
        R"(\b(?:after|post|once)\s+(?:the\s+|my\s+|our\s+)?(?:holidays|holiday season|vacations?|break)\b|\bapr[èe]s\s+(?:les|mes|nos)\s+(?:vacances|cong[ée]s)\b(?!\s+(?:de|d.|estivales?|scolaires|d.[ée]t[ée])\b))"));
    each(holidays, [&](const QRegularExpressionMatch&, const QString&) {
        return sent.month() >= 5 && sent.month() <= 9 ? upcoming(9, 1, 1, sent)
            : sent.month() >= 10 || sent.month() == 1
            ? QDate(sent.month() == 1 && sent.day() <= 6 ? sent.year() : sent.year() + 1, 1, 2)
            : QDate();
    });
    static const RX christmas = pattern(QStringLiteral(
        R"(\b(?:after|past|post|once|apr[èe]s)\s+(?:the\s+)?(?:christmas|xmas|no[ëe]l)(?:\s+(?:holidays|break|period|season|rush))?\b)"));
    each(christmas, [&](const QRegularExpressionMatch&, const QString&) {
        return QDate(sent.month() == 1 && sent.day() <= 6 ? sent.year() : sent.year() + 1, 1, 2);
    });

    // "in two weeks", "dans quinze jours", "in a couple of months", "six months from now".
    static const RX relative = pattern(
        QStringLiteral(
            R"(\b(?:(?:in|within|dans|d.ici|after|apr[èe]s|sous)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|environ\s+|another\s+|encore\s+|only\s+|just\s+|the next\s+|the coming\s+)?%1(?:\s*(?:-|–|to|or|à|ou)\s*(?:\d{1,2}|two|three|four|six|eight|nine|ten|twelve|deux|trois|quatre|six|huit|neuf|dix|douze))?[\s-]*%2|%1[\s-]+%2(?:'s|s')?\s+(?:from now|from today|time))\b)")
            .arg(number, unit));
    each(relative, [&](const QRegularExpressionMatch& m, const QString&) {
        const bool ahead = m.hasCaptured(3);
        int n = amountOf(m.captured(ahead ? 3 : 1));
        const QString u = m.captured(ahead ? 4 : 2);
        if (u.startsWith(QLatin1String("jour")) && (n == 15 || n == 8)) {
            --n; // "quinze jours", "huit jours": two weeks, one week
        }
        return n <= 0                                                          ? QDate()
            : u.startsWith(QLatin1Char('d')) || u.startsWith(QLatin1Char('j')) ? sent.addDays(n)
            : u.startsWith(QLatin1Char('w')) || u.startsWith(QLatin1Char('s')) ? sent.addDays(7 * n)
            : u.startsWith(QLatin1Char('m'))                                   ? sent.addMonths(n)
                                                                               : sent.addYears(n);
    });
    static const RX fortnight = pattern(QStringLiteral(
        R"(\b(?:in|within|dans|d.ici|sous)\s+(?:a\s+|une\s+)?(?:fortnight|quinzaine)(?:\s+de\s+jours)?\b)"));
    each(fortnight, [&](const QRegularExpressionMatch&, const QString&) { return sent.addDays(14); });
    // "not this quarter, maybe next", "pas cette année, peut-être la suivante".
    static const RX elliptic = pattern(QStringLiteral(
        R"(\b(?:this\s+(week|month|quarter|year|half)|(?:ce|cette)\s+(semaine|mois|trimestre|ann[ée]e|semestre))\b[^.!?;\n]{0,40}?\b(?<at>(?:the\s+)?(?:next|following)(?:\s+one)?|(?:le|la)\s+(?:prochaine?|suivante?))(?![\s-]+\p{L}))"));
    each(elliptic, [&](const QRegularExpressionMatch& m, const QString&) {
        const QString u = m.captured(1) + m.captured(2);
        if (u == QLatin1String("week") || u == QLatin1String("semaine")) {
            return sent.addDays(8 - sent.dayOfWeek());
        }
        return u == QLatin1String("month") || u == QLatin1String("mois")
            ? QDate(sent.year(), sent.month(), 1).addMonths(1)
            : u == QLatin1String("quarter") || u == QLatin1String("trimestre") ? nextQuarter(sent)
            : u == QLatin1String("half") || u == QLatin1String("semestre")     ? nextHalf(sent)
                                                                               : QDate(sent.year() + 1, 1, 1);
    });

    // A month, with what comes before it ("early", "mi-", "after", "à partir de") and after it ("2027",
    // "prochain"): its 1st, 15th for its middle; its end and "after" it, the next month's 1st.
    static const RX month = pattern(
        QStringLiteral(
            R"(\b(?<pre>(?:(?:early|late|mid|the middle of|middle of|the end of|end of|the beginning of|beginning of|the start of|start of|the first week of|first week of|d[ée]but|fin|mi|courant|in|en|during|au mois|after|apr[èe]s|from|starting|starting in|as of|à partir|a partir|d[èe]s|next|until|till|jusqu.en|jusqu.à|around|vers|sometime in|some time in|maybe|perhaps|peut-[êe]tre|plut[ôo]t|before|avant|by)(?:[\s-]+(?:of\s+|de\s+|d')?|\s+d'))+)?(%1)\b((?:\s+20\d\d|\s+next year|\s+(?:de\s+)?l.ann[ée]e prochaine|\s+de l.an prochain|\s+prochaine?)?)(?![\s,]*\d))")
            .arg(monthNames()));
    each(month, [&](const QRegularExpressionMatch& m, const QString&) {
        const int n = DateMentions::monthOf(m.captured(2));
        const QString pre = m.captured(1);
        if (n == 0 || (n == 5 && pre.isEmpty() && m.captured(3).isEmpty())) {
            return QDate(); // "may" alone is a verb
        }
        const int part = partOf(pre);
        const int day = part == 1 ? 15 : 1;
        const QString post = m.captured(3);
        QDate d;
        if (pre.contains(QLatin1String("next")) || post.contains(QLatin1String("prochain"))) {
            d = QDate(sent.year(), n, 1);
            d = QDate(d <= sent ? d.year() + 1 : d.year(), n, day);
        } else {
            d = inYear(yearIn(post, sent), n, day, 1, sent);
        }
        return part >= 2 && d.isValid() ? QDate(d.year(), d.month(), 1).addMonths(1) : d;
    });

    // DateMentions' dates: exact days ("15 April", "le 07/09"), and the vague periods it reads ("next
    // month", "le mois prochain", "après les fêtes") where ours did not read the same words.
    for (const DateMention& d : DateMentions::find(t, sent, dayFirst)) {
        if (d.date >= sent) {
            found.append({d.start, d.end, d.date, !d.approximate, false, QString()});
        }
    }

    // Where two readings overlap, the one starting first, then the longer, then ours.
    std::stable_sort(found.begin(), found.end(), [](const Period& a, const Period& b) {
        return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end > b.end : a.ours && !b.ours;
    });
    QList<Period> kept;
    for (const Period& p : found) {
        if (kept.isEmpty() || p.start >= kept.last().end) {
            kept.append(p);
        }
    }
    return kept;
}

// Where the sentence holding `at` starts and ends.
qsizetype sentenceStart(const QString& t, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';')
            || (c == QLatin1Char('.') && i + 1 < t.size() && t.at(i + 1).isSpace())) {
            return i + 1;
        }
    }
    return 0;
}

qsizetype sentenceEnd(const QString& t, qsizetype at)
{
    for (qsizetype i = at; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';')
            || (c == QLatin1Char('.') && (i + 1 == t.size() || t.at(i + 1).isSpace()))) {
            return i;
        }
    }
    return t.size();
}

} // namespace

FollowUpDate::Result FollowUpDate::read(const QString& words, const QDate& sent, bool dayFirst)
{
    if (!sent.isValid()) {
        return {};
    }
    const QString t = words.toLower().replace(QChar(u'’'), QLatin1Char('\''));
    // The clause a time stands in starts after a comma, a dash, "but", "maybe": "not right now,
    // maybe next quarter" does not deny next quarter.
    static const RX clauseBreak = pattern(QStringLiteral(
        R"(^.*(?:[,:()—–]|\s-\s|\b(?:but|mais|maybe|perhaps|peut-[êe]tre|however|cependant|though|although|sinon|otherwise|possibly|[ée]ventuellement|probably|plut[ôo]t|instead)\b))"));
    static const RX past = pattern(QStringLiteral(
        R"(\b(?:last|ago|since|signed|renewed|bought|purchased|chose|selected|went with|switched|started|began|moved|implemented|rolled out|deployed|was|were|depuis|sign[ée]e?s?|renouvel[ée]e?s?|achet[ée]e?s?|choisie?s?|opt[ée]e?s?|commenc[ée]e?s?|d[ée]marr[ée]e?s?|d[ée]ploy[ée]e?s?|mis en place|pass[ée]e?s? (?:chez|à)|il y a|derni[eè]re?)\b)"));
    static const RX pastAfter
        = pattern(QStringLiteral(R"(^\s*(?:last year|ago|de l.ann[ée]e derni[èe]re|derni[eè]re?)\b)"));
    static const RX either = pattern(QStringLiteral(R"(^\s*(?:either|as well|non plus)\b)"));
    static const RX harmless = pattern(QStringLiteral(
        R"(n.h[ée]sit\p{L}*\s+pas|ne\s+pas\s+h[ée]siter|don.t hesitate|do not hesitate|no problem|pas de (?:souci|probl[èe]me)|why not|pourquoi pas|not sure|not only|no matter)"));
    static const RX negation = pattern(
        QStringLiteral(R"(n't\b|\b(?:not|no|never|nobody|nothing|none|cannot|pas|jamais|aucune?|rien|personne|ni)\b)"));
    static const RX lifted = pattern(QStringLiteral(
        R"(\b(?:until|till|til|before|avant|jusqu|after|apr[èe]s|unless|except|other than|sauf|rather)\b)"));
    static const RX deadline = pattern(QStringLiteral(
        R"(\b(?:before|by|avant|prior to|ahead of|d.ici)\s+(?:the\s+|le\s+|la\s+|les\s+|l.)?(?:end of\s+)?$)"));
    static const RX after
        = pattern(QStringLiteral(R"(\b(?:after|apr[èe]s|past|following)\s+(?:the\s+|le\s+|la\s+)?$)"));
    static const RX around = pattern(QStringLiteral(
        R"(\b(?:around|about|approximately|roughly|vers|aux alentours du|the week of|week of|la semaine du)\s+(?:the\s+|le\s+)?$)"));
    static const RX constraint = pattern(QStringLiteral(
        R"(\b(?:until|till|til|jusqu|after|apr[èe]s|from|à partir|a partir|d[èe]s|starting|before|avant|once|when|quand|lorsque)\b)"));
    static const RX contact = pattern(QStringLiteral(
        R"(\b(?:contact|reach|get back|follow|ping|try|check|circle|revisit|reconnect|connect|talk|speak|chat|touch base|come back|write|call|e-?mail|ask|look at|look into|discuss|hear from|in touch|pick (?:this|it) up|re-?engage|reconsider|review|again|maybe|perhaps|possibly|might|could|probably|recontact\p{L}*|relanc\p{L}*|revenez|revenir|reviens|reparl\p{L}*|rappel\p{L}*|reprendre|reprenons|refaire|voir|verra|verrons|rediscut\p{L}*|discuter|[ée]changer|en parler|contacter|[ée]crire|r[ée]essay\p{L}*|peut-[êe]tre|[ée]ventuellement|sans doute|plut[ôo]t)\b)"));

    Result best;
    int bestRank = 3;
    for (const Period& p : periodsIn(t, sent, dayFirst)) {
        const qsizetype from = sentenceStart(t, p.start);
        const QString sentenceBefore = t.mid(from, p.start - from);
        const QRegularExpressionMatch broken = clauseBreak.match(sentenceBefore);
        QString lead = (broken.hasMatch() ? sentenceBefore.mid(broken.capturedLength()) : sentenceBefore) + p.lead;
        if (past.match(lead).hasMatch() || pastAfter.match(t.mid(p.end, 30)).hasMatch()) {
            continue; // "we renewed in March", "in March last year"
        }
        lead.replace(harmless, QStringLiteral(" "));
        const QRegularExpressionMatch denied = negation.match(lead);
        const bool negated = denied.hasMatch() && !lifted.match(lead.mid(denied.capturedEnd())).hasMatch();
        if (negated || either.match(t.mid(p.end, 20)).hasMatch()) {
            continue; // "no budget next year either", "don't call me next month"
        }
        if (deadline.match(lead).hasMatch() && !denied.hasMatch()) {
            continue; // "before the summer" is a deadline; "pas avant l'été" is a start
        }
        const QString sentence = t.mid(from, sentenceEnd(t, p.end) - from);
        const int rank = contact.match(sentence).hasMatch() ? 0 : constraint.match(lead).hasMatch() ? 1 : 2;
        if (rank >= bestRank || (p.exact && rank == 2)) {
            continue; // among equals the first; an exact date no word asks for is not a follow-up
        }
        bestRank = rank;
        if (!p.exact) {
            best = {DateMentions::workingDay(p.date), true};
        } else if (after.match(lead).hasMatch()) {
            best = {DateMentions::workingDay(p.date.addDays(1)), false};
        } else {
            best = {around.match(lead).hasMatch() ? DateMentions::workingDay(p.date) : p.date,
                    around.match(lead).hasMatch()};
        }
    }
    return best;
}

FollowUpDate::Result FollowUpDate::of(const ParsedMessage& message, const QString& words, const QString& language)
{
    // The day in the sender's own time zone, as for an auto-reply's return date.
    const QDateTime local = QDateTime::fromString(message.header(QStringLiteral("Date")).trimmed(), Qt::RFC2822Date);
    const QDate sent = local.isValid() ? local.date() : message.date.date();
    // A short French reply has too few French words for dayFirstFor to tell; its language is known.
    const bool us = message.fromAddress.section(QLatin1Char('.'), -1) == QLatin1String("us");
    const bool dayFirst
        = ReturnDate::dayFirstFor(message.fromAddress, words) || (language == QLatin1String("fr") && !us);
    return read(words, sent, dayFirst);
}

} // namespace sc::agents::inbox
