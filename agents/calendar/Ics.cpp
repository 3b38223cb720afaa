#include "Ics.h"

#include "models/Clock.h"

#include <QTimeZone>
#include <libical/ical.h>
#include <memory>

namespace sc::agents::calendar {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// A string libical allocated for the caller (the *_r functions).
struct BufferFree
{
    void operator()(char* s) const { icalmemory_free_buffer(s); }
};
using Buffer = std::unique_ptr<char, BufferFree>;

constexpr qsizetype MaxInput = 1024 * 1024; // an invitation is a few kilobytes; more is not one
// An invitation holds a handful of components (an event, its alarms, a zone and its rules). libical
// nests without a limit and frees and prints recursively, so a deep pile is refused before parsing.
constexpr qsizetype MaxComponents = 200;

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QByteArray mailto(const QString& email)
{
    return "mailto:" + email.trimmed().toUtf8();
}

QString address(const char* value)
{
    QString s = text(value).trimmed();
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        s = s.mid(7);
    }
    return s.trimmed().toLower();
}

QString parameter(icalproperty* p, const char* name)
{
    const Buffer value(icalproperty_get_parameter_as_string_r(p, name));
    return text(value.get());
}

void addParameter(icalproperty* p, icalparameter_kind kind, const QString& value)
{
    if (!value.isEmpty()) {
        icalproperty_add_parameter(p, icalparameter_new_from_value_string(kind, utf8(value).constData()));
    }
}

icalproperty* mailboxProperty(icalproperty* p, const QString& name)
{
    if (!name.isEmpty()) {
        icalproperty_add_parameter(p, icalparameter_new_cn(utf8(name).constData()));
    }
    return p;
}

icaltimezone* utcZone()
{
    return icaltimezone_get_utc_timezone();
}

// The zone a meeting is shown in; UTC when it names none or one libical does not know.
icaltimezone* zoneOf(const models::Meeting& meeting)
{
    if (meeting.timezone.isEmpty()) {
        return utcZone();
    }
    icaltimezone* zone = icaltimezone_get_builtin_timezone(utf8(meeting.timezone).constData());
    return zone ? zone : utcZone();
}

icaltimetype timeIn(qint64 ms, icaltimezone* zone)
{
    const icaltimetype t = icaltime_from_timet_with_zone(static_cast<time_t>(ms / 1000), 0, utcZone());
    return zone == utcZone() ? t : icaltime_convert_to_zone(t, zone);
}

// DTSTART or DTEND written as local time with its TZID (the IANA name, as Google and Apple write it).
icalproperty* timeProperty(icalproperty* p, icaltimezone* zone, const QString& tzid)
{
    if (zone != utcZone()) {
        icalproperty_add_parameter(p, icalparameter_new_tzid(utf8(tzid).constData()));
    }
    return p;
}

// libical's own VTIMEZONE for the zone, cut to the rules from the meeting on and named by its IANA id
// (libical's built-in ids carry a prefix no other client uses).
icalcomponent* vtimezone(icaltimezone* zone, const QString& tzid, qint64 fromMs)
{
    icalcomponent* vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
    icaltimezone_truncate_vtimezone(vtz, timeIn(fromMs, utcZone()), icaltime_null_time(), 1);
    if (icalproperty* id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY)) {
        icalproperty_set_tzid(id, utf8(tzid).constData());
    }
    return vtz;
}

Component calendarFor(icalproperty_method method)
{
    Component cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Sales Copilot//Calendar//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(method));
    return cal;
}

