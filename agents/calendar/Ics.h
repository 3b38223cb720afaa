#pragma once

#include "models/entities/Meeting.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sc::agents::calendar {

// A name and an address: the organizer or an attendee of an invitation.
struct Mailbox
{
    QString email;
    QString name;
};

// What one iTIP message (RFC 5546) says about one event: its method, the event's identity and version,
// its times (UTC, with the zone they were written in) and who answered what.
struct Itip
{
    QString method; // REQUEST, REPLY, CANCEL, COUNTER, ... (upper case)
    QString uid;
    int sequence = 0;
    QDateTime start; // UTC
    QDateTime end; // UTC
    QString tzid; // DTSTART's TZID as written; empty for UTC or floating times
    QString summary;
    QString location;
    QString description;
    QString status; // the event's STATUS (CONFIRMED, CANCELLED, ...), upper case; may be empty
    Mailbox organizer;
    QList<models::MeetingAttendee> attendees; // partstat and role upper case, as on the wire
    QString comment;
};

// iCalendar invitations written and read with libical: REQUEST (a new or changed meeting), CANCEL, and
// the REPLY the rep sends to a prospect's own invitation; parse() reads any iTIP message that comes in.
// Times go out in the meeting's zone with its VTIMEZONE, so a meeting keeps its local time across DST.
namespace Ics {

QByteArray request(const models::Meeting& meeting, const Mailbox& organizer,
                   const QList<models::MeetingAttendee>& attendees);
QByteArray cancel(const models::Meeting& meeting, const Mailbox& organizer,
                  const QList<models::MeetingAttendee>& attendees);
// The rep's answer (ACCEPTED, DECLINED, TENTATIVE) to a meeting they were invited to: the organizer is
// meeting.organizer, the attendee's name comes from meeting.attendees when it is there.
QByteArray reply(const models::Meeting& meeting, const QString& attendeeEmail, const QString& partstat);

// nullopt for anything that is not one iTIP event with a method, a uid and a start.
std::optional<Itip> parse(const QByteArray& ics);

} // namespace Ics

} // namespace sc::agents::calendar
