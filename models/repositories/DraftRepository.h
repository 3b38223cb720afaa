#pragma once

#include "../entities/Draft.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace sc::models {

// The approval queue. Every decision is recorded in the audit log and the prospect's timeline in the
// same transaction as the status change.
class DraftRepository
{
public:
    explicit DraftRepository(QSqlDatabase db);

    // An email draft is written ending with the rep's sign-off (Signature): the signature from Settings,
    // else the display name of its mailbox (its own, else the first one).
    qint64 create(const Draft& draft, qint64 now);
    // Drafts are read with the mailbox they go from; an email's body that still ends with a bare
    // closing ("Best regards,": written before there was a signature or a mailbox) is signed as read.
    QList<Draft> pending(int limit = 500) const;
    int pendingCount() const;
    std::optional<Draft> find(qint64 id) const;

    // The sequence step a draft stands for. Drafts are not linked to an enrollment yet (no column in
    // the schema): this is the next step of the prospect's active enrollment when that step is an email
    // of the draft's kind (a first email for a first step, a follow-up for a later one).
    struct SequenceStep
    {
        QString sequenceName;
        int number = 0; // from 1
        int count = 0;
        qint64 dueAt = 0; // the enrollment's next action; 0: not scheduled
    };
    std::optional<SequenceStep> sequenceStep(qint64 draftId) const;

    // Each returns false when the draft was no longer pending (decided elsewhere meanwhile).
    bool approve(qint64 id, const QString& actor, qint64 now);
    bool reject(qint64 id, const QString& actor, const QString& reason, qint64 now);
    // An edit of an AI-written draft is also kept as an example of the rep's writing (examples()).
    bool edit(qint64 id, const QString& subject, const QString& body, const QString& actor, qint64 now);
    // A pending draft written again (regenerate with an instruction): its text and what it was made from
    // are replaced; tokens and cost add up, since both calls were paid for.
    bool regenerate(qint64 id, const Draft& fresh, const QString& actor, qint64 now);

    // The rep's edits of AI drafts of a template (or, with no template, of a kind), newest first.
    struct Example
    {
        QString subjectBefore;
        QString bodyBefore;
        QString subjectAfter;
        QString bodyAfter;
    };
    QList<Example> examples(const QString& templateName, const QString& kind, const QString& language, int limit) const;
    // Whether a draft of this kind for the prospect waits in Approvals.
    bool hasPending(qint64 prospectId, const QString& kind) const;
    // Whether a draft (pending or decided) already answers this inbound message.
    bool hasDraftReplyingTo(qint64 messageId) const;

private:
    bool decide(qint64 id, const QString& status, const QString& actor, const QString& reason, qint64 now);
    QSqlDatabase m_db;
};

} // namespace sc::models
