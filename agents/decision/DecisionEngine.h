#pragma once

#include "models/entities/SequenceDefinition.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace sc::agents::decision {

// Turns sequences into sends, forms and tasks. One run plans every step due up to `until` as an event
// simulation in time order: a step becomes due at enrollment or when the business days of the wait before
// it have passed in the prospect's calendar (ProspectZone, BusinessCalendar), runs at the first moment
// inside their business hours, and an email takes the first slot its mailbox's caps allow (SendSlots: per
// day in any 24 hours, spacing, the ramp of a new mailbox) that is still inside those hours. Each step is
// taken in one transaction with what it leaves behind (an outbox row due at its slot, a draft in
// Approvals, a task, a form job), under the unique key of its enrollment and step: never twice. Queued
// sequence emails whose time passed unsent (the laptop slept) are planned again, forward, in the same
// way. Nobody on the do-not-contact list gets anything: their enrollments stop.
class DecisionEngine
{
public:
    struct Options
    {
        qint64 now = 0;
        qint64 until = 0;
        bool dryRun = false; // plan and say, change nothing
        std::function<bool()> canceled;
    };
    struct Planned
    {
        qint64 enrollmentId = 0;
        qint64 prospectId = 0;
        qint64 sequenceId = 0;
        int step = 0; // index in the file's steps, waits counted
        QString channel; // email, form, task
        QString variant; // the A/B variant; empty: none
        qint64 at = 0; // ms UTC
        QString outcome; // queued, approval (a draft waits for the rep), task, form, ai (a draft job), replanned
    };
    struct Result
    {
        QList<Planned> planned;
        int stopped = 0; // do-not-contact found at run time
        int waiting = 0; // due, but no slot inside business hours and caps before `until`
        QStringList problems; // a template that does not exist, a sequence file that no longer reads...
    };

    explicit DecisionEngine(QSqlDatabase db);
    Result run(const Options& options);

    // Waits (business days) right before step `step`.
    static int waitBefore(const models::SequenceDefinition& definition, int step);

private:
    QSqlDatabase m_db;
};

} // namespace sc::agents::decision
