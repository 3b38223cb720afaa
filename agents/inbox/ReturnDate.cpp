#include "ReturnDate.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace sc::agents::inbox {

using RX = QRegularExpression;

namespace {

// The first day from `d` on that is not a weekend or New Year's Day.
QDate workingDay(QDate d)
{
    while (d.isValid() && (d.dayOfWeek() >= 6 || (d.month() == 1 && d.day() == 1))) {
        d = d.addDays(1);
    }
    return d;
}

// An explicit date in the words: the old reader's forms ("12 March", "January 12", "12/01", ISO).
QDate explicitDate(const QString& words, const QDate& sent, bool dayFirst);

} // namespace

ReturnDate::Result ReturnDate::read(const QString& words, const QDate& sent, bool dayFirst)
{
    const QDate from = sent.isValid() ? sent : QDate::currentDate();
    const QString lower = words.toLower();
    static const RX inclusive(QStringLiteral(R"(\b(?:inclus|incluse|inclusive|inclusively|included|compris)\b)"));
    // A range: the last day named is the last day away.
    static const RX range(QStringLiteral(
        R"((?:\bdu\b|\bfrom\b|\bbetween\b).{1,40}?(?:\bau\b|\bto\b|\btill\b|\buntil\b|\band\b|[-–])\s*(.{1,40}))"));
    if (const auto r = range.match(lower); r.hasMatch()) {
        const QDate end = explicitDate(r.captured(1), from, dayFirst);
        if (end.isValid() && explicitDate(lower.left(r.capturedStart(1)), from, dayFirst).isValid()) {
            return {workingDay(end.addDays(1)), false};
        }
    }
    if (const QDate d = explicitDate(words, from, dayFirst); d.isValid()) {
        return {inclusive.match(lower).hasMatch() ? workingDay(d.addDays(1)) : d, false};
    }
    // A day of the month alone: "back on the 5th", "until the 12th inclusive", "jusqu'au 5".
    static const RX dayAlone(QStringLiteral(
        R"((?:\bon\b|\bthe\b|\ble\b|\bau\b|\buntil\b|\btill\b|jusqu.au)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\s*[/.:h]\d))"));
    if (const auto m = dayAlone.match(lower); m.hasMatch()) {
        const int day = m.captured(1).toInt();
        QDate d(from.year(), from.month(), std::min(day, 28));
        if (day >= 1 && day <= 31) {
            d = QDate(from.year(), from.month(), 1);
            while (d.isValid() && (d.daysInMonth() < day || QDate(d.year(), d.month(), day) < from)) {
                d = d.addMonths(1);
            }
            d = QDate(d.year(), d.month(), day);
            return {inclusive.match(lower).hasMatch() ? workingDay(d.addDays(1)) : d, false};
        }
    }
    // A weekday: "back Tuesday", "de retour mardi", "until Monday".
    static const QStringList weekdays {QStringLiteral("monday|lundi"),       QStringLiteral("tuesday|mardi"),
                                       QStringLiteral("wednesday|mercredi"), QStringLiteral("thursday|jeudi"),
                                       QStringLiteral("friday|vendredi"),    QStringLiteral("saturday|samedi"),
                                       QStringLiteral("sunday|dimanche")};
    for (int i = 0; i < 7; ++i) {
        const RX named(
            QStringLiteral(
                R"((?:back|return|returning|retour|until|till|jusqu.[àa]|jusqu.au)\s+(?:on\s+|le\s+)?(?:next\s+)?(?:%1)\b)")
                .arg(weekdays.at(i)));
        if (named.match(lower).hasMatch()) {
            QDate d = from.addDays(1);
            while (d.dayOfWeek() != i + 1) {
                d = d.addDays(1);
            }
            return {d, false};
        }
    }
    // Vague periods: the first plausible working day, said to be approximate.
    static const RX nextWeek(QStringLiteral(R"(\bnext week\b|semaine prochaine)"));
    if (const auto m = nextWeek.match(lower); m.hasMatch()) {
        QDate d = from.addDays(1);
        while (d.dayOfWeek() != 1) {
            d = d.addDays(1);
        }
        // "back next week" is its Monday; "out of the office next week", the Monday after it.
        static const RX back(QStringLiteral(R"(\b(?:back|return|returning|retour|rentre)\b)"));
        if (!back.match(lower.left(m.capturedStart())).hasMatch()) {
            d = d.addDays(7);
        }
        return {workingDay(d), true};
    }
    static const RX holidays(QStringLiteral(R"(apr[èe]s les f[êe]tes|after the (?:holidays|new year|festive))"));
    if (holidays.match(lower).hasMatch()) {
        const int y = from.month() == 1 && from.day() <= 6 ? from.year() : from.year() + 1;
        return {workingDay(QDate(y, 1, 2)), true};
    }
    static const QStringList monthNames {QStringLiteral("january|janvier"),
                                         QStringLiteral("february|f[ée]vrier"),
                                         QStringLiteral("march|mars"),
                                         QStringLiteral("april|avril"),
                                         QStringLiteral("may|mai"),
                                         QStringLiteral("june|juin"),
                                         QStringLiteral("july|juillet"),
                                         QStringLiteral("august|ao[uû]t"),
                                         QStringLiteral("september|septembre"),
                                         QStringLiteral("october|octobre"),
                                         QStringLiteral("november|novembre"),
                                         QStringLiteral("december|d[ée]cembre")};
    for (int i = 0; i < 12; ++i) {
        const RX part(
            QStringLiteral(
                R"((early|beginning of|start of|d[ée]but|mid|middle of|mi|end of|late|fin)[\s-]+(?:d.)?(?:%1)\b)")
                .arg(monthNames.at(i)));
        if (const auto m = part.match(lower); m.hasMatch()) {
            int y = from.year();
            if (QDate(y, i + 1, 1).addMonths(1) <= from) {
                ++y; // "early February" written in March is next year's
            }
            const QString which = m.captured(1);
            QDate d(y, i + 1, 1);
            if (which.startsWith(QLatin1String("mi"))) {
                d = QDate(y, i + 1, 15);
            } else if (which.startsWith(QLatin1String("end")) || which == QLatin1String("late")
                       || which == QLatin1String("fin")) {
                d = QDate(y, i + 1, 1).addMonths(1);
            }
            return {workingDay(std::max(d, from)), true};
        }
    }
    return {};
}

