#pragma once

#include <QString>
#include <QStringList>

namespace sc::models {

// How a company's size meets the sizes of the ideal customer profile: by the headcount its site
// states when there is one (placed exactly within the profile's ranges: "51-200", "5001+"), else by
// the size the company row holds, as written. A size the rep gave that disagrees with the stated
// number (a range without it) wins over the number.
class SizeMatch
{
public:
    // The profile size the company meets, as the score's reason shows it ("51-200 (62)", or the
    // company's own "51-200"); empty when none.
    static QString match(const QStringList& profileSizes, const QString& size, const QString& employees);
    // The number a stated headcount (company_facts "employees") is matched by: "62" -> 62, "~40" -> 40,
    // "2000+" -> 2001 (a lower bound counts as just above it, as research buckets it), "200-500" -> 350;
    // 0 when none.
    static int statedHeadcount(const QString& employees);
};

} // namespace sc::models
