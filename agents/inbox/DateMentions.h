#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace sc::agents::inbox {

// One date a text names, where it stands in the text, and the day it resolves to.
struct DateMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    QDate date;
    // A period such as "next week": the working day after it, for words that say it is spent away
    // ("out of the office next week"); invalid for every other mention.
    QDate ifAway;
    bool approximate = false; // a vague period ("early February"): its first plausible working day
};

// Finds the dates a lower-cased English or French text names: "12 March", "January 12, 2027",
// "lundi 4 janvier", "12/01" (day first when dayFirst; dotted dates always day first), ISO dates, a day
// alone ("the 5th", "jusqu'au 5"), a weekday, "tomorrow", and vague periods ("early February",
// "mi-janvier", "next week", "après les fêtes", "in two weeks"). A date without a year is the next one
// on or after the day the text was sent. What each date means (back on it, away until it, a deadline)
// is the reader's business: see ReturnDate.
class DateMentions
{
public:
    // In text order, none overlapping (where two forms overlap, the one starting first, then the longer).
    static QList<DateMention> find(const QString& lower, const QDate& sent, bool dayFirst);
    // The first day from `d` on that is not a weekend, New Year's Day, 1 May or Christmas Day: the one
    // working-day rule of return dates and follow-up dates alike.
    static QDate workingDay(QDate d);
    // 1 to 12 for an English or French month name or its usual abbreviation ("févr.", "Sept"), else 0.
    static int monthOf(QString word);
};

} // namespace sc::agents::inbox
