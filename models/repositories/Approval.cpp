#include "Approval.h"

#include "DraftRepository.h"
#include "FormSubmissionRepository.h"
#include "JobRepository.h"
#include "MailAccountRepository.h"
#include "OutboxRepository.h"

namespace sc::models {

ApprovalOutcome approveDraft(const QSqlDatabase& db, qint64 draftId, const QString& actor, qint64 now)
{
    ApprovalOutcome outcome;
    DraftRepository drafts(db);
    const std::optional<Draft> draft = drafts.find(draftId);
    if (!draft) {
        return outcome;
    }
    if (draft->channel == QLatin1String("form")) {
        // The Form Filler sends it at the site's pace; a CAPTCHA comes back to the rep.
        outcome.approved = FormSubmissionRepository(db).approveDraft(draftId, actor, now);
        outcome.queued = outcome.approved;
        return outcome;
    }
    outcome.approved = drafts.approve(draftId, actor, now);
    if (!outcome.approved) {
        return outcome;
    }
    OutboxRepository outbox(db);
    if (const qint64 queued = outbox.enqueueDraft(draftId, now, &outcome.problem); queued > 0) {
        JobRepository(db).enqueue(OutboxRepository::sendJob(outbox.find(queued)->accountId), now);
        outcome.queued = true;
    } else {
        outcome.noMailbox = MailAccountRepository(db).list().isEmpty();
    }
    return outcome;
}

} // namespace sc::models
