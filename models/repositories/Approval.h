#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sc::models {

// What approving a draft does, wherever the approval comes from (the Approvals view, the local API):
// an email goes to the outbox, whose rules and caps still apply, and its sending is queued; a contact
// form goes to the Form Filler. The audit row names the actor.
struct ApprovalOutcome
{
    bool approved = false; // false: the draft was not pending any more
    bool queued = false; // an email in the outbox, or a form's sending queued
    bool noMailbox = false; // an approved email waits for a mailbox (added in Settings)
    QString problem; // why an approved email is not in the outbox (do-not-contact...), or why it was refused
    // Not approved, and still pending: its subject or body holds template text ("{{first_name}}") that was
    // never filled in. It is never sent as it is; the rep edits it first.
    bool unresolved = false;
    QStringList unresolvedTags; // as written: "{{first_name}}"
};
// The names of the template tags ("{{first_name}}", "{{#title}}") still in a text, once each, in order.
QStringList unresolvedTemplateTags(const QString& text);
ApprovalOutcome approveDraft(const QSqlDatabase& db, qint64 draftId, const QString& actor, qint64 now);

} // namespace sc::models
