#include "DateMentions.h"

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

// Month names and their usual abbreviations in both languages, never a prefix of another word ("mar"
// in "mardi", "mai" in "mail").
const QString& monthWord()
{
    static const QString word = QStringLiteral(
        R"((january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janv|jan|f[ée]vr?|feb|mar|apr|avr|jun|juil|jul|aug|sept|sep|oct|nov|d[ée]c)\.?(?!\p{L}))");
    return word;
}

// An optional weekday before a date ("Monday, January 12", "lundi 4", "Wednesday the 18th").
const QString& weekdayPrefix()
{
    static const QString prefix = QStringLiteral(
        R"((?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tues?|wed|thu(?:rs?)?|fri)\.?,?\s+(?:the\s+)?)?)");
    return prefix;
}

int weekdayOf(const QString& word)
{
    static const QStringList en {QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                 QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                 QStringLiteral("sunday")};
    static const QStringList fr {QStringLiteral("lundi"),   QStringLiteral("mardi"),    QStringLiteral("mercredi"),
                                 QStringLiteral("jeudi"),   QStringLiteral("vendredi"), QStringLiteral("samedi"),
                                 QStringLiteral("dimanche")};
    const qsizetype i = std::max(en.indexOf(word), fr.indexOf(word));
    if (i < 0 && word.size() >= 3) {
        // "tue", "tues", "wed", "thu", "thurs", "fri"
        for (qsizetype a = 1; a < 5; ++a) {
            if (en.at(a).startsWith(word)) {
                return int(a) + 1;
            }
        }
    }
    return i < 0 ? 0 : int(i) + 1;
}

// A day and month without a year: the next one on or after the day the text was sent.
QDate onOrAfter(int year, int month, int day, const QDate& sent, bool yearGiven)
{
    if (yearGiven) {
        return QDate(year < 100 ? year + 2000 : year, month, day);
    }
    QDate d(sent.year(), month, day);
    if (!d.isValid() || d < sent) {
        d = QDate(sent.year() + 1, month, day);
    }
    return d;
}

// A day of the month alone ("the 5th"): the next one on or after `sent`; with a weekday ("lundi 12"),
// the first of the next three such days that falls on it.
QDate dayAlone(int day, int weekday, const QDate& sent)
{
    QDate first;
    int seen = 0;
    for (QDate m(sent.year(), sent.month(), 1); seen < 3 && m < sent.addYears(1); m = m.addMonths(1)) {
        const QDate d(m.year(), m.month(), day);
        if (!d.isValid() || d < sent) {
            continue;
        }
        if (weekday == 0 || d.dayOfWeek() == weekday) {
            return d;
        }
        first = first.isValid() ? first : d;
        ++seen;
    }
    return first;
}

QDate nextWeekday(int weekday, const QDate& sent)
{
    QDate d = sent.addDays(1);
    while (d.dayOfWeek() != weekday) {
        d = d.addDays(1);
    }
    return d;
}

int smallNumber(const QString& word)
{
    static const QStringList words {QStringLiteral("a|one|une|un"), QStringLiteral("two|deux"),
                                    QStringLiteral("three|trois"), QStringLiteral("four|quatre")};
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i).split(QLatin1Char('|')).contains(word)) {
            return i + 1;
        }
    }
    return word.toInt();
}

} // namespace

int DateMentions::monthOf(QString word)
{
    word = word.toLower();
    word.replace(QChar(u'é'), QLatin1Char('e')).replace(QChar(u'û'), QLatin1Char('u'));
    if (word.startsWith(QLatin1String("jul")) || word.startsWith(QLatin1String("juil"))) {
        return 7;
    }
    if (word.startsWith(QLatin1String("jun")) || word.startsWith(QLatin1String("juin"))) {
        return 6;
    }
    static const QStringList prefixes {QStringLiteral("jan"),
                                       QStringLiteral("feb|fev"),
                                       QStringLiteral("mar"),
                                       QStringLiteral("apr|avr"),
                                       QStringLiteral("may|mai"),
                                       QString(),
                                       QString(),
                                       QStringLiteral("aug|aou"),
                                       QStringLiteral("sep"),
                                       QStringLiteral("oct"),
                                       QStringLiteral("nov"),
                                       QStringLiteral("dec")};
    for (int i = 0; i < 12; ++i) {
        for (const QString& p : prefixes.at(i).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            if (word.startsWith(p)) {
                return i + 1;
            }
        }
    }
    return 0;
}

QDate DateMentions::workingDay(QDate d)
{
    while (d.isValid()
           && (d.dayOfWeek() >= 6 || (d.month() == 1 && d.day() == 1) || (d.month() == 5 && d.day() == 1)
               || (d.month() == 12 && d.day() == 25))) {
        d = d.addDays(1);
    }
    return d;
}

