#pragma once

#include "../entities/Meeting.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace sc::models {

// Meetings as iCalendar events: booked by the rep (and then moved or cancelled, each change raising the
// sequence the next invitation carries), or proposed by a prospect's own invitation; the attendees'
// answers and the other times they propose (iTIP REPLY and COUNTER). Each change a prospect sees or
// makes is a line on their timeline, written in the same transaction.
class MeetingRepository
{
public:
    explicit MeetingRepository(QSqlDatabase db);

    // A new uid in the form "<32 hex digits>@sales-copilot".
    static QString newUid();

    // Stores the meeting and its attendees; an empty uid gets a new one (an invitation that came in keeps
    // its own). Returns the id. Throws ValidationError without a title, when it does not end after it
    // starts, or when the uid is already taken.
    qint64 create(const Meeting& meeting, const QString& actor, qint64 now);
    // New times, sequence + 1, and every attendee's answer back to NEEDS-ACTION (they answered the old
    // time). Returns the new sequence. Throws ValidationError when the meeting is gone or cancelled, or
    // the times are reversed.
    int move(qint64 id, qint64 startsAt, qint64 endsAt, const QString& actor, qint64 now);
    // Status cancelled, sequence + 1; returns the new sequence. Throws ValidationError when the meeting is
    // gone; cancelling a cancelled meeting changes nothing and returns its sequence.
    int cancel(qint64 id, const QString& actor, qint64 now);

    std::optional<Meeting> find(qint64 id) const;
    std::optional<Meeting> byUid(const QString& uid) const;
    // Meetings overlapping [from, to), cancelled ones included, by start time.
    QList<Meeting> list(qint64 from, qint64 to) const;

    // An attendee's answer (an iTIP REPLY); someone not yet on the meeting is added. False when no meeting
    // has this uid. Throws ValidationError for a PARTSTAT iCalendar does not define.
    bool setAttendeeStatus(const QString& uid, const QString& email, const QString& partstat, const QString& actor,
                           qint64 now);
    // A proposed new time (an iTIP COUNTER), pending. Returns its id; 0 when no meeting has this uid.
    qint64 addCounter(const QString& uid, const QString& attendee, qint64 proposedStart, qint64 proposedEnd,
                      const QString& comment, qint64 now);
    QList<MeetingCounter> counters(qint64 meetingId, bool pendingOnly = true) const;

private:
    std::optional<Meeting> one(const QString& where, const QVariant& key) const;
    QList<MeetingAttendee> attendees(qint64 meetingId) const;
    // The prospect a change is about: the meeting's, else the live prospect with this address.
    qint64 prospectFor(qint64 meetingProspect, const QString& email) const;

    QSqlDatabase m_db;
};

} // namespace sc::models
