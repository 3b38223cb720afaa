#include "MeetingRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

#include <QHash>
#include <QRandomGenerator>

namespace sc::models {

namespace {

const char* const MeetingColumns = "id, coalesce(prospect_id, 0), coalesce(uid, ''), sequence, status, title, "
                                   "starts_at, ends_at, coalesce(timezone, ''), coalesce(location, ''), "
                                   "coalesce(notes, ''), coalesce(organizer, ''), coalesce(account_id, 0), "
                                   "created_at, coalesce(updated_at, created_at)";

Meeting meetingAt(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.prospectId = q.value(1).toLongLong();
    m.uid = q.value(2).toString();
    m.sequence = q.value(3).toInt();
    m.status = q.value(4).toString();
    m.title = q.value(5).toString();
    m.startsAt = q.value(6).toLongLong();
    m.endsAt = q.value(7).toLongLong();
    m.timezone = q.value(8).toString();
    m.location = q.value(9).toString();
    m.notes = q.value(10).toString();
    m.organizer = q.value(11).toString();
    m.accountId = q.value(12).toLongLong();
    m.createdAt = q.value(13).toLongLong();
    m.updatedAt = q.value(14).toLongLong();
    return m;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

bool knownPartstat(const QString& partstat)
{
    static const QStringList known {QStringLiteral("NEEDS-ACTION"), QStringLiteral("ACCEPTED"),
                                    QStringLiteral("DECLINED"), QStringLiteral("TENTATIVE"),
                                    QStringLiteral("DELEGATED")};
    return known.contains(partstat);
}

} // namespace

MeetingRepository::MeetingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString MeetingRepository::newUid()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString hex;
    for (const quint32 w : words) {
        hex += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    }
    return hex + QStringLiteral("@sales-copilot");
}

qint64 MeetingRepository::create(const Meeting& meeting, const QString& actor, qint64 now)
{
    const QString title = meeting.title.trimmed();
    if (title.isEmpty()) {
        throw ValidationError(QStringLiteral("Give the meeting a title."));
    }
    if (meeting.endsAt <= meeting.startsAt) {
        throw ValidationError(QStringLiteral("A meeting must end after it starts."));
    }
    const QString uid = meeting.uid.isEmpty() ? newUid() : meeting.uid;
    Transaction transaction(m_db);
    if (Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM meetings WHERE uid = :u"), {{":u", uid}}).isValid()) {
        throw ValidationError(QStringLiteral("This meeting is already in the calendar."));
    }
    const qint64 id = Sql::run(m_db,
                               QStringLiteral("INSERT INTO meetings (prospect_id, title, starts_at, ends_at, location, "
                                              "notes, created_at, uid, sequence, status, timezone, organizer, "
                                              "account_id, updated_at) VALUES (:p, :title, :s, :e, :loc, :notes, "
                                              ":now, :uid, :seq, :status, :tz, :org, :acc, :now)"),
                               {{":p", idOrNull(meeting.prospectId)},
                                {":title", title},
                                {":s", meeting.startsAt},
                                {":e", meeting.endsAt},
                                {":loc", Sql::orNull(meeting.location)},
                                {":notes", Sql::orNull(meeting.notes)},
                                {":now", now},
                                {":uid", uid},
                                {":seq", meeting.sequence},
                                {":status", meeting.status},
                                {":tz", Sql::orNull(meeting.timezone)},
                                {":org", Sql::orNull(meeting.organizer)},
                                {":acc", idOrNull(meeting.accountId)}})
                          .lastInsertId()
                          .toLongLong();
    for (const MeetingAttendee& a : meeting.attendees) {
        Sql::run(m_db,
                 QStringLiteral("INSERT INTO meeting_attendees (meeting_id, email, name, partstat, role, updated_at) "
                                "VALUES (:m, :e, :n, :ps, :r, :t) ON CONFLICT (meeting_id, email) DO NOTHING"),
                 {{":m", id},
                  {":e", a.email.trimmed().toLower()},
                  {":n", Sql::orNull(a.name)},
                  {":ps", a.partstat},
                  {":r", a.role},
                  {":t", now}});
    }
    AuditLog log(m_db);
    const QString guest = meeting.attendees.isEmpty() ? QString() : meeting.attendees.first().email;
    const qint64 prospect = prospectFor(meeting.prospectId, guest);
    if (prospect > 0) {
        const bool proposed = meeting.status == QLatin1String("proposed");
        log.addActivity(
            prospect, proposed ? QStringLiteral("meeting.invited") : QStringLiteral("meeting.booked"),
            (proposed ? QStringLiteral("Invited you to: %1") : QStringLiteral("Meeting booked: %1")).arg(title), actor,
            QStringLiteral("meetings"), id, now);
    }
    log.append(actor, QStringLiteral("meetings.create"), QStringLiteral("meetings"), id, meeting.status, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return id;
}

int MeetingRepository::move(qint64 id, qint64 startsAt, qint64 endsAt, const QString& actor, qint64 now)
{
    if (endsAt <= startsAt) {
        throw ValidationError(QStringLiteral("A meeting must end after it starts."));
    }
    Transaction transaction(m_db);
    const std::optional<Meeting> m = find(id);
    if (!m || m->status == QLatin1String("cancelled")) {
        throw ValidationError(QStringLiteral("This meeting no longer exists."));
    }
    Sql::run(m_db,
             QStringLiteral("UPDATE meetings SET starts_at = :s, ends_at = :e, sequence = sequence + 1, updated_at = "
                            ":t WHERE id = :id"),
             {{":s", startsAt}, {":e", endsAt}, {":t", now}, {":id", id}});
    Sql::run(m_db,
             QStringLiteral("UPDATE meeting_attendees SET partstat = 'NEEDS-ACTION', updated_at = :t WHERE meeting_id "
                            "= :id"),
             {{":t", now}, {":id", id}});
    AuditLog log(m_db);
    if (m->prospectId > 0) {
        log.addActivity(m->prospectId, QStringLiteral("meeting.moved"),
                        QStringLiteral("Meeting moved: %1").arg(m->title), actor, QStringLiteral("meetings"), id, now);
    }
    log.append(actor, QStringLiteral("meetings.move"), QStringLiteral("meetings"), id, QString(), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return m->sequence + 1;
}

int MeetingRepository::cancel(qint64 id, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    const std::optional<Meeting> m = find(id);
    if (!m) {
        throw ValidationError(QStringLiteral("This meeting no longer exists."));
    }
    if (m->status == QLatin1String("cancelled")) {
        return m->sequence;
    }
    Sql::run(m_db,
             QStringLiteral("UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, updated_at = :t WHERE "
                            "id = :id"),
             {{":t", now}, {":id", id}});
    AuditLog log(m_db);
    if (m->prospectId > 0) {
        log.addActivity(m->prospectId, QStringLiteral("meeting.cancelled"),
                        QStringLiteral("Meeting cancelled: %1").arg(m->title), actor, QStringLiteral("meetings"), id,
                        now);
    }
    log.append(actor, QStringLiteral("meetings.cancel"), QStringLiteral("meetings"), id, QString(), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return m->sequence + 1;
}

std::optional<Meeting> MeetingRepository::one(const QString& where, const QVariant& key) const
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT %1 FROM meetings WHERE %2 = :k").arg(QLatin1String(MeetingColumns), where),
        {{":k", key}});
    if (!q.next()) {
        return std::nullopt;
    }
    Meeting m = meetingAt(q);
    m.attendees = attendees(m.id);
    return m;
}

std::optional<Meeting> MeetingRepository::find(qint64 id) const
{
    return one(QStringLiteral("id"), id);
}

std::optional<Meeting> MeetingRepository::byUid(const QString& uid) const
{
    if (uid.isEmpty()) {
        return std::nullopt;
    }
    return one(QStringLiteral("uid"), uid);
}

QList<Meeting> MeetingRepository::list(qint64 from, qint64 to) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM meetings WHERE starts_at < :to AND ends_at > :from ORDER BY "
                                          "starts_at, id")
                               .arg(QLatin1String(MeetingColumns)),
                           {{":from", from}, {":to", to}});
    QList<Meeting> list;
    while (q.next()) {
        list.append(meetingAt(q));
    }
    for (Meeting& m : list) {
        m.attendees = attendees(m.id);
    }
    return list;
}

