#pragma once

#include <QDate>
#include <QString>

namespace sc::agents::inbox {

// The date an automatic reply says its sender is back: "back on 12 March", "de retour le 3 janvier",
// "until 2026-12-01", "returning 4/11" (day first when dayFirst, as in French). A date without a year is
// the next one on or after the day the reply was sent.
class ReturnDate
{
public:
    // An invalid date when the words name none.
    static QDate in(const QString& words, const QDate& sent, bool dayFirst);
};

} // namespace sc::agents::inbox
