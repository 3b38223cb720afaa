#pragma once

#include <QDate>
#include <QString>

namespace sc::agents::inbox {

// The date an automatic reply says its sender is back: "back on 12 March", "de retour le 3 janvier",
// "until 2026-12-01", "returning 4/11" (day first when dayFirst, as in French). A date without a year is
// the next one on or after the day the reply was sent.
// Also: "until the 12th inclusive" and "through the 12th" (back the working day after), a range "du 22
// décembre au 4 janvier" (back the working day after its end), a day alone ("back on the 5th", "jusqu'au
// 5"), a weekday ("back Tuesday"), "tomorrow", and vague periods ("early February", "next week", "après
// les fêtes", "around the 6th": the first plausible working day, marked approximate).
// What a date means comes from the words before it: a date after "before" ("for urgent matters before
// the 20th"), "from" or "Sent:" is not a return, and a date no word introduces is not taken for one.
class ReturnDate
{
public:
    struct Result
    {
        QDate date; // invalid when the words name none
        bool approximate = false; // a vague period: the first plausible working day of it
    };
    static Result read(const QString& words, const QDate& sent, bool dayFirst);
    // Whether the sender writes numeric dates day first: by the country of its address's domain where
    // that names one (.us month first; .uk, .fr, .be, .ch, .au... day first), else by language (French,
    // even beside English, day first; English month first).
    static bool dayFirstFor(const QString& senderAddress, const QString& words);
    // The date alone.
    static QDate in(const QString& words, const QDate& sent, bool dayFirst) { return read(words, sent, dayFirst).date; }
};

} // namespace sc::agents::inbox
