#pragma once

#include <QDate>
#include <QString>

namespace sc::agents::inbox {

// The date an automatic reply says its sender is back: "back on 12 March", "de retour le 3 janvier",
// "until 2026-12-01", "returning 4/11" (day first when dayFirst, as in French). A date without a year is
// the next one on or after the day the reply was sent.
// Also: "until the 12th inclusive" (back on the 13th), a range "du 22 décembre au 4 janvier" (back the
// working day after its end), a day alone ("back on the 5th", "jusqu'au 5"), a weekday ("back
// Tuesday"), and vague periods ("early February", "next week", "après les fêtes": the first plausible
// working day, marked approximate).
class ReturnDate
{
public:
    struct Result
    {
        QDate date; // invalid when the words name none
        bool approximate = false; // a vague period: the first plausible working day of it
    };
    static Result read(const QString& words, const QDate& sent, bool dayFirst);
    // The date alone.
    static QDate in(const QString& words, const QDate& sent, bool dayFirst) { return read(words, sent, dayFirst).date; }
};

} // namespace sc::agents::inbox
