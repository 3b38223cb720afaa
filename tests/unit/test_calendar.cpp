// Calendar and meetings (issue 20): meetings as iCalendar events in a real SQLite workspace (a stable uid,
// a sequence raised on each change, attendees' answers and proposed times on the timeline). Invented
// people on example domains.
#include "TestWorkspace.h"
#include "agents/calendar/Ics.h"
#include "agents/inbox/GMime.h"
#include "agents/inbox/MessageBuilder.h"
#include "models/repositories/ActivityRepository.h"
#include "models/repositories/MeetingRepository.h"
#include "models/repositories/PrivacyRepository.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace sc;
using namespace sc::models;
using sc::agents::calendar::Itip;
using sc::agents::calendar::Mailbox;
namespace Ics = sc::agents::calendar::Ics;

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Now = 1'800'000'000'000; // 2027-01-15

qint64 addProspect(const QSqlDatabase& db, const QString& first, const QString& email)
{
    return Sql::run(db,
                    QStringLiteral("INSERT INTO prospects (first_name, last_name, email, created_at, updated_at) "
                                   "VALUES (:f, 'Example', :e, :t, :t)"),
                    {{":f", first}, {":e", email}, {":t", Now}})
        .lastInsertId()
        .toLongLong();
}

Meeting intro(qint64 prospectId)
{
    Meeting m;
    m.prospectId = prospectId;
    m.title = QStringLiteral("Intro call");
    m.startsAt = Now + 24 * Hour;
    m.endsAt = m.startsAt + Hour / 2;
    m.timezone = QStringLiteral("Europe/Paris");
    m.location = QStringLiteral("https://meet.example.com/abc-defg-hij");
    m.notes = QStringLiteral("A first look at your pipeline.");
    m.organizer = QStringLiteral("dana@kestrel-labs.example");
    m.attendees = {{QStringLiteral("ada@acme.example"), QStringLiteral("Ada Example")}};
    return m;
}

QStringList kinds(const QSqlDatabase& db, qint64 prospectId)
{
    QStringList list;
    for (const Activity& a : ActivityRepository(db).timeline(prospectId)) {
        list.append(a.kind);
    }
    return list;
}

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(SC_SOURCE_DIR "/tests/data/ical/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

// The text with folded lines joined, as a reader sees it.
QByteArray unfolded(QByteArray ics)
{
    return ics.replace("\r\n ", "").replace("\r\n", "\n");
}

Meeting invitation(qint64 startMs, qint64 endMs)
{
    Meeting m = intro(0);
    m.uid = QStringLiteral("3f9a2c1be07d4a56a1c0ffee12345678@sales-copilot");
    m.sequence = 2;
    m.startsAt = startMs;
    m.endsAt = endMs;
    m.notes = QStringLiteral("A first look at your pipeline; the deck, and questions.");
    m.attendees.append({QStringLiteral("chloe@acme.example"), QStringLiteral("Chloé Example"),
                        QStringLiteral("NEEDS-ACTION"), QStringLiteral("OPT-PARTICIPANT")});
    return m;
}

// A parsed MIME tree, freed with the object.
struct ParsedMime
{
    explicit ParsedMime(const QByteArray& raw)
    {
        agents::inbox::initGMime();
        GMimeStream* stream = g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size()));
        GMimeParser* parser = g_mime_parser_new_with_stream(stream);
        message = g_mime_parser_construct_message(parser, nullptr);
        g_object_unref(parser);
        g_object_unref(stream);
    }
    ~ParsedMime()
    {
        if (message) {
            g_object_unref(message);
        }
    }
    ParsedMime(const ParsedMime&) = delete;
    ParsedMime& operator=(const ParsedMime&) = delete;
    GMimeMessage* message = nullptr;
};

QByteArray typeOf(GMimeObject* part)
{
    GMimeContentType* type = g_mime_object_get_content_type(part);
    return QByteArray(g_mime_content_type_get_media_type(type)) + '/' + g_mime_content_type_get_media_subtype(type);
}