QList<DateMention> DateMentions::find(const QString& t, const QDate& sent, bool dayFirst)
{
    QList<DateMention> found;
    auto each = [&](const RX& rx, const auto& resolve) {
        auto it = rx.globalMatch(t);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            DateMention mention = resolve(m);
            if (mention.date.isValid()) {
                mention.start = m.capturedStart();
                mention.end = m.capturedEnd();
                found.append(mention);
            }
        }
    };
    const auto exact = [](QDate d) {
        return DateMention {0, 0, d, {}, false};
    };
    const auto vague = [](QDate d, QDate ifAway = {}) {
        return DateMention {0, 0, workingDay(d), ifAway, true};
    };

    // "12 March", "16th February 2026", "the 4th of January", "lundi 4 janvier".
    static const RX dayMonth
        = pattern(QStringLiteral(R"(\b%1(?<![\d./])(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?%2(?:,?\s+(\d{4}))?(?!\d))")
                      .arg(weekdayPrefix(), monthWord()));
    each(dayMonth, [&](const QRegularExpressionMatch& m) {
        return exact(
            onOrAfter(m.captured(4).toInt(), monthOf(m.captured(3)), m.captured(2).toInt(), sent, m.hasCaptured(4)));
    });
    // "January 12", "Monday, January 12, 2027", "Nov. 8", "Jan 5th".
    static const RX monthDay = pattern(
        QStringLiteral(R"(\b%1%2\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?!\d|[:h.]\d)(?:,?\s+(\d{4})(?!\d))?)")
            .arg(weekdayPrefix(), monthWord()));
    each(monthDay, [&](const QRegularExpressionMatch& m) {
        return exact(
            onOrAfter(m.captured(4).toInt(), monthOf(m.captured(2)), m.captured(3).toInt(), sent, m.hasCaptured(4)));
    });
    static const RX iso = pattern(QStringLiteral(R"((?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d))"));
    each(iso, [&](const QRegularExpressionMatch& m) {
        return exact(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    });
    // "12/01", "12/01/2027", "7.6.27": never a piece of a phone number ("06.45.12.03.11") or a time.
    static const RX numeric = pattern(
        QStringLiteral(
            R"(\b%1(?<![\d./:-])(\d{1,2})([/.])(\d{1,2})(?:\3(\d{4}|\d\d))?(?!\d|[./-]\d|:\d|\s*(?:am|pm|h)\b))")
            .arg(weekdayPrefix()));
    each(numeric, [&](const QRegularExpressionMatch& m) {
        const bool dotted = m.captured(3) == QLatin1String(".");
        int day = m.captured(2).toInt();
        int month = m.captured(4).toInt();
        if (!dotted && !dayFirst) {
            std::swap(day, month);
        }
        if (!dotted && month > 12 && day <= 12) {
            std::swap(day, month); // only one reading is a date
        }
        return exact(month > 12 ? QDate() : onOrAfter(m.captured(5).toInt(), month, day, sent, m.hasCaptured(5)));
    });
    // A day alone: with an ordinal or a weekday ("the 5th", "Monday 17th"), or after a word that
    // introduces a date ("jusqu'au 5", "du 4 au 13 mars"); never one group of a phone number.
    static const RX day = pattern(
        QStringLiteral(
            R"(\b%1(?:the\s+)?(?<![\d+./:,-])(?<!\d\s)(\d{1,2})(st|nd|rd|th|er)?(?![\d%]|\s*[/.:h]\s*\d|\s+\d|\s*(?:am|pm|h|heures?)\b))")
            .arg(weekdayPrefix()));
    static const RX introduced = pattern(QStringLiteral(
        R"((?:\b(?:on|le|au|du|until|till|from|to|back|retour|returning|through|thru|before|avant|by)|jusqu.au|[-–])\s*$)"));
    static const RX rangeStart = pattern(QStringLiteral(R"(^\s*[-–]\s*\d)"));
    each(day, [&](const QRegularExpressionMatch& m) {
        const bool marked = m.hasCaptured(3) || m.hasCaptured(1)
            || introduced
                   .match(t.mid(std::max<qsizetype>(0, m.capturedStart() - 14),
                                m.capturedStart() - std::max<qsizetype>(0, m.capturedStart() - 14)))
                   .hasMatch()
            || rangeStart.match(t.mid(m.capturedEnd(), 4)).hasMatch();
        const int n = m.captured(2).toInt();
        return exact(marked && n >= 1 && n <= 31 ? dayAlone(n, weekdayOf(m.captured(1)), sent) : QDate());
    });
    static const RX weekday = pattern(QStringLiteral(
        R"(\b(?:next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tues?|wed|thu(?:rs?)?|fri)(?:\s+(?:prochain|next))?\b\.?)"));
    each(weekday, [&](const QRegularExpressionMatch& m) { return exact(nextWeekday(weekdayOf(m.captured(1)), sent)); });
    static const RX tomorrow
        = pattern(QStringLiteral(R"(\b(the day after tomorrow|apr[èe]s-demain|tomorrow|demain)\b)"));
    each(tomorrow,
         [&](const QRegularExpressionMatch& m) { return exact(sent.addDays(m.captured(1).size() > 8 ? 2 : 1)); });

    // Vague periods, as their first plausible working day.
    static const RX inWeeks = pattern(QStringLiteral(
        R"(\b(?:in|dans)\s+(\d|a|one|two|three|four|une|un|deux|trois|quatre)\s+(?:weeks?|semaines?)\b)"));
    each(inWeeks,
         [&](const QRegularExpressionMatch& m) { return vague(sent.addDays(7 * smallNumber(m.captured(1)))); });
    const QDate monday = nextWeekday(1, sent);
    static const RX nextWeek = pattern(QStringLiteral(
        R"(\b(?:(?:early|the beginning of|beginning of|the start of|start of)\s+next week|(?:en\s+)?d[ée]but de (?:la )?semaine prochaine|next week|(?:la\s+)?semaine prochaine)\b)"));
    each(nextWeek, [&](const QRegularExpressionMatch&) { return vague(monday, workingDay(monday.addDays(7))); });
    // "until the end of next week": back after it, as "until the end of March" is back on 1 April.
    static const RX nextWeekEnd = pattern(
        QStringLiteral(R"(\b(?:(?:the\s+)?end of next week|(?:(?:en|à la)\s+)?fin de (?:la )?semaine prochaine)\b)"));
    each(nextWeekEnd, [&](const QRegularExpressionMatch&) { return vague(monday.addDays(7)); });
    const QDate firstOfNext = QDate(sent.year(), sent.month(), 1).addMonths(1);
    static const RX nextMonth = pattern(QStringLiteral(
        R"(\b(?:(?:early|the beginning of|beginning of|the start of|start of)\s+next month|(?:en\s+)?d[ée]but du mois prochain|next month|(?:le\s+)?mois prochain)\b)"));
    each(nextMonth,
         [&](const QRegularExpressionMatch&) { return vague(firstOfNext, workingDay(firstOfNext.addMonths(1))); });
    static const RX monthEnd
        = pattern(QStringLiteral(R"(\b(?:(?:the\s+)?end of (?:the|this) month|(?:la\s+)?fin (?:du|de ce) mois)\b)"));
    each(monthEnd, [&](const QRegularExpressionMatch&) { return vague(firstOfNext); });
    // "early February", "mi-janvier", "the end of March", "courant novembre", "back in April", "until May".
    static const RX monthPart = pattern(
        QStringLiteral(
            R"(\b(early|the beginning of|beginning of|the start of|start of|first week of|d[ée]but|mid|the middle of|middle of|mi|the end of|end of|late|fin|courant|in|en|during|au mois|rentr[ée]e|until|till|jusqu.en)[\s-]+(?:of\s+|d.|de\s+)?%1(?!\.?\s+(?:the\s+)?\d{1,2}(?!\d)))")
            .arg(monthWord()));
    each(monthPart, [&](const QRegularExpressionMatch& m) {
        const int month = monthOf(m.captured(2));
        int y = sent.year();
        if (QDate(y, month, 1).addMonths(1) <= sent) {
            ++y; // "early February" written in March is next year's
        }
        const QString which = m.captured(1);
        QDate d(y, month, 1);
        if (which.contains(QLatin1String("mi"))) {
            d = QDate(y, month, 15);
        } else if (which.contains(QLatin1String("end")) || which == QLatin1String("late")
                   || which == QLatin1String("fin")) {
            d = d.addMonths(1);
        }
        return vague(std::max(d, sent));
    });
    // "jusqu'à la rentrée": the French school year's start, in September.
    static const RX rentree = pattern(QStringLiteral(R"(\bla rentr[ée]e\b(?!\s+(?:de\s+|d.)?%1))").arg(monthWord()));
    each(rentree, [&](const QRegularExpressionMatch&) {
        return vague(std::max(QDate(sent.month() >= 10 ? sent.year() + 1 : sent.year(), 9, 1), sent));
    });
    static const RX holidays = pattern(QStringLiteral(
        R"(apr[èe]s les f[êe]tes|apr[èe]s le (?:nouvel an|jour de l.an)|after (?:the )?(?:holidays|holiday season|festive (?:season|period)|new year'?s?)|in the new year)"));
    each(holidays, [&](const QRegularExpressionMatch&) {
        const int y = sent.month() == 1 && sent.day() <= 6 ? sent.year() : sent.year() + 1;
        return vague(QDate(y, 1, 2));
    });

    // Where a vague period and an exact date overlap ("until Jan. 5"), the exact date is meant.
    const QList<DateMention> all = found;
    found.removeIf([&all](const DateMention& m) {
        return m.approximate && std::any_of(all.cbegin(), all.cend(), [&m](const DateMention& o) {
                   return !o.approximate && o.start < m.end && m.start < o.end;
               });
    });
    std::sort(found.begin(), found.end(), [](const DateMention& a, const DateMention& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<DateMention> kept;
    for (const DateMention& m : found) {
        if (kept.isEmpty() || m.start >= kept.last().end) {
            kept.append(m);
        }
    }
    return kept;
}

} // namespace sc::agents::inbox
