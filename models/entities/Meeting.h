#pragma once

#include <QList>
#include <QString>

namespace sc::models {

// Someone invited to a meeting and what they answered, in iCalendar's words (PARTSTAT: NEEDS-ACTION,
// ACCEPTED, DECLINED, TENTATIVE, DELEGATED; ROLE: REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR).
struct MeetingAttendee
{
    QString email;
    QString name;
    QString partstat = QStringLiteral("NEEDS-ACTION");
    QString role = QStringLiteral("REQ-PARTICIPANT");
};

// A meeting with a prospect, as the iCalendar event its invitations carry: a stable uid, a sequence
// raised on every change the organizer makes, times in UTC milliseconds shown in `timezone` (IANA).
struct Meeting
{
    qint64 id = 0;
    qint64 prospectId = 0; // 0: nobody in the workspace
    QString uid;
    int sequence = 0;
    QString status = QStringLiteral("confirmed"); // tentative, confirmed, cancelled, proposed (they invited us)
    QString title;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString timezone; // e.g. Europe/Paris; empty: UTC
    QString location; // a place or the video link the rep pasted
    QString notes; // the invitation's description
    QString organizer; // the organizer's address (the rep's mailbox, or the prospect's for a proposed one)
    qint64 accountId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<MeetingAttendee> attendees;
};

// Another time an attendee proposed (an iTIP COUNTER), waiting for the rep.
struct MeetingCounter
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString attendee;
    qint64 proposedStart = 0;
    qint64 proposedEnd = 0;
    QString comment;
    qint64 receivedAt = 0;
    QString state = QStringLiteral("pending"); // pending, accepted, declined
};

} // namespace sc::models
