#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// What approving a draft does, wherever the approval comes from (the Approvals view, the local API):
// an email goes to the outbox, whose rules and caps still apply, and its sending is queued; a contact
// form goes to the Form Filler. The audit row names the actor.
struct ApprovalOutcome
{
    bool approved = false; // false: the draft was not pending any more
    bool queued = false; // an email in the outbox, or a form's sending queued
    bool noMailbox = false; // an approved email waits for a mailbox (added in Settings)
    QString problem; // why an approved email is not in the outbox (do-not-contact...)
};
ApprovalOutcome approveDraft(const QSqlDatabase& db, qint64 draftId, const QString& actor, qint64 now);

} // namespace sc::models