// The VEVENT every method shares: identity, version, times, what and where.
icalcomponent* eventFor(icalcomponent* cal, const models::Meeting& meeting, const Mailbox& organizer)
{
    icaltimezone* zone = zoneOf(meeting);
    const QString tzid = zone == utcZone() ? QString() : meeting.timezone;
    if (zone != utcZone()) {
        icalcomponent_add_component(cal, vtimezone(zone, tzid, meeting.startsAt));
    }
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(meeting.uid).constData()));
    icalcomponent_add_property(event, icalproperty_new_sequence(meeting.sequence));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(timeIn(Clock::instance().nowMs(), utcZone())));
    icalcomponent_add_property(event,
                               timeProperty(icalproperty_new_dtstart(timeIn(meeting.startsAt, zone)), zone, tzid));
    icalcomponent_add_property(event, timeProperty(icalproperty_new_dtend(timeIn(meeting.endsAt, zone)), zone, tzid));
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(meeting.title).constData()));
    if (!meeting.location.isEmpty()) {
        icalcomponent_add_property(event, icalproperty_new_location(utf8(meeting.location).constData()));
    }
    if (!meeting.notes.isEmpty()) {
        icalcomponent_add_property(event, icalproperty_new_description(utf8(meeting.notes).constData()));
    }
    if (!organizer.email.isEmpty()) {
        icalcomponent_add_property(
            event, mailboxProperty(icalproperty_new_organizer(mailto(organizer.email).constData()), organizer.name));
    }
    icalcomponent_add_component(cal, event);
    return event;
}

void addAttendees(icalcomponent* event, const QList<models::MeetingAttendee>& attendees)
{
    for (const models::MeetingAttendee& a : attendees) {
        icalproperty* p = mailboxProperty(icalproperty_new_attendee(mailto(a.email).constData()), a.name);
        addParameter(p, ICAL_CUTYPE_PARAMETER, QStringLiteral("INDIVIDUAL"));
        addParameter(p, ICAL_ROLE_PARAMETER, a.role.isEmpty() ? QStringLiteral("REQ-PARTICIPANT") : a.role);
        addParameter(p, ICAL_PARTSTAT_PARAMETER, a.partstat.isEmpty() ? QStringLiteral("NEEDS-ACTION") : a.partstat);
        icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
        icalcomponent_add_property(event, p);
    }
}

QByteArray serialize(const Component& cal)
{
    const Buffer s(icalcomponent_as_ical_string_r(cal.get()));
    return s ? QByteArray(s.get()) : QByteArray();
}

// A DTSTART or DTEND as UTC: through the zone the message defines, else libical's or Qt's own (Outlook
// names Windows zones), else as UTC.
QDateTime utcOf(icalcomponent* cal, icalproperty* p, QString* tzidOut)
{
    const icaltimetype t = icalproperty_get_datetime_with_component(p, nullptr);
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t)) {
        return {};
    }
    const QString tzid = parameter(p, "TZID");
    if (tzidOut) {
        *tzidOut = tzid;
    }
    if (t.is_date) {
        return QDateTime(QDate(t.year, t.month, t.day), QTime(0, 0), Qt::UTC);
    }
    if (icaltime_is_utc(t) || tzid.isEmpty()) {
        return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt::UTC);
    }
    const QByteArray id = utf8(tzid);
    icaltimezone* zone = icalcomponent_get_timezone(cal, id.constData());
    if (!zone) {
        zone = icaltimezone_get_builtin_timezone(id.constData());
    }
    if (zone) {
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, zone), Qt::UTC);
    }
    QTimeZone qzone(id);
    if (!qzone.isValid()) {
        qzone = QTimeZone(QTimeZone::windowsIdToDefaultIanaId(id));
    }
    const QDateTime local(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second),
                          qzone.isValid() ? qzone : QTimeZone::utc());
    return local.toUTC();
}

} // namespace

QByteArray Ics::request(const models::Meeting& meeting, const Mailbox& organizer,
                        const QList<models::MeetingAttendee>& attendees)
{
    Component cal = calendarFor(ICAL_METHOD_REQUEST);
    icalcomponent* event = eventFor(cal.get(), meeting, organizer);
    icalcomponent_set_status(
        event, meeting.status == QLatin1String("tentative") ? ICAL_STATUS_TENTATIVE : ICAL_STATUS_CONFIRMED);
    addAttendees(event, attendees);
    return serialize(cal);
}

