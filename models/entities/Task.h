#pragma once

#include <QString>

namespace sc::models {

// A to-do on a prospect (call back, send the deck), open until the rep marks it done.
struct Task
{
    qint64 id = 0;
    QString title;
    qint64 dueAt = 0; // 0: no due date
    qint64 doneAt = 0; // 0: open
    QString createdBy;
};

} // namespace sc::models