QByteArray decoded(GMimeObject* part)
{
    GMimeStream* out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(g_mime_part_get_content(GMIME_PART(part)), out);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    QByteArray data(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
    g_object_unref(out);
    return data;
}

const Mailbox Dana {QStringLiteral("dana@kestrel-labs.example"), QStringLiteral("Dana Example")};

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createKeepsEveryFieldAndAStableUid()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 ada = addProspect(db, QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        MeetingRepository repo(db);
        const qint64 id = repo.create(intro(ada), QStringLiteral("rep"), Now);
        const std::optional<Meeting> m = repo.find(id);
        QVERIFY(m);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}@sales-copilot$")).match(m->uid).hasMatch());
        QCOMPARE(m->sequence, 0);
        QCOMPARE(m->status, QStringLiteral("confirmed"));
        QCOMPARE(m->title, QStringLiteral("Intro call"));
        QCOMPARE(m->startsAt, Now + 24 * Hour);
        QCOMPARE(m->endsAt, Now + 24 * Hour + Hour / 2);
        QCOMPARE(m->timezone, QStringLiteral("Europe/Paris"));
        QCOMPARE(m->location, QStringLiteral("https://meet.example.com/abc-defg-hij"));
        QCOMPARE(m->organizer, QStringLiteral("dana@kestrel-labs.example"));
        QCOMPARE(m->attendees.size(), 1);
        QCOMPARE(m->attendees.first().email, QStringLiteral("ada@acme.example"));
        QCOMPARE(m->attendees.first().partstat, QStringLiteral("NEEDS-ACTION"));
        QCOMPARE(repo.byUid(m->uid)->id, id);
        QVERIFY(!repo.byUid(QStringLiteral("nobody@sales-copilot")));
        QCOMPARE(kinds(db, ada), QStringList {QStringLiteral("meeting.booked")});
        QVERIFY(repo.newUid() != repo.newUid());

        // An invitation that came in keeps its uid, once.
        Meeting theirs = intro(ada);
        theirs.uid = QStringLiteral("040000008200E00074C5B7101A82E008@outlook.example");
        theirs.status = QStringLiteral("proposed");
        repo.create(theirs, QStringLiteral("inbox"), Now);
        QVERIFY_THROWS_EXCEPTION(ValidationError, repo.create(theirs, QStringLiteral("inbox"), Now));
        Meeting reversed = intro(ada);
        reversed.endsAt = reversed.startsAt;
        QVERIFY_THROWS_EXCEPTION(ValidationError, repo.create(reversed, QStringLiteral("rep"), Now));
        Meeting untitled = intro(ada);
        untitled.title = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(ValidationError, repo.create(untitled, QStringLiteral("rep"), Now));
    }

    void moveAndCancelRaiseTheSequence()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 ada = addProspect(db, QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        MeetingRepository repo(db);
        const qint64 id = repo.create(intro(ada), QStringLiteral("rep"), Now);
        const QString uid = repo.find(id)->uid;
        QVERIFY(repo.setAttendeeStatus(uid, QStringLiteral("Ada@Acme.example"), QStringLiteral("accepted"),
                                       QStringLiteral("inbox"), Now + 1));
        QCOMPARE(repo.find(id)->attendees.first().partstat, QStringLiteral("ACCEPTED"));

        QCOMPARE(repo.move(id, Now + 48 * Hour, Now + 49 * Hour, QStringLiteral("rep"), Now + 2), 1);
        Meeting m = *repo.find(id);
        QCOMPARE(m.uid, uid);
        QCOMPARE(m.sequence, 1);
        QCOMPARE(m.startsAt, Now + 48 * Hour);
        QCOMPARE(m.updatedAt, Now + 2);
        QCOMPARE(m.attendees.first().partstat, QStringLiteral("NEEDS-ACTION")); // they answered the old time
        QCOMPARE(repo.move(id, Now + 50 * Hour, Now + 51 * Hour, QStringLiteral("rep"), Now + 3), 2);
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 repo.move(id, Now + 51 * Hour, Now + 50 * Hour, QStringLiteral("rep"), Now));

        QCOMPARE(repo.cancel(id, QStringLiteral("rep"), Now + 4), 3);
        m = *repo.find(id);
        QCOMPARE(m.status, QStringLiteral("cancelled"));
        QCOMPARE(m.sequence, 3);
        QCOMPARE(repo.cancel(id, QStringLiteral("rep"), Now + 5), 3); // nothing more to cancel
        QVERIFY_THROWS_EXCEPTION(ValidationError, repo.move(id, Now, Now + Hour, QStringLiteral("rep"), Now));
        QVERIFY_THROWS_EXCEPTION(ValidationError, repo.cancel(id + 100, QStringLiteral("rep"), Now));
        QCOMPARE(kinds(db, ada),
                 (QStringList {QStringLiteral("meeting.cancelled"), QStringLiteral("meeting.moved"),
                               QStringLiteral("meeting.moved"), QStringLiteral("meeting.accepted"),
                               QStringLiteral("meeting.booked")}));
    }

    void listReturnsMeetingsOverlappingTheRange()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        MeetingRepository repo(db);
        Meeting a = intro(0);
        const qint64 first = repo.create(a, QStringLiteral("rep"), Now);
        a.startsAt += 72 * Hour;
        a.endsAt += 72 * Hour;
        const qint64 second = repo.create(a, QStringLiteral("rep"), Now);
        const qint64 start = Now + 24 * Hour;
        QCOMPARE(repo.list(start, start + 96 * Hour).size(), 2);
        QCOMPARE(repo.list(start, start + 96 * Hour).first().id, first);
        QCOMPARE(repo.list(start + 10 * 60 * 1000, start + Hour).size(), 1); // overlaps the first
        QCOMPARE(repo.list(start + 48 * Hour, start + 96 * Hour).first().id, second);
        QVERIFY(repo.list(start - 10 * Hour, start).isEmpty()); // ends when it starts
        QCOMPARE(repo.list(start, start + Hour).first().attendees.size(), 1);
    }

    void repliesAndCountersReachTheProspectsTimeline()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 ada = addProspect(db, QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        const qint64 ben = addProspect(db, QStringLiteral("Ben"), QStringLiteral("ben@acme.example"));
        MeetingRepository repo(db);
        const qint64 id = repo.create(intro(ada), QStringLiteral("rep"), Now);
        const QString uid = repo.find(id)->uid;
        for (const char* answer : {"TENTATIVE", "DECLINED", "ACCEPTED"}) {
            QVERIFY(repo.setAttendeeStatus(uid, QStringLiteral("ada@acme.example"), QLatin1String(answer),
                                           QStringLiteral("inbox"), Now + 1));
            QCOMPARE(repo.find(id)->attendees.first().partstat, QLatin1String(answer));
        }
        // Someone forwarded the invitation: added, not an error.
        QVERIFY(repo.setAttendeeStatus(uid, QStringLiteral("ben@acme.example"), QStringLiteral("ACCEPTED"),
                                       QStringLiteral("inbox"), Now + 2));
        QCOMPARE(repo.find(id)->attendees.size(), 2);
        QVERIFY(!repo.setAttendeeStatus(QStringLiteral("unknown@sales-copilot"), QStringLiteral("ada@acme.example"),
                                        QStringLiteral("ACCEPTED"), QStringLiteral("inbox"), Now));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 repo.setAttendeeStatus(uid, QStringLiteral("ada@acme.example"),
                                                        QStringLiteral("MAYBE"), QStringLiteral("inbox"), Now));
        QCOMPARE(kinds(db, ada),
                 (QStringList {QStringLiteral("meeting.accepted"), QStringLiteral("meeting.accepted"),
                               QStringLiteral("meeting.declined"), QStringLiteral("meeting.tentative"),
                               QStringLiteral("meeting.booked")}));
        QVERIFY(kinds(db, ben).isEmpty()); // the meeting is Ada's

        const qint64 counter = repo.addCounter(uid, QStringLiteral("ada@acme.example"), Now + 30 * Hour,
                                               Now + 31 * Hour, QStringLiteral("Thursday suits me better."), Now + 3);
        QVERIFY(counter > 0);
        QCOMPARE(repo.addCounter(QStringLiteral("unknown@sales-copilot"), QString(), Now, Now + Hour, QString(), Now),
                 0);
        const QList<MeetingCounter> counters = repo.counters(id);
        QCOMPARE(counters.size(), 1);
        QCOMPARE(counters.first().id, counter);
        QCOMPARE(counters.first().proposedStart, Now + 30 * Hour);
        QCOMPARE(counters.first().proposedEnd, Now + 31 * Hour);
        QCOMPARE(counters.first().comment, QStringLiteral("Thursday suits me better."));
        QCOMPARE(counters.first().state, QStringLiteral("pending"));
        QCOMPARE(kinds(db, ada).first(), QStringLiteral("meeting.counter"));
        QCOMPARE(repo.find(id)->sequence, 0); // a counter changes nothing until the rep takes it
    }

    void forgettingSomeoneErasesThemFromEveryMeeting()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 ada = addProspect(db, QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        const qint64 ben = addProspect(db, QStringLiteral("Ben"), QStringLiteral("ben@acme.example"));
        MeetingRepository repo(db);
        Meeting withBen = intro(ben);
        withBen.attendees.prepend({QStringLiteral("ben@acme.example"), QStringLiteral("Ben Example")});
        const qint64 kept = repo.create(withBen, QStringLiteral("rep"), Now);
        const QString uid = repo.find(kept)->uid;
        repo.addCounter(uid, QStringLiteral("ada@acme.example"), Now + 30 * Hour, Now + 31 * Hour, QString(), Now);
        repo.create(intro(ada), QStringLiteral("rep"), Now);
        Meeting theirs = intro(0);
        theirs.organizer = QStringLiteral("ada@acme.example");
        theirs.status = QStringLiteral("proposed");
        repo.create(theirs, QStringLiteral("inbox"), Now);

        PrivacyRepository(db).erase({ada}, true, QStringLiteral("rep"), Now + 1);
        const auto count = [&db](const char* sql) {
            return Sql::scalar(db, QLatin1String(sql)).toInt();
        };
        QCOMPARE(count("SELECT count(*) FROM meetings"), 1); // Ben's
        QCOMPARE(count("SELECT count(*) FROM meeting_attendees WHERE email LIKE '%ada%'"), 0);
        QCOMPARE(count("SELECT count(*) FROM meeting_counters"), 0);
        QCOMPARE(repo.find(kept)->attendees.size(), 1);
    }

    void requestRoundTripsEveryField()
    {
        const Meeting m
            = invitation(utc(2027, 1, 20, 9).toMSecsSinceEpoch(), utc(2027, 1, 20, 9, 30).toMSecsSinceEpoch());
        const QByteArray ics = Ics::request(m, Dana, m.attendees);
        const QByteArray text = unfolded(ics);
        for (const char* expected :
             {"METHOD:REQUEST", "VERSION:2.0", "UID:3f9a2c1be07d4a56a1c0ffee12345678@sales-copilot", "SEQUENCE:2",
              "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "DTSTART;TZID=Europe/Paris:20270120T100000",
              "DTEND;TZID=Europe/Paris:20270120T103000", "ORGANIZER;CN=Dana Example:mailto:dana@kestrel-labs.example",
              "RSVP=TRUE", "PARTSTAT=NEEDS-ACTION", "STATUS:CONFIRMED", "DTSTAMP:"}) {
            QVERIFY2(text.contains(expected), expected);
        }
        QVERIFY(!text.contains("freeassociation")); // libical's own zone ids stay out of the wire
        QCOMPARE(text.count("RSVP=TRUE"), 2);

        const std::optional<Itip> itip = Ics::parse(ics);
        QVERIFY(itip);
        QCOMPARE(itip->method, QStringLiteral("REQUEST"));
        QCOMPARE(itip->uid, m.uid);
        QCOMPARE(itip->sequence, 2);
        QCOMPARE(itip->start, utc(2027, 1, 20, 9));
        QCOMPARE(itip->end, utc(2027, 1, 20, 9, 30));
        QCOMPARE(itip->tzid, QStringLiteral("Europe/Paris"));
        QCOMPARE(itip->summary, m.title);
        QCOMPARE(itip->location, m.location);
        QCOMPARE(itip->description, m.notes);
        QCOMPARE(itip->status, QStringLiteral("CONFIRMED"));
        QCOMPARE(itip->organizer.email, Dana.email);
        QCOMPARE(itip->organizer.name, Dana.name);
        QCOMPARE(itip->attendees.size(), 2);
        QCOMPARE(itip->attendees.at(0).email, QStringLiteral("ada@acme.example"));
        QCOMPARE(itip->attendees.at(0).name, QStringLiteral("Ada Example"));
        QCOMPARE(itip->attendees.at(0).partstat, QStringLiteral("NEEDS-ACTION"));
        QCOMPARE(itip->attendees.at(0).role, QStringLiteral("REQ-PARTICIPANT"));
        QCOMPARE(itip->attendees.at(1).name, QStringLiteral("Chloé Example"));
        QCOMPARE(itip->attendees.at(1).role, QStringLiteral("OPT-PARTICIPANT"));

        // Without a zone the times go out in UTC, with no VTIMEZONE.
        Meeting bare = m;
        bare.timezone.clear();
        const QByteArray plain = unfolded(Ics::request(bare, Dana, bare.attendees));
        QVERIFY(plain.contains("DTSTART:20270120T090000Z"));
        QVERIFY(!plain.contains("VTIMEZONE"));
        QCOMPARE(Ics::parse(plain)->start, utc(2027, 1, 20, 9));
    }

    void aMeetingAcrossTheDstChangeKeepsItsLocalTime()
    {
        // Paris moves to summer time at 02:00 on 28 March 2027: 10:00 is 09:00 UTC before, 08:00 after.
        const QTimeZone paris("Europe/Paris");
        for (const QDate day : {QDate(2027, 3, 26), QDate(2027, 3, 29)}) {
            const QDateTime local(day, QTime(10, 0), paris);
            const Meeting m = invitation(local.toMSecsSinceEpoch(), local.addSecs(3600).toMSecsSinceEpoch());
            const QByteArray ics = Ics::request(m, Dana, m.attendees);
            QVERIFY(unfolded(ics).contains("DTSTART;TZID=Europe/Paris:" + day.toString(u"yyyyMMdd").toLatin1()
                                           + "T100000"));
            const std::optional<Itip> itip = Ics::parse(ics);
            QVERIFY(itip);
            QCOMPARE(itip->start, local.toUTC());
            QCOMPARE(itip->start.toTimeZone(paris).time(), QTime(10, 0));
        }
        QCOMPARE(QDateTime(QDate(2027, 3, 29), QTime(10, 0), paris).toUTC(), utc(2027, 3, 29, 8));

        // One that spans the change itself: 01:30 to 03:30 local is one hour.
        const Meeting night
            = invitation(utc(2027, 3, 28, 0, 30).toMSecsSinceEpoch(), utc(2027, 3, 28, 1, 30).toMSecsSinceEpoch());
        const QByteArray ics = Ics::request(night, Dana, night.attendees);
        const QByteArray text = unfolded(ics);
        QVERIFY(text.contains("DTSTART;TZID=Europe/Paris:20270328T013000"));
        QVERIFY(text.contains("DTEND;TZID=Europe/Paris:20270328T033000"));
        QVERIFY(text.contains("BEGIN:DAYLIGHT"));
        QVERIFY(text.contains("BEGIN:STANDARD"));
        const std::optional<Itip> itip = Ics::parse(ics);
        QVERIFY(itip);
        QCOMPARE(itip->start, utc(2027, 3, 28, 0, 30));
        QCOMPARE(itip->end, utc(2027, 3, 28, 1, 30));
    }

    void cancelAndReplySayWhatTheyAre()
    {
        Meeting m = invitation(utc(2027, 1, 20, 9).toMSecsSinceEpoch(), utc(2027, 1, 20, 9, 30).toMSecsSinceEpoch());
        m.sequence = 3;
        const QByteArray cancel = Ics::cancel(m, Dana, m.attendees);
        QVERIFY(unfolded(cancel).contains("METHOD:CANCEL"));
        const std::optional<Itip> cancelled = Ics::parse(cancel);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->method, QStringLiteral("CANCEL"));
        QCOMPARE(cancelled->status, QStringLiteral("CANCELLED"));
        QCOMPARE(cancelled->sequence, 3);
        QCOMPARE(cancelled->uid, m.uid);
        QCOMPARE(cancelled->attendees.size(), 2);

        // The rep answers a prospect's own invitation.
        Meeting theirs = m;
        theirs.organizer = QStringLiteral("emil@globex.example");
        theirs.attendees = {{QStringLiteral("dana@kestrel-labs.example"), QStringLiteral("Dana Example")}};
        const QByteArray reply
            = Ics::reply(theirs, QStringLiteral("Dana@Kestrel-Labs.example"), QStringLiteral("accepted"));
        const QByteArray text = unfolded(reply);
        QVERIFY(text.contains("METHOD:REPLY"));
        QVERIFY(text.contains("mailto:emil@globex.example"));
        QVERIFY(!text.contains("RSVP"));
        const std::optional<Itip> answer = Ics::parse(reply);
        QVERIFY(answer);
        QCOMPARE(answer->method, QStringLiteral("REPLY"));
        QCOMPARE(answer->organizer.email, QStringLiteral("emil@globex.example"));
        QCOMPARE(answer->attendees.size(), 1);
        QCOMPARE(answer->attendees.first().email, QStringLiteral("dana@kestrel-labs.example"));
        QCOMPARE(answer->attendees.first().name, QStringLiteral("Dana Example"));
        QCOMPARE(answer->attendees.first().partstat, QStringLiteral("ACCEPTED"));
        QCOMPARE(answer->sequence, 3);
    }

    void parsesWhatCalendarsSend_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<QString>("tzid");
        QTest::addColumn<QString>("attendee");
        QTest::addColumn<QString>("partstat");
        QTest::addColumn<QString>("comment");
        const QString ours = QStringLiteral("3f9a2c1be07d4a56a1c0ffee12345678@sales-copilot");
        QTest::newRow("Google accepted") << "google_reply_accepted.ics"
                                         << "REPLY" << ours << 1 << utc(2027, 1, 20, 9) << utc(2027, 1, 20, 9, 30) << ""
                                         << "ada@acme.example"
                                         << "ACCEPTED"
                                         << "";
        QTest::newRow("Outlook declined")
            << "outlook_reply_declined.ics"
            << "REPLY" << ours << 1 << utc(2027, 1, 20, 9) << utc(2027, 1, 20, 9, 30) << "Romance Standard Time"
            << "ben@acme.example"
            << "DECLINED"
            << "Sorry, I am travelling that week.";
        QTest::newRow("Apple tentative") << "apple_reply_tentative.ics"
                                         << "REPLY" << ours << 1 << utc(2027, 1, 20, 9) << utc(2027, 1, 20, 9, 30)
                                         << "Europe/Paris"
                                         << "chloe@acme.example"
                                         << "TENTATIVE"
                                         << "";
        QTest::newRow("Outlook counter") << "outlook_counter.ics"
                                         << "COUNTER" << ours << 1 << utc(2027, 1, 21, 13) << utc(2027, 1, 21, 13, 30)
                                         << "Romance Standard Time"
                                         << "ben@acme.example"
                                         << "TENTATIVE"
                                         << "Could we do Thursday afternoon instead?";
        QTest::newRow("Outlook request after DST")
            << "outlook_request.ics"
            << "REQUEST"
            << "040000008200E00074C5B7101A82E00800000000B0A1F3C2D4E5DB01000000000000000010000000A1B2C3D4E5F60718293A4B5"
               "C6D7E8F90"
            << 0 << utc(2027, 3, 29, 8) << utc(2027, 3, 29, 9) << "W. Europe Standard Time"
            << "dana@kestrel-labs.example"
            << "NEEDS-ACTION"
            << "";
        QTest::newRow("Google request, zone by name only")
            << "google_request_no_vtimezone.ics"
            << "REQUEST"
            << "7lq0d3h2c9k1m5n8p4r6s2t0v1@google.com" << 0 << utc(2027, 3, 12, 20) << utc(2027, 3, 12, 20, 45)
            << "America/New_York"
            << "gus@initech.example"
            << "ACCEPTED"
            << "";
    }

    void parsesWhatCalendarsSend()
    {
        QFETCH(QString, file);
        QFETCH(QString, method);
        QFETCH(QString, uid);
        QFETCH(int, sequence);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(QString, tzid);
        QFETCH(QString, attendee);
        QFETCH(QString, partstat);
        QFETCH(QString, comment);
        const QByteArray lf = fixture(file);
        for (const QByteArray& ics : {lf, QByteArray(lf).replace("\n", "\r\n")}) {
            const std::optional<Itip> itip = Ics::parse(ics);
            QVERIFY(itip);
            QCOMPARE(itip->method, method);
            QCOMPARE(itip->uid, uid);
            QCOMPARE(itip->sequence, sequence);
            QCOMPARE(itip->start, start);
            QCOMPARE(itip->end, end);
            QCOMPARE(itip->tzid, tzid);
            QVERIFY(!itip->attendees.isEmpty());
            QCOMPARE(itip->attendees.first().email, attendee);
            QCOMPARE(itip->attendees.first().partstat, partstat);
            QCOMPARE(itip->comment, comment);
            QVERIFY(!itip->summary.isEmpty());
        }
    }

    void parsedDetailsOfAProspectsInvitation()
    {
        const std::optional<Itip> itip = Ics::parse(fixture(QStringLiteral("outlook_request.ics")));
        QVERIFY(itip);
        QCOMPARE(itip->organizer.email, QStringLiteral("emil@globex.example"));
        QCOMPARE(itip->organizer.name, QStringLiteral("Emil Example"));
        QCOMPARE(itip->summary, QStringLiteral("Pilot scope"));
        QCOMPARE(itip->location, QStringLiteral("Microsoft Teams Meeting"));
        QVERIFY(itip->description.contains(QStringLiteral("https://teams.example.com/l/meetup-join/123")));
        QCOMPARE(itip->attendees.size(), 2);
        QCOMPARE(itip->attendees.at(1).role, QStringLiteral("OPT-PARTICIPANT"));
        QCOMPARE(Ics::parse(fixture(QStringLiteral("apple_reply_tentative.ics")))->attendees.first().name,
                 QStringLiteral("Chloé Example"));
    }

    void invitationMailCarriesTheCalendarTwice_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("request") << false;
        QTest::newRow("cancel") << true;
    }

    void invitationMailCarriesTheCalendarTwice()
    {
        QFETCH(bool, cancel);
        const Meeting m
            = invitation(utc(2027, 1, 20, 9).toMSecsSinceEpoch(), utc(2027, 1, 20, 9, 30).toMSecsSinceEpoch());
        agents::inbox::OutgoingMail mail;
        mail.fromAddress = Dana.email;
        mail.fromName = Dana.name;
        mail.toAddress = QStringLiteral("ada@acme.example");
        mail.toName = QStringLiteral("Ada Example");
        mail.subject = QStringLiteral("Invitation: Intro call, Wed 20 Jan 10:00");
        mail.text = QStringLiteral("Hello Ada,\n\nHere is the invitation for our call.\n\nDana");
        mail.messageId = QStringLiteral("invite-1@kestrel-labs.example");
        mail.date = 1800000000;
        mail.calendar = cancel ? Ics::cancel(m, Dana, m.attendees) : Ics::request(m, Dana, m.attendees);
        const QByteArray raw = agents::inbox::MessageBuilder::build(mail);

        const ParsedMime parsed(raw);
        QVERIFY(parsed.message);
        GMimeObject* top = g_mime_message_get_mime_part(parsed.message);
        QCOMPARE(typeOf(top), QByteArray("multipart/mixed"));
        GMimeMultipart* mixed = GMIME_MULTIPART(top);
        QCOMPARE(g_mime_multipart_get_count(mixed), 2);
        GMimeObject* alternativePart = g_mime_multipart_get_part(mixed, 0);
        QCOMPARE(typeOf(alternativePart), QByteArray("multipart/alternative"));
        GMimeMultipart* alternative = GMIME_MULTIPART(alternativePart);
        QCOMPARE(g_mime_multipart_get_count(alternative), 3);
        QCOMPARE(typeOf(g_mime_multipart_get_part(alternative, 0)), QByteArray("text/plain"));
        QCOMPARE(typeOf(g_mime_multipart_get_part(alternative, 1)), QByteArray("text/html"));
        GMimeObject* calendar = g_mime_multipart_get_part(alternative, 2);
        QCOMPARE(typeOf(calendar), QByteArray("text/calendar"));
        QCOMPARE(QByteArray(g_mime_object_get_content_type_parameter(calendar, "charset")), QByteArray("UTF-8"));
        const std::optional<Itip> inline_ = Ics::parse(decoded(calendar));
        QVERIFY(inline_);
        QCOMPARE(inline_->method, cancel ? QStringLiteral("CANCEL") : QStringLiteral("REQUEST"));
        QCOMPARE(QString::fromUtf8(g_mime_object_get_content_type_parameter(calendar, "method")), inline_->method);
        QCOMPARE(inline_->uid, m.uid);
        QCOMPARE(inline_->attendees.at(1).name, QStringLiteral("Chloé Example")); // UTF-8 survives the trip

        GMimeObject* file = g_mime_multipart_get_part(mixed, 1);
        QCOMPARE(typeOf(file), QByteArray("application/ics"));
        QCOMPARE(QByteArray(g_mime_part_get_filename(GMIME_PART(file))), QByteArray("invite.ics"));
        QCOMPARE(QByteArray(g_mime_object_get_disposition(file)), QByteArray("attachment"));
        QCOMPARE(decoded(file), mail.calendar);

        // Without a calendar the message is what it always was.
        mail.calendar.clear();
        const ParsedMime plain(agents::inbox::MessageBuilder::build(mail));
        QCOMPARE(typeOf(g_mime_message_get_mime_part(plain.message)), QByteArray("multipart/alternative"));
        QCOMPARE(agents::inbox::MessageBuilder::calendarMethod("BEGIN:VCALENDAR\r\nmethod:reply\r\n"),
                 QByteArray("REPLY"));
        QVERIFY(agents::inbox::MessageBuilder::calendarMethod("BEGIN:VCALENDAR\r\n").isEmpty());
    }

    void hostileInputGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("ics");
        const QByteArray good = fixture(QStringLiteral("google_reply_accepted.ics"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02 this is not a calendar \xff\xfe");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("truncated in a line") << good.left(good.indexOf("DTSTART") + 12);
        QTest::newRow("only the start") << QByteArray("BEGIN:VCALENDAR\n");
        QTest::newRow("no VEVENT") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VTODO\n"
                                                 "UID:t@example.com\nEND:VTODO\nEND:VCALENDAR\n");
        QTest::newRow("no METHOD") << QByteArray(good).replace("METHOD:REPLY\n", "");
        QTest::newRow("no UID") << QByteArray(good).replace("UID:3f9a2c1be07d4a56a1c0ffee12345678@sales-copilot\n", "");
        QTest::newRow("no DTSTART") << QByteArray(good).replace("DTSTART:20270120T090000Z\n", "");
        QTest::newRow("bad DTSTART") << QByteArray(good).replace("DTSTART:20270120T090000Z", "DTSTART:tomorrow");
        QTest::newRow("bare VEVENT") << good.mid(good.indexOf("BEGIN:VEVENT"),
                                                 good.indexOf("END:VEVENT") + 11 - good.indexOf("BEGIN:VEVENT"));
        QTest::newRow("nul byte") << QByteArray(good).replace("SUMMARY:", QByteArray("SUMMARY:\0", 9));
        QTest::newRow("too large") << QByteArray(good).replace("DESCRIPTION:",
                                                               "DESCRIPTION:" + QByteArray(2 << 20, 'x'));
        // Components nest without a limit in libical, which frees and prints them recursively.
        QTest::newRow("nested too deep") << "BEGIN:VCALENDAR\nMETHOD:REPLY\n"
                + QByteArray("BEGIN:VEVENT\n").repeated(5000) + "UID:x\nDTSTART:20270120T090000Z\n"
                + QByteArray("END:VEVENT\n").repeated(5000) + "END:VCALENDAR\n";
    }

    void hostileInputGivesNothing()
    {
        QFETCH(QByteArray, ics);
        QVERIFY(!Ics::parse(ics));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
