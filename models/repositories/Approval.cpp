#include "Approval.h"

#include "DraftRepository.h"
#include "FormSubmissionRepository.h"
#include "JobRepository.h"
#include "MailAccountRepository.h"
#include "OutboxRepository.h"

#include <QRegularExpression>

namespace sc::models {

QStringList unresolvedTemplateTags(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral(R"(\{\{\{?\s*[#^/&!>]?\s*([^{}\s]*)\s*\}?\}\})"));
    QStringList names;
    for (const QRegularExpressionMatch& m : tag.globalMatch(text)) {
        const QString name = m.captured(1).isEmpty() ? m.captured(0) : m.captured(1);
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    // "{{" without a closing pair is still template text, never a greeting.
    if (names.isEmpty() && text.contains(QLatin1String("{{"))) {
        names.append(QStringLiteral("{{"));
    }
    return names;
}

ApprovalOutcome approveDraft(const QSqlDatabase& db, qint64 draftId, const QString& actor, qint64 now)
{
    ApprovalOutcome outcome;
    DraftRepository drafts(db);
    const std::optional<Draft> draft = drafts.find(draftId);
    if (!draft) {
        return outcome;
    }
    // Whatever the channel: a prospect never receives "Hi {{first_name}},".
    QStringList tags = unresolvedTemplateTags(draft->subject);
    for (const QString& name : unresolvedTemplateTags(draft->body)) {
        if (!tags.contains(name)) {
            tags.append(name);
        }
    }
    if (!tags.isEmpty() && draft->status == Draft::Status::Pending) {
        outcome.unresolved = true;
        for (const QString& name : std::as_const(tags)) {
            outcome.unresolvedTags.append(name.startsWith(QLatin1String("{{")) ? name
                                                                               : QStringLiteral("{{%1}}").arg(name));
        }
        outcome.problem = QStringLiteral("Not approved: the draft still holds template variables with no value (%1). "
                                         "Edit them into words, then approve.")
                              .arg(outcome.unresolvedTags.join(QStringLiteral(", ")));
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