QByteArray Ics::cancel(const models::Meeting& meeting, const Mailbox& organizer,
                       const QList<models::MeetingAttendee>& attendees)
{
    Component cal = calendarFor(ICAL_METHOD_CANCEL);
    icalcomponent* event = eventFor(cal.get(), meeting, organizer);
    icalcomponent_set_status(event, ICAL_STATUS_CANCELLED);
    addAttendees(event, attendees);
    return serialize(cal);
}

QByteArray Ics::reply(const models::Meeting& meeting, const QString& attendeeEmail, const QString& partstat)
{
    Component cal = calendarFor(ICAL_METHOD_REPLY);
    icalcomponent* event = eventFor(cal.get(), meeting, {meeting.organizer, QString()});
    models::MeetingAttendee me {attendeeEmail.trimmed().toLower(), QString(), partstat.trimmed().toUpper()};
    for (const models::MeetingAttendee& a : meeting.attendees) {
        if (a.email.compare(me.email, Qt::CaseInsensitive) == 0) {
            me.name = a.name;
            me.role = a.role;
        }
    }
    icalproperty* p = mailboxProperty(icalproperty_new_attendee(mailto(me.email).constData()), me.name);
    addParameter(p, ICAL_PARTSTAT_PARAMETER, me.partstat);
    icalcomponent_add_property(event, p);
    return serialize(cal);
}

std::optional<Itip> Ics::parse(const QByteArray& ics)
{
    if (ics.isEmpty() || ics.size() > MaxInput || ics.contains('\0') || ics.count("BEGIN:") > MaxComponents) {
        return std::nullopt;
    }
    const Component cal(icalparser_parse_string(ics.constData()));
    if (!cal || icalcomponent_isa(cal.get()) != ICAL_VCALENDAR_COMPONENT) {
        return std::nullopt;
    }
    const icalproperty_method method = icalcomponent_get_method(cal.get());
    icalcomponent* event = icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT);
    if (method == ICAL_METHOD_NONE || method == ICAL_METHOD_X || !event) {
        return std::nullopt;
    }
    Itip itip;
    itip.method = text(icalproperty_method_to_string(method)).toUpper();
    itip.uid = text(icalcomponent_get_uid(event)).trimmed();
    icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (itip.uid.isEmpty() || !dtstart) {
        return std::nullopt;
    }
    itip.start = utcOf(cal.get(), dtstart, &itip.tzid);
    if (!itip.start.isValid()) {
        return std::nullopt;
    }
    if (icalproperty* dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        itip.end = utcOf(cal.get(), dtend, nullptr);
    } else if (icalproperty* duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        itip.end = itip.start.addSecs(icaldurationtype_as_int(icalproperty_get_duration(duration)));
    }
    if (!itip.end.isValid() || itip.end < itip.start) {
        itip.end = itip.start;
    }
    itip.sequence = qMax(0, icalcomponent_get_sequence(event));
    itip.summary = text(icalcomponent_get_summary(event));
    itip.location = text(icalcomponent_get_location(event));
    itip.description = text(icalcomponent_get_description(event));
    if (icalproperty* comment = icalcomponent_get_first_property(event, ICAL_COMMENT_PROPERTY)) {
        itip.comment = text(icalproperty_get_comment(comment)).trimmed();
    }
    const icalproperty_status status = icalcomponent_get_status(event);
    if (status != ICAL_STATUS_NONE && status != ICAL_STATUS_X) {
        itip.status = text(icalproperty_status_to_string(status)).toUpper();
    }
    if (icalproperty* organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY)) {
        itip.organizer = {address(icalproperty_get_organizer(organizer)), parameter(organizer, "CN")};
    }
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
        models::MeetingAttendee a;
        a.email = address(icalproperty_get_attendee(p));
        if (a.email.isEmpty()) {
            continue;
        }
        a.name = parameter(p, "CN");
        const QString partstat = parameter(p, "PARTSTAT").toUpper();
        const QString role = parameter(p, "ROLE").toUpper();
        if (!partstat.isEmpty()) {
            a.partstat = partstat;
        }
        if (!role.isEmpty()) {
            a.role = role;
        }
        itip.attendees.append(a);
    }
    return itip;
}

} // namespace sc::agents::calendar