namespace {

QDate explicitDate(const QString& words, const QDate& sent, bool dayFirst)
{
    // "back on 12 March", "de retour le 3 janvier", "until 2026-12-01", "returning Monday 4/11".
    static const QStringList monthsEn {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList monthsFr {QStringLiteral("janv"), QStringLiteral("f[ée]v"), QStringLiteral("mars"),
                                       QStringLiteral("avr"),  QStringLiteral("mai"),    QStringLiteral("juin"),
                                       QStringLiteral("juil"), QStringLiteral("ao[uû]"), QStringLiteral("sept"),
                                       QStringLiteral("oct"),  QStringLiteral("nov"),    QStringLiteral("d[ée]c")};
    const int year = (sent.isValid() ? sent : QDate::currentDate()).year();
    auto plausible = [&](int y, int month, int day) {
        QDate d(y, month, day);
        if (d.isValid() && sent.isValid() && d < sent) {
            d = d.addYears(1); // "back on 3 January" written in December
        }
        return d;
    };
    const RX iso(QStringLiteral(R"((20\d\d)-(\d\d)-(\d\d))"));
    if (const auto m1 = iso.match(words); m1.hasMatch()) {
        return QDate(m1.captured(1).toInt(), m1.captured(2).toInt(), m1.captured(3).toInt());
    }
    for (int i = 0; i < 12; ++i) {
        for (const QString& month : {monthsEn.at(i), monthsFr.at(i)}) {
            const RX dayMonth(
                QStringLiteral(R"((?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?\s+%1[a-zéû]*\.?(?:\s+(20\d\d))?)").arg(month),
                RX::CaseInsensitiveOption);
            const RX monthDay(
                QStringLiteral(R"(\b%1[a-zéû]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(20\d\d))?)").arg(month),
                RX::CaseInsensitiveOption);
            for (const RX& pattern : {dayMonth, monthDay}) {
                const auto found = pattern.match(words);
                if (found.hasMatch()) {
                    const int y = found.captured(2).isEmpty() ? year : found.captured(2).toInt();
                    const QDate d = plausible(y, i + 1, found.captured(1).toInt());
                    if (d.isValid()) {
                        return found.captured(2).isEmpty() ? d : QDate(y, i + 1, found.captured(1).toInt());
                    }
                }
            }
        }
    }
    // Numeric dates: day first in French, month first in English.
    static const RX numericDate(QStringLiteral(R"((?<![\d/])(\d{1,2})[/.](\d{1,2})(?:[/.](20\d\d|\d\d))?(?![\d/]))"));
    const auto numeric = numericDate.match(words);
    if (numeric.hasMatch()) {
        int a = numeric.captured(1).toInt();
        int b = numeric.captured(2).toInt();
        const int day = dayFirst ? a : b;
        const int month = dayFirst ? b : a;
        int y = numeric.captured(3).isEmpty() ? year : numeric.captured(3).toInt();
        if (y < 100) {
            y += 2000;
        }
        return numeric.captured(3).isEmpty() ? plausible(y, month, day) : QDate(y, month, day);
    }
    return {};
}

} // namespace

} // namespace sc::agents::inbox