QList<MeetingAttendee> MeetingRepository::attendees(qint64 meetingId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT email, coalesce(name, ''), partstat, role FROM meeting_attendees "
                                          "WHERE meeting_id = :m ORDER BY id"),
                           {{":m", meetingId}});
    QList<MeetingAttendee> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return list;
}

qint64 MeetingRepository::prospectFor(qint64 meetingProspect, const QString& email) const
{
    if (meetingProspect > 0 || email.isEmpty()) {
        return meetingProspect;
    }
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT id FROM prospects WHERE lower(email) = :e AND deleted_at IS NULL ORDER "
                                      "BY id LIMIT 1"),
                       {{":e", email.trimmed().toLower()}})
        .toLongLong();
}

bool MeetingRepository::setAttendeeStatus(const QString& uid, const QString& email, const QString& partstat,
                                          const QString& actor, qint64 now)
{
    const QString status = partstat.trimmed().toUpper();
    if (!knownPartstat(status)) {
        throw ValidationError(QStringLiteral("Unknown answer to an invitation: %1").arg(partstat));
    }
    const QString address = email.trimmed().toLower();
    Transaction transaction(m_db);
    const std::optional<Meeting> m = byUid(uid);
    if (!m) {
        return false;
    }
    Sql::run(m_db,
             QStringLiteral("INSERT INTO meeting_attendees (meeting_id, email, partstat, updated_at) VALUES (:m, :e, "
                            ":ps, :t) ON CONFLICT (meeting_id, email) DO UPDATE SET partstat = excluded.partstat, "
                            "updated_at = excluded.updated_at"),
             {{":m", m->id}, {":e", address}, {":ps", status}, {":t", now}});
    AuditLog log(m_db);
    const qint64 prospect = prospectFor(m->prospectId, address);
    if (prospect > 0) {
        static const QHash<QString, QString> said {
            {QStringLiteral("ACCEPTED"), QStringLiteral("Accepted")},
            {QStringLiteral("DECLINED"), QStringLiteral("Declined")},
            {QStringLiteral("TENTATIVE"), QStringLiteral("Tentatively accepted")},
            {QStringLiteral("DELEGATED"), QStringLiteral("Delegated")},
            {QStringLiteral("NEEDS-ACTION"), QStringLiteral("Has not answered")}};
        log.addActivity(prospect, QStringLiteral("meeting.") + status.toLower(),
                        QStringLiteral("%1: %2").arg(said.value(status), m->title), actor, QStringLiteral("meetings"),
                        m->id, now);
    }
    log.append(actor, QStringLiteral("meetings.reply"), QStringLiteral("meetings"), m->id, status, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
}

qint64 MeetingRepository::addCounter(const QString& uid, const QString& attendee, qint64 proposedStart,
                                     qint64 proposedEnd, const QString& comment, qint64 now)
{
    if (proposedEnd <= proposedStart) {
        throw ValidationError(QStringLiteral("A meeting must end after it starts."));
    }
    Transaction transaction(m_db);
    const std::optional<Meeting> m = byUid(uid);
    if (!m) {
        return 0;
    }
    const QString address = attendee.trimmed().toLower();
    const qint64 id = Sql::run(m_db,
                               QStringLiteral("INSERT INTO meeting_counters (meeting_id, attendee, proposed_start, "
                                              "proposed_end, comment, received_at) VALUES (:m, :a, :s, :e, :c, :t)"),
                               {{":m", m->id},
                                {":a", Sql::orNull(address)},
                                {":s", proposedStart},
                                {":e", proposedEnd},
                                {":c", Sql::orNull(comment)},
                                {":t", now}})
                          .lastInsertId()
                          .toLongLong();
    const qint64 prospect = prospectFor(m->prospectId, address);
    if (prospect > 0) {
        AuditLog(m_db).addActivity(prospect, QStringLiteral("meeting.counter"),
                                   QStringLiteral("Proposed another time: %1").arg(m->title), QStringLiteral("inbox"),
                                   QStringLiteral("meetings"), m->id, now);
    }
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return id;
}

QList<MeetingCounter> MeetingRepository::counters(qint64 meetingId, bool pendingOnly) const
{
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("SELECT id, meeting_id, coalesce(attendee, ''), proposed_start, proposed_end, "
                                  "coalesce(comment, ''), received_at, state FROM meeting_counters WHERE "
                                  "meeting_id = :m AND (:all = 1 OR state = 'pending') ORDER BY received_at, id"),
                   {{":m", meetingId}, {":all", pendingOnly ? 0 : 1}});
    QList<MeetingCounter> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toString()});
    }
    return list;
}

} // namespace sc::models
