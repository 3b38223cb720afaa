#pragma once

#include <QString>

namespace sc::models {

// A to-do on a prospect (call back, send the deck), open until the rep marks it done or skips it.
struct Task
{
    qint64 id = 0;
    QString title;
    qint64 dueAt = 0; // 0: no due date
    qint64 doneAt = 0; // 0: open
    QString createdBy;
    QString kind = QStringLiteral("todo"); // todo (the rep's own), call, linkedin, custom (from a sequence)
    qint64 skippedAt = 0; // 0: not skipped; a skipped task is closed without being done
    qint64 snoozedUntil = 0; // 0: never put off; else the due time the rep last snoozed it to
};

} // namespace sc::models
