// The decision engine's pure logic: business hours in the prospect's zone (DST, holidays), a mailbox's
// sending caps (spacing, 24-hour windows, warm-up ramp), A/B arms and verdicts, a prospect's zone.
#include "agents/decision/AbTest.h"
#include "agents/decision/BusinessCalendar.h"
#include "agents/decision/ProspectZone.h"
#include "agents/decision/SendSlots.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace sc::agents::decision;

Q_DECLARE_METATYPE(AbTest::Arm)

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// "2026-12-05T10:00" is local time in `zone`; a trailing "Z" makes it UTC.
qint64 at(const QByteArray& text, const QByteArray& zone = "Europe/Paris")
{
    const bool isUtc = text.endsWith('Z');
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(isUtc ? text.chopped(1) : text), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), isUtc ? QTimeZone::utc() : QTimeZone(zone)).toMSecsSinceEpoch();
}

BusinessCalendar calendar(const QByteArray& zone, const QList<QDate>& holidays)
{
    return BusinessCalendar(QTimeZone(zone), BusinessHours {{1, 2, 3, 4, 5}, QTime(9, 0), QTime(17, 0), holidays});
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace

class TestDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextOpen_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("expected");
        const auto row
            = [](const char* name, const char* zone, const char* from, const char* to, QList<QDate> off = {}) {
                  QTest::newRow(name) << QByteArray(zone) << off << QByteArray(from) << QByteArray(to);
              };
        // 4 December 2026 is a Friday.
        row("saturday 10:00", "Europe/Paris", "2026-12-05T10:00", "2026-12-07T09:00");
        row("friday 16:59:30 is open", "Europe/Paris", "2026-12-04T16:59:30", "2026-12-04T16:59:30");
        row("friday 17:00 is closed", "Europe/Paris", "2026-12-04T17:00", "2026-12-07T09:00");
        row("early morning", "Europe/Paris", "2026-12-03T06:10", "2026-12-03T09:00");
        row("holiday monday", "Europe/Paris", "2026-12-05T10:00", "2026-12-08T09:00", {QDate(2026, 12, 7)});
        // Summer time starts on Sunday 28 March 2027: 09:00 is 08:00Z before, 07:00Z after.
        row("friday before DST", "Europe/Paris", "2027-03-25T18:00Z", "2027-03-26T08:00Z");
        row("monday after DST", "Europe/Paris", "2027-03-27T09:00Z", "2027-03-29T07:00Z");
        row("new york weekend", "America/New_York", "2026-12-05T15:00Z", "2026-12-07T14:00Z");
        // US summer time starts on 14 March 2027.
        row("new york after DST", "America/New_York", "2027-03-12T22:00Z", "2027-03-15T13:00Z");
        row("new york open", "America/New_York", "2026-12-04T21:59Z", "2026-12-04T21:59Z");
    }
    void nextOpen()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QList<QDate>, holidays);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, expected);
        QCOMPARE(utcText(calendar(zone, holidays).nextOpen(at(from, zone))), utcText(at(expected, zone)));
    }

    void calendarEdges()
    {
        // No business day at all: gives up and returns the moment asked about.
        const BusinessCalendar closed(QTimeZone("Europe/Paris"), BusinessHours {});
        QCOMPARE(closed.nextOpen(at("2026-12-05T10:00")), at("2026-12-05T10:00"));
        QCOMPARE(closed.addBusinessDays(at("2026-12-05T10:00"), 2), at("2026-12-05T10:00"));
        QVERIFY(!closed.isBusinessDay(QDate(2026, 12, 7)));
        // A window ending before it starts reads as 09:00-17:00.
        const BusinessCalendar fixed(QTimeZone("Europe/Paris"), {{1, 2, 3, 4, 5}, QTime(18, 0), QTime(8, 0), {}});
        QCOMPARE(fixed.nextOpen(at("2026-12-03T07:00")), at("2026-12-03T09:00"));
        QCOMPARE(fixed.nextOpen(at("2026-12-03T17:00")), at("2026-12-04T09:00"));
        // Opening at 02:30 on the night summer time starts: 02:30 does not exist, 03:00 CEST does.
        const BusinessCalendar early(QTimeZone("Europe/Paris"),
                                     {{1, 2, 3, 4, 5, 6, 7}, QTime(2, 30), QTime(10, 0), {}});
        QCOMPARE(utcText(early.nextOpen(at("2027-03-28T00:00Z"))), utcText(at("2027-03-28T01:00Z")));
        QCOMPARE(utcText(early.addBusinessDays(at("2027-03-27T02:30"), 1)), utcText(at("2027-03-28T01:00Z")));
        QCOMPARE(early.zone().id(), QByteArrayLiteral("Europe/Paris"));
    }

    void addBusinessDays()
    {
        const auto add = [](const QList<QDate>& holidays, qint64 from, int n) {
            return utcText(calendar(QByteArrayLiteral("Europe/Paris"), holidays).addBusinessDays(from, n));
        };
        const qint64 thursday = at("2026-12-03T10:00");
        QCOMPARE(add({}, thursday, 3), utcText(at("2026-12-08T10:00"))); // over the weekend
        QCOMPARE(add({QDate(2026, 12, 7)}, thursday, 3), utcText(at("2026-12-09T10:00"))); // and a holiday
        QCOMPARE(add({}, thursday, 1), utcText(at("2026-12-04T10:00")));
        QCOMPARE(add({}, thursday, 0), utcText(thursday));
        QCOMPARE(add({}, thursday, -2), utcText(thursday));
        QCOMPARE(add({}, at("2026-12-05T11:00"), 1), utcText(at("2026-12-07T11:00"))); // from a Saturday
        // 10:00 local stays 10:00 local: 09:00Z before summer time, 08:00Z after (5 days less an hour).
        QCOMPARE(add({}, at("2027-03-25T09:00Z"), 3), utcText(at("2027-03-30T08:00Z")));
    }

    void capsAndRamp()
    {
        const qint64 day0 = at("2026-12-01T08:00Z");
        QCOMPARE(SendSlots::rampCap(100, false, day0, day0 + 5 * Hour), 20);
        QCOMPARE(SendSlots::rampCap(100, false, day0, day0 + Day), 24);
        QCOMPARE(SendSlots::rampCap(100, false, day0, day0 + 2 * Day + 23 * Hour), 28);
        QCOMPARE(SendSlots::rampCap(100, false, day0, day0 + 5 * Day), 49); // floor(20 * 1.2^5)
        QCOMPARE(SendSlots::rampCap(30, false, day0, day0 + 5 * Day), 30); // capped at perDay
        QCOMPARE(SendSlots::rampCap(100, false, day0, day0 + 400 * Day), 100);
        QCOMPARE(SendSlots::rampCap(100, false, 0, day0), 20); // not started: starts now
        QCOMPARE(SendSlots::rampCap(100, false, day0, day0 - Day), 20);
        QCOMPARE(SendSlots::rampCap(70, true, day0, day0), 70);
        QCOMPARE(SendSlots::rampCap(0, false, day0, day0), 1);
        const qint64 t0 = at("2026-12-07T09:00");
        SendSlots slots(Rules {2, 120, false, 0}, {});
        for (const qint64 want : {t0, t0 + 2 * Minute, t0 + Day, t0 + Day + 2 * Minute}) {
            const qint64 slot = slots.earliest(t0);
            QCOMPARE(slot - t0, want - t0);
            slots.take(slot);
        }
        QCOMPARE(slots.count(), 4);
        QCOMPARE(slots.capAt(t0), 2);
        // 20 sends late on day 0 fill its cap; day 1 (cap 24) opens before the first of them ages out.
        const qint64 start = at("2026-12-07T00:00Z");
        QList<qint64> taken;
        for (int i = 0; i < 20; ++i) {
            taken.append(start + 12 * Hour + i * 5 * Minute);
        }
        const SendSlots ramped(Rules {50, 120, false, start}, taken);
        QCOMPARE(ramped.earliest(start + 14 * Hour) - start, Day);
        // Without a ramp start the ramp begins at the first send.
        const SendSlots fromFirst(Rules {50, 120, false, 0}, taken);
        QCOMPARE(fromFirst.capAt(start + 12 * Hour + Day), 24);
        QCOMPARE(fromFirst.earliest(start + 14 * Hour) - start, 12 * Hour + Day);
    }

    void earliest()
    {
        const qint64 t = at("2026-12-07T09:00");
        // The slot one more send gets after `taken`, all as offsets from t.
        const auto slot = [t](int perDay, QList<qint64> taken) {
            std::for_each(taken.begin(), taken.end(), [t](qint64& x) { x += t; });
            return SendSlots(Rules {perDay, 120, true, 0}, taken).earliest(t) - t;
        };
        QCOMPARE(slot(50, {-Day}), 0);
        QCOMPARE(slot(50, {Minute}), 3 * Minute); // the spacing holds on both sides
        QCOMPARE(slot(50, {-Minute}), Minute);
        QCOMPARE(slot(50, {2 * Minute, -2 * Minute}), 0);
        QCOMPARE(slot(50, {Minute, 3 * Minute, 5 * Minute}), 7 * Minute);
        // Two sends later the same day fill every window that would hold t with them.
        QCOMPARE(slot(2, {Hour, 2 * Hour}), Hour + Day);
        QCOMPARE(slot(2, {-5 * Hour, -Hour}), 19 * Hour);
        QCOMPARE(slot(2, {-Hour, -5 * Hour}), 19 * Hour); // any order
    }

    void planManySends()
    {
        const int mailboxes = 20;
        const qint64 start = at("2026-12-07T08:00Z");
        QList<SendSlots> slots;
        QList<QList<qint64>> planned(mailboxes);
        for (int m = 0; m < mailboxes; ++m) {
            slots.append(SendSlots(Rules {50, 120, m % 2 == 0, m % 2 == 0 ? 0 : start}, {}));
        }
        for (int i = 0; i < 100000; ++i) {
            const int m = i % mailboxes;
            const qint64 from = planned.at(m).isEmpty() ? start : planned.at(m).constLast();
            const qint64 slot = slots[m].earliest(from);
            slots[m].take(slot);
            planned[m].append(slot);
        }
        for (int m = 0; m < mailboxes; ++m) {
            const QList<qint64>& p = planned.at(m);
            QCOMPARE(slots.at(m).count(), 5000);
            for (qsizetype i = 1; i < p.size(); ++i) {
                QVERIFY(p.at(i) - p.at(i - 1) >= 2 * Minute);
                QVERIFY(i < 50 || p.at(i) - p.at(i - 50) >= Day); // never 51 sends within 24 h
            }
            // A warmed mailbox sends its 50 the first day, a new one 20.
            const auto firstDay = std::count_if(p.cbegin(), p.cend(), [&](qint64 x) { return x < start + Day; });
            QCOMPARE(firstDay, m % 2 == 0 ? 50 : 20);
        }
    }

    // earliest() starts from the answers it gave before: in any order of queries and sends, with or
    // without a ramp, its answers are those of a planner that starts from scratch every time.
    void earliestFromItsHintsEqualsFromScratch()
    {
        QRandomGenerator random(19);
        const qint64 start = at("2026-12-07T08:00Z");
        for (int round = 0; round < 12; ++round) {
            const Rules rules {5 + int(random.bounded(40)), int(random.bounded(600)), round % 3 == 0,
                               round % 3 == 1 ? start : 0};
            SendSlots slots(rules, {});
            QList<qint64> taken;
            for (int i = 0; i < 400; ++i) {
                // Mostly forward in time like the planner's queue, sometimes back (another zone's hours).
                const qint64 t = start + qint64(random.bounded(7 * 24)) * Hour / (i % 5 == 0 ? 1 : 3)
                    + qint64(random.bounded(3600)) * 1000;
                const qint64 answer = slots.earliest(t);
                QCOMPARE(answer, SendSlots(rules, taken).earliest(t));
                if (i % 4 != 3) { // some answers are not taken: the hint stays a bound, not a claim
                    slots.take(answer);
                    taken.append(answer);
                }
            }
        }
    }

    void pick_data()
    {
        QTest::addColumn<QList<int>>("weights");
        QTest::addColumn<QList<double>>("shares");
        QTest::newRow("50/50") << QList<int> {50, 50} << QList<double> {0.5, 0.5};
        QTest::newRow("80/20") << QList<int> {80, 20} << QList<double> {0.8, 0.2};
        QTest::newRow("1/2/1") << QList<int> {1, 2, 1} << QList<double> {0.25, 0.5, 0.25};
        QTest::newRow("zero weight") << QList<int> {1, 0, 1} << QList<double> {0.5, 0.0, 0.5};
        QTest::newRow("negative weight") << QList<int> {-5, 10} << QList<double> {0.0, 1.0};
        QTest::newRow("all zero") << QList<int> {0, 0} << QList<double> {1.0, 0.0};
        QTest::newRow("none") << QList<int> {} << QList<double> {1.0};
    }
    void pick()
    {
        QFETCH(QList<int>, weights);
        QFETCH(QList<double>, shares);
        QList<int> counts(shares.size());
        for (quint64 key = 0; key < 10000; ++key) {
            const int arm = AbTest::pick(weights, key);
            QVERIFY(arm >= 0 && arm < counts.size());
            QCOMPARE(AbTest::pick(weights, key), arm);
            ++counts[arm];
        }
        for (qsizetype i = 0; i < shares.size(); ++i) {
            QVERIFY2(std::abs(counts.at(i) - shares.at(i) * 10000) <= 300, qPrintable(QString::number(counts.at(i))));
        }
        QCOMPARE(AbTest::splitmix64(0), Q_UINT64_C(0xE220A8397B1DCDAF));
    }

    void verdict_data()
    {
        QTest::addColumn<QList<AbTest::Arm>>("arms");
        QTest::addColumn<QString>("expected"); // winner, enough data, leading arm
        QTest::addColumn<QList<double>>("pRange"); // from <= p < to
        const auto arm = [](char name, int successes, int sends) {
            return AbTest::Arm {QString(QLatin1Char(name)), 1, sends, successes};
        };
        const auto row = [](const char* name, const QList<AbTest::Arm>& arms, const char* expected, QList<double> p) {
            QTest::newRow(name) << arms << QString::fromLatin1(expected) << p;
        };
        row("clear", {arm('A', 120, 1000), arm('B', 60, 1000)}, "0 1 A", {0.0, 0.001});
        row("winner second", {arm('A', 60, 1000), arm('B', 120, 1000)}, "1 1 B", {0.0, 0.001});
        row("not enough data", {arm('A', 10, 50), arm('B', 5, 50)}, "-1 0 A", {0.0, 1.0});
        row("no difference", {arm('A', 50, 1000), arm('B', 52, 1000)}, "-1 1 B", {0.5, 1.0});
        row("best vs runner-up", {arm('A', 20, 1000), arm('B', 120, 1000), arm('C', 115, 1000)}, "-1 1 B", {0.5, 1.0});
        row("one arm", {arm('A', 20, 1000)}, "-1 0 A", {1.0, 1.1});
        row("nothing sent", {arm('A', 0, 0), arm('B', 0, 0)}, "-1 0 A", {1.0, 1.1});
    }
    void verdict()
    {
        QFETCH(QList<AbTest::Arm>, arms);
        QFETCH(QString, expected);
        QFETCH(QList<double>, pRange);
        const AbTest::Verdict v = AbTest::verdict(arms);
        QCOMPARE(QStringLiteral("%1 %2 %3").arg(v.winner).arg(int(v.enoughData)).arg(v.leading), expected);
        QVERIFY2(v.pValue >= pRange.at(0) && v.pValue < pRange.at(1), qPrintable(QString::number(v.pValue)));
    }

    void resolveZone_data()
    {
        QTest::addColumn<QString>("tz");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("expected"); // the zone and its UTC offsets in January and July 2026
        const auto row = [](const char* tz, const char* country, const char* expected) {
            QTest::addRow("%s|%s", tz, country)
                << QString::fromUtf8(tz) << QString::fromUtf8(country) << QString::fromUtf8(expected);
        };
        row("Europe/Berlin", "", "Europe/Berlin +1 +2");
        row(" Asia/Tokyo ", "US", "Asia/Tokyo +9 +9");
        row("", "FR", "Europe/Paris +1 +2");
        row("", "de", "Europe/Berlin +1 +2");
        row("", "Allemagne", "Europe/Berlin +1 +2");
        row("", "royaume uni", "Europe/London +0 +1");
        row("", "Japan", "Asia/Tokyo +9 +9");
        row("", "Sénégal", "Africa/Dakar +0 +0");
        row("", "Côte d’Ivoire", "Africa/Abidjan +0 +0");
        row("garbage/zone", "France", "Europe/Paris +1 +2");
        // Islands and far regions aside, the mainland's zone.
        row("", "ES", "Europe/Madrid +1 +2");
        row("", "Portugal", "Europe/Lisbon +0 +1");
        row("", "Chine", "Asia/Shanghai +8 +8");
        // Several zones, unknown, nothing valid: the fallback.
        for (const char* country : {"US", "CA", "AU", "BR", "RU", "MX", "États-Unis", "Narnia", ""}) {
            row("garbage/zone", country, "Pacific/Auckland +13 +12");
        }
    }
    // "Their time" beside ours: only when their clock reads differently at that moment, and never a guess.
    void otherZoneAndItsPlace()
    {
        const QTimeZone paris("Europe/Paris");
        const qint64 winter = at("2027-01-14T14:00Z");
        const QTimeZone chicago = ProspectZone::otherThan(QStringLiteral("America/Chicago"), QString(), paris, winter);
        QCOMPARE(chicago.id(), QByteArray("America/Chicago"));
        QCOMPARE(ProspectZone::placeName(chicago), QStringLiteral("Chicago"));
        QCOMPARE(ProspectZone::placeName(QTimeZone("America/Sao_Paulo")), QStringLiteral("Sao Paulo"));
        QVERIFY(!ProspectZone::otherThan(QString(), QStringLiteral("DE"), paris, winter).isValid()); // same clock
        QVERIFY(!ProspectZone::otherThan(QString(), QStringLiteral("US"), paris, winter).isValid()); // unknown zone
        // London is an hour behind Paris all year: "other".
        QVERIFY(ProspectZone::otherThan(QString(), QStringLiteral("GB"), paris, winter).isValid());
    }

    void resolveZone()
    {
        QFETCH(QString, tz);
        QFETCH(QString, country);
        QFETCH(QString, expected);
        const QTimeZone zone = ProspectZone::resolve(tz, country, QTimeZone("Pacific/Auckland"));
        const auto hours = [&zone](int month) {
            const int offset = zone.offsetFromUtc(QDateTime(QDate(2026, month, 15), QTime(12, 0), QTimeZone::utc()));
            return QStringLiteral("%1%2").arg(QChar(offset < 0 ? u'-' : u'+')).arg(std::abs(offset) / 3600);
        };
        QCOMPARE(QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(zone.id()), hours(1), hours(7)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDecision)
#include "test_decision.moc"
