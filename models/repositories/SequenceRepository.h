#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// Sequences prospects are enrolled in (the Decision agent runs their steps). Enrolling checks the
// do-not-contact list first: nothing that leads to contact starts for a suppressed address.
class SequenceRepository
{
public:
    explicit SequenceRepository(QSqlDatabase db);

    // The active sequences, by name: (id, name).
    QList<QPair<qint64, QString>> active() const;

    struct EnrollResult
    {
        int enrolled = 0;
        int alreadyEnrolled = 0;
        int suppressed = 0; // on the do-not-contact list (address or domain): never enrolled
        int withoutEmail = 0;
        int settled = 0; // won, lost or replied: skipped unless the rep insisted
    };
    // Enrolls prospects in a sequence; its first step is due after the step's delay. One timeline
    // activity per prospect enrolled and one audit row. A prospect who replied, or whose deal is won or
    // lost, is skipped (outreach to them would embarrass the rep) unless includeSettled. Throws
    // StoreError when the sequence is gone or paused.
    EnrollResult enroll(const QList<qint64>& ids, qint64 sequenceId, const QString& actor, qint64 now,
                        bool includeSettled = false);
    // How many of these prospects replied or have a won or lost deal: asked before enrolling them.
    int countSettled(const QList<qint64>& ids) const;

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
