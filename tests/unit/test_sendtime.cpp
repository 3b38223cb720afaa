// The learned send times (issue 19, "Timing"): no pattern below 50 replies (the plain first moment in
// business hours, exactly), a window learned from when replies arrived in the prospect's own hours, DST
// and zones, a company's pattern over its country's when it has the replies for it, never outside
// business hours; the replies as the repository reads them; the Decision engine planning in the window.
#include "TestWorkspace.h"
#include "agents/decision/BusinessCalendar.h"
#include "agents/decision/DecisionEngine.h"
#include "agents/decision/LearnedSendTimes.h"
#include "agents/decision/SendTimeModel.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/SendTimeRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/store/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace sc;
using namespace sc::agents::decision;
namespace Sql = sc::models::Sql;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// Local wall time in `zone`; a trailing "Z" makes it UTC.
qint64 at(const QByteArray& text, const QByteArray& zone = "Europe/Paris")
{
    const bool isUtc = text.endsWith('Z');
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(isUtc ? text.chopped(1) : text), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), isUtc ? QTimeZone::utc() : QTimeZone(zone)).toMSecsSinceEpoch();
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

BusinessCalendar calendar(const QByteArray& zone, const QList<QDate>& holidays = {})
{
    return BusinessCalendar(QTimeZone(zone), BusinessHours {{1, 2, 3, 4, 5}, QTime(9, 0), QTime(17, 0), holidays});
}

// n replies at a local weekday and hour (minutes spread over the hour).
QList<SendTimeModel::Reply> replies(int n, int weekday, int hour, const QString& country = {}, qint64 company = 0)
{
    QList<SendTimeModel::Reply> out;
    for (int i = 0; i < n; ++i) {
        out.append({weekday, hour, country, company});
    }
    return out;
}

} // namespace

class TestSendTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Below 50 replies there is no pattern: every due moment runs at the calendar's plain first moment,
    // to the millisecond, however concentrated the replies are.
    void noPatternIsThePlainFirstMoment()
    {
        for (const int n : {0, 1, 49}) {
            const SendTimeModel model(replies(n, 2, 10, QStringLiteral("FR"), 7));
            QVERIFY(!model.hasPattern());
            QCOMPARE(model.replies(), n);
            for (const QByteArray& zone : {QByteArray("Europe/Paris"), QByteArray("America/New_York")}) {
                const BusinessCalendar cal = calendar(zone, {QDate(2026, 12, 25)});
                int checked = 0;
                for (qint64 due = at("2026-12-01T00:00Z"); due < at("2026-12-29T00:00Z"); due += 37 * Minute) {
                    const qint64 plain = cal.nextOpen(due);
                    QCOMPARE(model.runMoment(cal, due, QStringLiteral("FR"), 7), plain);
                    QCOMPARE(model.runMoment(cal, due), plain);
                    ++checked;
                }
                QVERIFY(checked > 1000);
            }
        }
        QVERIFY(SendTimeModel(replies(50, 2, 10)).hasPattern());
    }

    // Replies on Tuesdays 10:00-11:00 local: a step due Monday morning waits for Tuesday 10:00, one due
    // inside that hour runs at once, one that cannot reach a Tuesday within two business days runs at
    // the plain first moment (the other days hold no signal).
    void concentratedRepliesMoveTheRunMoment()
    {
        QList<SendTimeModel::Reply> list = replies(60, 2, 10, QStringLiteral("FR"));
        const SendTimeModel model(list);
        QVERIFY(model.hasPattern());
        const SendTimeModel::Grid grid = model.grid(QStringLiteral("France"));
        QCOMPARE(SendTimeModel::best(grid, 1).first().weekday, 2);
        QCOMPARE(SendTimeModel::best(grid, 1).first().hour, 10);
        // The prior spreads its 20 pseudo-replies over Monday-Friday 09:00-17:00, nothing elsewhere.
        QVERIFY(grid[1][10] > 0.5);
        QVERIFY(grid[0][9] > 0);
        QCOMPARE(grid[5][10], 0.0);
        QCOMPARE(grid[1][3], 0.0);

        const BusinessCalendar paris = calendar("Europe/Paris");
        // 7 December 2026 is a Monday.
        QCOMPARE(utcText(model.runMoment(paris, at("2026-12-07T08:00"), QStringLiteral("FR"))),
                 utcText(at("2026-12-08T10:00")));
        QCOMPARE(utcText(model.runMoment(paris, at("2026-12-05T12:00"), QStringLiteral("FR"))),
                 utcText(at("2026-12-08T10:00"))); // a Saturday
        QCOMPARE(utcText(model.runMoment(paris, at("2026-12-08T10:30"), QStringLiteral("FR"))),
                 utcText(at("2026-12-08T10:30")));
        QCOMPARE(utcText(model.runMoment(paris, at("2026-12-08T11:00"), QStringLiteral("FR"))),
                 utcText(at("2026-12-08T11:00")));
        // Wednesday: the next Tuesday is four business days away.
        QCOMPARE(utcText(model.runMoment(paris, at("2026-12-09T07:00"), QStringLiteral("FR"))),
                 utcText(at("2026-12-09T09:00")));
        // A second, weaker peak on Wednesday 15:00 is where a Wednesday step goes.
        list += replies(25, 3, 15, QStringLiteral("FR"));
        const SendTimeModel twoPeaks(list);
        QCOMPARE(utcText(twoPeaks.runMoment(paris, at("2026-12-09T07:00"), QStringLiteral("FR"))),
                 utcText(at("2026-12-09T15:00")));
        QCOMPARE(utcText(twoPeaks.runMoment(paris, at("2026-12-07T08:00"), QStringLiteral("FR"))),
                 utcText(at("2026-12-08T10:00")));
    }

    // A reply is placed on the prospect's own clock (10:00 in Paris is 09:00Z in winter, 08:00Z in
    // summer), and the run moment is the window's local hour in the calendar's zone across a DST change.
    void dstAndZones()
    {
        const QTimeZone paris("Europe/Paris");
        QCOMPARE(SendTimeModel::reply(at("2026-12-08T09:20Z"), paris, {}, 0).hour, 10);
        QCOMPARE(SendTimeModel::reply(at("2027-06-08T08:20Z"), paris, {}, 0).hour, 10);
        QCOMPARE(SendTimeModel::reply(at("2027-06-08T08:20Z"), paris, {}, 0).weekday, 2);
        QCOMPARE(SendTimeModel::reply(at("2027-06-08T08:20Z"), QTimeZone("America/New_York"), {}, 0).hour, 4);
        // Sunday 23:30 in New York is Monday 05:30 in Paris.
        const SendTimeModel::Reply late
            = SendTimeModel::reply(at("2026-12-07T04:30Z"), QTimeZone("America/New_York"), {}, 0);
        QCOMPARE(late.weekday, 7);
        QCOMPARE(late.hour, 23);

        QList<SendTimeModel::Reply> list;
        // Tuesdays 09:05Z from 27 October 2026 to 23 March 2027 (winter), 08:05Z from 6 April to 26 October
        // 2027 (summer): 10:05 in Paris every time.
        for (int week = 0; week < 22; ++week) {
            list.append(SendTimeModel::reply(at("2026-10-27T09:05Z") + week * 7 * 24 * Hour, paris, {}, 0));
        }
        for (int week = 0; week < 30; ++week) {
            list.append(SendTimeModel::reply(at("2027-04-06T08:05Z") + week * 7 * 24 * Hour, paris, {}, 0));
        }
        for (const SendTimeModel::Reply& r : std::as_const(list)) {
            QCOMPARE(r.weekday, 2);
            QCOMPARE(r.hour, 10);
        }
        const SendTimeModel model(list);
        QVERIFY(model.hasPattern());
        QCOMPARE(SendTimeModel::best(model.grid(), 1).first().hour, 10);
        // Paris moves to summer time on Sunday 28 March 2027: due the Friday before, run Tuesday 10:00 CEST.
        QCOMPARE(utcText(model.runMoment(calendar("Europe/Paris"), at("2027-03-26T16:00"))),
                 QStringLiteral("2027-03-30T08:00:00Z"));
        QCOMPARE(utcText(model.runMoment(calendar("Europe/Paris"), at("2027-03-22T08:00"))),
                 QStringLiteral("2027-03-23T09:00:00Z"));
        // New York (summer time from 14 March 2027): Tuesday 10:00 EDT, 10:00 EST before.
        QCOMPARE(utcText(model.runMoment(calendar("America/New_York"), at("2027-03-15T08:00", "America/New_York"))),
                 QStringLiteral("2027-03-16T14:00:00Z"));
        QCOMPARE(utcText(model.runMoment(calendar("America/New_York"), at("2027-03-08T08:00", "America/New_York"))),
                 QStringLiteral("2027-03-09T15:00:00Z"));
        // A holiday on that Tuesday: no window within reach, the plain first moment.
        const BusinessCalendar holiday = calendar("Europe/Paris", {QDate(2027, 3, 23)});
        QCOMPARE(model.runMoment(holiday, at("2027-03-22T08:00")), holiday.nextOpen(at("2027-03-22T08:00")));
    }

    // A company with many replies speaks for itself; one with two replies shrinks to its country; a
    // country without replies is the workspace.
    void companyOverCountry()
    {
        QList<SendTimeModel::Reply> list;
        for (int i = 0; i < 60; ++i) {
            list.append({2, 10, QStringLiteral("Germany"), 100 + i % 6});
        }
        list += replies(30, 2, 15, QStringLiteral("DE"), 7);
        list += replies(2, 2, 15, QStringLiteral("Allemagne"), 8);
        const SendTimeModel model(list);
        QCOMPARE(model.countryReplies(QStringLiteral("DE")), 92);
        QCOMPARE(model.companyReplies(7), 30);
        QCOMPARE(model.countryOf(8), QStringLiteral("DE"));
        const SendTimeModel::Grid company = model.grid(QStringLiteral("DE"), 7);
        QVERIFY(company[1][15] > company[1][10]);
        const SendTimeModel::Grid small = model.grid(QStringLiteral("DE"), 8);
        QVERIFY(small[1][10] > small[1][15]);
        // Shrunk, not ignored: two replies lift the company's 15:00 above its country's.
        QVERIFY(small[1][15] > model.grid(QStringLiteral("DE"))[1][15]);
        QVERIFY(model.grid(QString(), 7) == company); // the company's own country when none is given

        const BusinessCalendar berlin = calendar("Europe/Berlin");
        const qint64 monday = at("2026-12-07T08:00", "Europe/Berlin");
        QCOMPARE(utcText(model.runMoment(berlin, monday, QStringLiteral("DE"))),
                 utcText(at("2026-12-08T10:00", "Europe/Berlin")));
        QCOMPARE(utcText(model.runMoment(berlin, monday, QStringLiteral("DE"), 7)),
                 utcText(at("2026-12-08T15:00", "Europe/Berlin")));
        QCOMPARE(utcText(model.runMoment(berlin, monday, QStringLiteral("DE"), 8)),
                 utcText(at("2026-12-08T10:00", "Europe/Berlin")));
        QVERIFY(model.grid(QStringLiteral("FR")) == model.grid());
        QCOMPARE(utcText(model.runMoment(berlin, monday, QStringLiteral("FR"), 999)),
                 utcText(at("2026-12-08T10:00", "Europe/Berlin")));
    }

    // Whatever the replies say (nights, weekends), a step runs inside business hours, never before the
    // plain first moment and never more than two business days after it.
    void neverOutsideBusinessHours_data()
    {
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("hour");
        QTest::newRow("saturday night") << 6 << 22;
        QTest::newRow("tuesday 03:00") << 2 << 3;
        QTest::newRow("friday 16:00") << 5 << 16;
        QTest::newRow("monday 08:00") << 1 << 8;
        QTest::newRow("tuesday 10:00") << 2 << 10;
    }
    void neverOutsideBusinessHours()
    {
        QFETCH(int, weekday);
        QFETCH(int, hour);
        const SendTimeModel model(replies(80, weekday, hour) + replies(10, 4, 11));
        QVERIFY(model.hasPattern());
        for (const QByteArray& zone :
             {QByteArray("Europe/Paris"), QByteArray("America/New_York"), QByteArray("Asia/Tokyo")}) {
            const BusinessCalendar cal = calendar(zone, {QDate(2027, 3, 30)});
            for (qint64 due = at("2027-03-10T00:00Z"); due < at("2027-04-10T00:00Z"); due += 97 * Minute) {
                const qint64 plain = cal.nextOpen(due);
                const qint64 run = model.runMoment(cal, due);
                QVERIFY2(run >= plain, qPrintable(utcText(due)));
                QVERIFY2(run <= cal.addBusinessDays(plain, SendTimeModel::HorizonBusinessDays),
                         qPrintable(utcText(due)));
                QVERIFY2(cal.nextOpen(run) == run, qPrintable(utcText(due) + QStringLiteral(" -> ") + utcText(run)));
                const QDateTime local = QDateTime::fromMSecsSinceEpoch(run, QTimeZone(zone));
                QVERIFY(cal.isBusinessDay(local.date()));
                QVERIFY(local.time() >= QTime(9, 0) && local.time() < QTime(17, 0));
            }
        }
    }

    // Human replies only: inbound, in a prospect's thread, any category but auto_reply, bounce and
    // complaint; the message's date, else when it was synced.
    void repositoryReadsHumanReplies()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        Sql::run(db,
                 QStringLiteral("INSERT INTO companies (id, name, country, created_at, updated_at) VALUES (5, "
                                "'Acme', 'France', 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO prospects (id, company_id, first_name, email, timezone, created_at, "
                                "updated_at) VALUES (1, 5, 'Ada', 'ada@acme.example', 'Europe/Paris', 0, 0), "
                                "(2, NULL, 'Ben', 'ben@solo.example', NULL, 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO threads (id, prospect_id, subject, created_at) VALUES (10, 1, 'a', "
                                "0), (11, 2, 'b', 0), (12, NULL, 'c', 0)"));
        const auto message = [&](qint64 thread, const char* direction, const char* category, const QVariant& sent) {
            Sql::run(
                db,
                QStringLiteral("INSERT INTO messages (thread_id, direction, classification, sent_at, "
                               "created_at) VALUES (:t, :d, :c, :s, 777)"),
                {{":t", thread},
                 {":d", QString::fromLatin1(direction)},
                 {":c", category ? QVariant(QString::fromLatin1(category)) : QVariant(QMetaType(QMetaType::QString))},
                 {":s", sent}});
        };
        message(10, "inbound", "interested", 1000);
        message(10, "inbound", "auto_reply", 1001);
        message(10, "inbound", "bounce", 1002);
        message(10, "inbound", "complaint", 1003);
        message(10, "outbound", nullptr, 1004);
        message(11, "inbound", "other", QVariant(QMetaType(QMetaType::LongLong)));
        message(12, "inbound", "question", 1005); // nobody's thread
        message(10, "inbound", "unsubscribe", 2000);

        const models::SendTimeRepository repository(db);
        const QList<models::SendTimeRepository::Reply> list = repository.replies();
        QCOMPARE(repository.count(), 3);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).receivedAt, 777); // no date: when it was synced
        QCOMPARE(list.at(0).prospectId, 2);
        QCOMPARE(list.at(0).companyId, 0);
        QCOMPARE(list.at(1).receivedAt, 1000);
        QCOMPARE(list.at(1).timezone, QStringLiteral("Europe/Paris"));
        QCOMPARE(list.at(1).country, QStringLiteral("France"));
        QCOMPARE(list.at(1).companyId, 5);
        QCOMPARE(list.at(1).companyName, QStringLiteral("Acme"));
        QCOMPARE(list.at(2).receivedAt, 2000);
        QCOMPARE(repository.place(1).country, QStringLiteral("France"));
        QCOMPARE(repository.place(1).companyId, 5);
        QCOMPARE(repository.place(2).companyId, 0);

        const SendTimeModel model = LearnedSendTimes::load(db, QTimeZone::utc());
        QCOMPARE(model.replies(), 3);
        QCOMPARE(model.countryReplies(QStringLiteral("FR")), 2);
        QCOMPARE(model.companyReplies(5), 2);
    }

    // The engine: 49 replies change nothing (09:00 Paris, the first business moment); with 60 on
    // Tuesdays 10:00 Paris, the step due Monday morning is planned for Tuesday 10:00.
    void engineSendsInTheLearnedWindow()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        models::MailAccount a;
        a.displayName = QStringLiteral("Dana");
        a.email = QStringLiteral("dana@seller.example");
        a.username = a.email;
        a.imapHost = QStringLiteral("127.0.0.1");
        a.imapPort = 1;
        a.imapSecurity = QStringLiteral("none");
        a.smtpHost = QStringLiteral("127.0.0.1");
        a.smtpPort = 1;
        a.smtpSecurity = QStringLiteral("none");
        a.dailySendCap = 200;
        a.warmed = true;
        models::MailAccountRepository(db).add(a, 0);
        Sql::run(db,
                 QStringLiteral("INSERT INTO companies (id, name, country, created_at, updated_at) VALUES (1, "
                                "'Acme', 'FR', 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO prospects (id, company_id, first_name, email, created_at, "
                                "updated_at) VALUES (1, 1, 'Ada', 'ada@acme.example', 0, 0)"));
        QString error;
        const std::optional<models::SequenceDefinition> definition = models::SequenceDefinition::fromJson(
            QJsonDocument::fromJson(R"({"name": "Q1", "account": "Dana", "timezone": "Europe/Paris",
              "business_hours": {"days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "17:00"},
              "steps": [{"channel": "email", "approval": "auto",
                         "variants": [{"name": "A", "subject": "Hello", "body": "Hello {{first_name}}."}]}]})")
                .object(),
            &error);
        QVERIFY2(definition, qPrintable(error));
        models::SequenceRepository sequences(db);
        const qint64 sequence = sequences.create(*definition, QStringLiteral("test"), 0);
        const qint64 monday = at("2026-12-07T06:00Z"); // 07:00 in Paris
        sequences.enroll({1}, sequence, QStringLiteral("test"), monday);
        // Other prospects' replies, Tuesdays 10:xx in Paris (09:xxZ in December).
        Sql::run(db,
                 QStringLiteral("INSERT INTO prospects (id, company_id, first_name, email, created_at, "
                                "updated_at) VALUES (2, 1, 'Ben', 'ben@acme.example', 0, 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO threads (id, prospect_id, subject, created_at) VALUES (9, 2, 'x', 0)"));
        const auto addReplies = [&](int n) {
            for (int i = 0; i < n; ++i) {
                Sql::run(db,
                         QStringLiteral("INSERT INTO messages (thread_id, direction, classification, sent_at, "
                                        "created_at) VALUES (9, 'inbound', 'interested', :s, 0)"),
                         {{":s", at("2026-11-03T09:10Z") + qint64(i % 45) * Minute}});
            }
        };
        const auto plan = [&]() {
            const DecisionEngine::Result r = DecisionEngine(db).run(
                {.now = monday, .until = monday + 7 * 24 * Hour, .dryRun = true, .canceled = {}});
            return r.planned.size() == 1 ? utcText(r.planned.first().at) : QString();
        };
        addReplies(49);
        QCOMPARE(plan(), QStringLiteral("2026-12-07T08:00:00Z"));
        addReplies(11);
        QCOMPARE(LearnedSendTimes(db, QTimeZone::utc()).model().replies(), 60);
        QCOMPARE(plan(), QStringLiteral("2026-12-08T09:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestSendTime)
#include "test_sendtime.moc"
