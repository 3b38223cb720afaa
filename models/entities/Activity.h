#pragma once

#include <QString>

namespace sc::models {

// One line of a prospect's timeline: what happened, when and by whom.
struct Activity
{
    qint64 occurredAt = 0;
    QString kind;
    QString summary;
    QString actor;
    QString refTable; // what the line is about (form_submissions, drafts...), with its id
    qint64 refId = 0;
};

} // namespace sc::models
