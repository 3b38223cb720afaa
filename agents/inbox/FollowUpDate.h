#pragma once

#include "MessageParser.h"

#include <QDate>
#include <QString>

namespace sc::agents::inbox {

// When a prospect who turned the rep down says to come back ("not right now, maybe next quarter",
// "recontactez-moi en septembre", "get back to me on 15 April"): the day a sequence should follow up.
// A period is read as its first working day (Monday to Friday, not 1 January, 1 May or 25 December),
// against the day the reply was sent: "next quarter" the next calendar quarter, "in September" the next
// September, "after the summer" and "à la rentrée" September, "next year" and "début 2027" January,
// "Q3" and "au second semestre" July, "in two weeks" and "dans quinze jours" fourteen days on, "dans un
// mois" a month on, "after Easter" Easter Monday, "mid-March" the 15th. An explicit date is that day
// ("after the 15th": the working day after it).
// A time that is past ("we renewed in March"), denied ("no budget next year either") or a deadline
// ("before the summer") is not a time to come back; neither is an exact date no word asks to be
// contacted on. Among several, the one the words ask to be contacted on ("reach out", "maybe",
// "recontactez-moi") wins, then the one a constraint names ("until", "pas avant"), then the first.
class FollowUpDate
{
public:
    struct Result
    {
        QDate date; // invalid when the words name no later time
        bool approximate = false; // a period rather than a day
    };
    // words: the sender's own words (quoted history and signature already set aside).
    static Result read(const QString& words, const QDate& sent, bool dayFirst);
    // The same, read against the local date of the message's Date header, numeric dates in its
    // sender's order: by the country of its domain, else by language ("fr": day first).
    static Result of(const ParsedMessage& message, const QString& words, const QString& language);
};

} // namespace sc::agents::inbox
