#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// Enrollments as the Decision engine walks them: what is due, the step runs it takes (one per enrollment
// and step, ever: the unique key of sequence_step_runs, taken in the caller's transaction with what the
// step leaves behind), and the stops. None of these open a transaction: the engine runs a step in one,
// MailboxRepository stores a reply and stops its sequences in one.
class EnrollmentRepository
{
public:
    explicit EnrollmentRepository(QSqlDatabase db);

    struct Due
    {
        qint64 id = 0;
        qint64 sequenceId = 0;
        qint64 prospectId = 0;
        int step = 0; // the next step that is not a wait
        QString variant; // empty until the first email step picks one
        qint64 nextActionAt = 0; // a lower bound of when the step is due (exact after the engine's first look)
        qint64 lastStepAt = 0; // 0: none; the wait before `step` counts from here
        QString email;
        QString timezone;
        QString country;
        QString language;
    };
    // Active enrollments of active sequences whose next step may be due by `until`, by next_action_at.
    QList<Due> due(qint64 until) const;
    // Out-of-office pauses whose return comes by `until` end: the enrollment walks on from its return.
    int resumeReturned(qint64 until, qint64 now);

    struct StepRun
    {
        qint64 enrollmentId = 0;
        int step = 0;
        QString channel; // email, form, task
        QString variant;
        qint64 at = 0;
        qint64 accountId = 0;
    };
    // False when this step already ran for this enrollment (the unique key).
    bool takeStep(const StepRun& run, qint64 now);
    void linkStep(qint64 enrollmentId, int step, qint64 outboxId, qint64 draftId, qint64 taskId, qint64 jobId);
    // The step ran at `ranAt`: the enrollment goes on to `nextStep`, due no earlier than `nextNotBefore`
    // (-1: every step is done, the enrollment is completed).
    void advance(qint64 enrollmentId, int nextStep, qint64 nextNotBefore, qint64 ranAt, qint64 now);
    void setVariant(qint64 enrollmentId, const QString& variant);
    // The Message-ID of the last email this enrollment queued or sent: a follow-up answers it (one thread).
    QString lastMessageId(qint64 enrollmentId) const;
    void setNextActionAt(qint64 enrollmentId, qint64 at);
    // A task for the rep from a sequence (a call, a LinkedIn visit: never automated), on the timeline.
    qint64 addTask(qint64 prospectId, const QString& kind, const QString& title, qint64 dueAt, qint64 sequenceId,
                   qint64 now);

    // Stops the prospect's running and paused enrollments (one sequence, or all when sequenceId is 0) and
    // takes their queued emails out of the outbox. reason: reply, bounce, unsubscribe, complaint, meeting,
    // won, lost, do_not_contact, rep. Returns how many stopped.
    int stopProspect(qint64 prospectId, const QString& reason, const QString& detail, const QString& actor, qint64 now,
                     qint64 sequenceId = 0);
    // What an inbound message means for the sender's sequences: an auto-reply pauses them until its return
    // date (14 days when it names none), anything else a human wrote stops them (and a bounce, an
    // unsubscribe, a complaint); a reply moves an early stage to Replied. A sequence that says so stops the
    // whole company's enrollments on a colleague's reply.
    void onInbound(qint64 prospectId, const QString& category, const QDate& returnDate, const QString& actor,
                   qint64 now);
    // The rep or the app moved the prospect to a stage: won, lost, do-not-contact, unsubscribed and meeting
    // booked end outreach.
    void onStage(qint64 prospectId, const QString& stage, const QString& actor, qint64 now);
    // Asked by the outbox just before a message leaves: false when the message belongs to a sequence step
    // whose enrollment or sequence is no longer running.
    bool outboxStillWanted(qint64 outboxId) const;

    // Sequence emails still queued whose time passed before `before` (the laptop slept): re-planned forward.
    struct Overdue
    {
        qint64 outboxId = 0;
        qint64 enrollmentId = 0;
        qint64 sequenceId = 0;
        qint64 prospectId = 0;
        qint64 accountId = 0;
        int step = 0;
        qint64 at = 0;
        QString timezone;
        QString country;
    };
    QList<Overdue> overdue(qint64 before) const;
    void replan(qint64 outboxId, qint64 at);
    // Send times an account already has: sent since `from`, and queued (any origin) except sequence emails
    // overdue before `overdueBefore` (they are planned again).
    QList<qint64> sendTimes(qint64 accountId, qint64 from, qint64 overdueBefore) const;
    qint64 firstSentAt(qint64 accountId) const; // 0: never sent

    // Per step and variant of a sequence: sends and what came of them, for the A/B verdict and the view.
    struct VariantResult
    {
        int step = 0;
        QString variant;
        int sent = 0;
        int replied = 0; // stopped by a human reply
        int positive = 0; // interested, meeting_time, question
        int meetings = 0;
        int bounced = 0;
    };
    QList<VariantResult> results(qint64 sequenceId) const;

    static constexpr qint64 DefaultOutOfOfficeMs = 14LL * 24 * 3600 * 1000;

private:
    int cancelQueuedOf(qint64 prospectId, qint64 sequenceId);

    QSqlDatabase m_db;
};

} // namespace sc::models
