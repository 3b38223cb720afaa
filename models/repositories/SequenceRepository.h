#pragma once

#include "../entities/SequenceDefinition.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace sc::models {

// Sequences and who is enrolled in them (the Decision engine runs their steps: EnrollmentRepository).
// Enrolling checks the do-not-contact list first: nothing that leads to contact starts for a suppressed
// address.
class SequenceRepository
{
public:
    explicit SequenceRepository(QSqlDatabase db);

    // The active sequences, by name: (id, name).
    QList<QPair<qint64, QString>> active() const;

    struct Summary
    {
        qint64 id = 0;
        QString name;
        bool active = true; // false: the rep paused the whole sequence
        int steps = 0;
        int enrolled = 0;
        int running = 0; // enrollments still walking their steps
        int paused = 0;
        int finished = 0; // every step done
        int replied = 0;
        int bounced = 0;
        int stopped = 0; // every stop, replies and bounces included
    };
    // Every sequence with its live counts, by name.
    QList<Summary> list() const;

    struct Stored
    {
        qint64 id = 0;
        bool active = true;
        SequenceDefinition definition;
    };
    // By name (case-insensitive) or id; a sequence made before sequence files gets its steps from the
    // old step table (a wait before each step that had a delay).
    std::optional<Stored> find(const QString& name) const;
    std::optional<Stored> find(qint64 id) const;
    // Throws ValidationError when the name is taken (another sequence's, for update).
    qint64 create(const SequenceDefinition& definition, const QString& actor, qint64 now);
    void update(qint64 id, const SequenceDefinition& definition, const QString& actor, qint64 now);
    // Sends an A/B step's winner to the rest: every other version of the step (its index in the file's
    // steps, waits counted) goes to weight 0 and the winner keeps its weight, so that whoever reaches the
    // step from now on gets `variant`; who got the step already keeps what they got. An enrollment still
    // before the step that holds another version from an earlier A/B step forgets it (the Decision engine
    // keeps one version per enrollment, and would give it that one). One audit row. False when the step
    // already sent `variant` alone. Throws ValidationError when the sequence, the step or the version is
    // unknown (the caller checks the test declared that version the winner: AbTest::verdict).
    bool sendWinnerToRest(qint64 sequenceId, int step, const QString& variant, const QString& actor, qint64 now);
    // Pauses or resumes the whole sequence; false when it already was so. Queued emails of a paused
    // sequence wait in the outbox's queue no more: they are cancelled and sent again on resume.
    bool setActive(qint64 id, bool active, const QString& actor, qint64 now);
    // Pauses or resumes one prospect's enrollment; false when there is none that could change.
    bool setProspectPaused(qint64 sequenceId, qint64 prospectId, bool paused, const QString& actor, qint64 now);

    struct EnrollResult
    {
        int enrolled = 0;
        int alreadyEnrolled = 0;
        int suppressed = 0; // on the do-not-contact list (address or domain): never enrolled
        int withoutEmail = 0;
        int settled = 0; // won, lost or replied: skipped unless the rep insisted
    };
    // Enrolls prospects in a sequence; its first step is due at once (the Decision engine runs it at the
    // first moment inside the prospect's business hours). One timeline activity per prospect enrolled and
    // one audit row. A prospect who replied, or whose deal is won or lost, is skipped (outreach to them
    // would embarrass the rep) unless includeSettled. Throws StoreError when the sequence is gone or paused.
    EnrollResult enroll(const QList<qint64>& ids, qint64 sequenceId, const QString& actor, qint64 now,
                        bool includeSettled = false);
    // How many of these prospects replied or have a won or lost deal: asked before enrolling them.
    int countSettled(const QList<qint64>& ids) const;

    // A prospect's enrollments, for the detail panel: newest first.
    struct ProspectEnrollment
    {
        qint64 enrollmentId = 0;
        qint64 sequenceId = 0;
        QString sequence;
        QString status; // active, paused, completed, stopped
        int step = 0; // the step they are on (index in the file's steps)
        int steps = 0;
        QString stepChannel; // of that step
        QString stopReason; // reply, bounce, unsubscribe, complaint, meeting, won, lost, do_not_contact, rep
        QString stopDetail;
        qint64 nextActionAt = 0;
        qint64 resumeAt = 0;
        qint64 stoppedAt = 0;
    };
    QList<ProspectEnrollment> forProspect(qint64 prospectId) const;

    // Who is enrolled in a sequence, for the Sequences view: running first, then paused, finished and
    // stopped, each by name; at most `limit` rows.
    struct Enrolled
    {
        qint64 prospectId = 0;
        QString name;
        QString company;
        QString email;
        QString status; // active, paused, completed, stopped
        int step = 0;
        QString variant;
        QString stopReason;
        qint64 nextActionAt = 0;
        qint64 resumeAt = 0; // an out-of-office pause ends then; 0: paused by the rep
        qint64 stoppedAt = 0;
    };
    QList<Enrolled> enrolled(qint64 sequenceId, int limit = 5000) const;

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
