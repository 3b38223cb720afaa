#pragma once

#include <QString>

namespace sc::app::cli {

// ISO 8601 with or without an offset (none: UTC) or a date alone (its midnight, UTC), as UTC ms; -1 when
// neither.
qint64 parseTime(const QString& text);
// "2027-01-04T08:00:00Z".
QString isoUtc(qint64 ms);

} // namespace sc::app::cli
