// Sequences run by the Decision engine under a simulated clock, in process, against a real Dovecot and a
// real SMTP server on 127.0.0.1: weeks of outreach in seconds. Business hours in each prospect's zone
// (DST and holidays included), caps and spacing, the ramp of a new mailbox, stop on a real reply synced
// from IMAP, an out-of-office pause and resume, no step twice, laptop-sleep catch-up, do-not-contact, and
// the A/B split. Prospects and companies are invented, on example domains.
#include "CliRunner.h"
#include "DovecotServer.h"
#include "SmtpServer.h"
#include "TestWorkspace.h"
#include "agents/decision/DecisionEngine.h"
#include "agents/inbox/InboxSync.h"
#include "agents/inbox/OutboxSender.h"
#include "models/Clock.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <csignal>

using namespace sc;
using namespace sc::models;
using agents::decision::DecisionEngine;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDateTime local(qint64 ms, const char* zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone));
}

SequenceDefinition definition(const QByteArray& json)
{
    QString error;
    const std::optional<SequenceDefinition> d
        = SequenceDefinition::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!d) {
        qFatal("bad sequence in the test: %s", qPrintable(error));
    }
    return *d;
}

const QByteArray ThreeSteps = R"({"name": "Outbound Q1", "account": "Dana", "timezone": "Europe/Paris",
  "business_hours": {"days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "17:00"},
  "holidays": ["2027-01-01"], "caps": {"per_day": 50, "min_spacing_seconds": 120},
  "steps": [
   {"channel": "email", "approval": "auto", "variants": [
      {"name": "A", "weight": 50, "subject": "Picking at {{company}}", "body": "Hello {{first_name}},\n\nA short question."},
      {"name": "B", "weight": 50, "subject": "{{first_name}}, a question", "body": "Hello {{first_name}},\n\nAnother one."}]},
   {"channel": "wait", "business_days": 3},
   {"channel": "email", "approval": "auto", "variants": [{"name": "A", "subject": "Re: Picking", "body": "Hello again {{first_name}}."}]},
   {"channel": "wait", "business_days": 2},
   {"channel": "task", "kind": "call", "title": "Call {{first_name}}"}]})";

} // namespace

class TestSequences : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 12, 31), QTime(20, 0), QTimeZone::utc())};
    std::unique_ptr<tests::TestWorkspace> m_ws;
    std::unique_ptr<tests::DovecotServer> m_imap;
    std::unique_ptr<tests::SmtpServer> m_smtp;
    qint64 m_account = 0;

    QSqlDatabase db() const { return (*m_ws)->connection(); }
    MailAccount account() const
    {
        for (const MailAccount& a : MailAccountRepository(db()).list()) {
            if (a.id == m_account) {
                return a;
            }
        }
        return {};
    }
    qint64 addAccount(bool warmed, int cap = 200)
    {
        MailAccount a;
        a.displayName = QStringLiteral("Dana");
        a.email = QLatin1String(tests::DovecotServer::User);
        a.username = a.email;
        a.imapHost = QStringLiteral("127.0.0.1");
        a.imapPort = m_imap ? m_imap->port() : 1;
        a.imapSecurity = QStringLiteral("none");
        a.smtpHost = QStringLiteral("127.0.0.1");
        a.smtpPort = m_smtp ? m_smtp->port() : 1;
        a.smtpSecurity = QStringLiteral("none");
        a.dailySendCap = cap;
        a.warmed = warmed;
        return MailAccountRepository(db()).add(a, m_clock.nowMs());
    }
    qint64 addProspect(const QString& first, const QString& email, const QString& tz = {}, const QString& country = {})
    {
        const QString domain = email.section(QLatin1Char('@'), 1);
        Sql::run(db(),
                 QStringLiteral("INSERT OR IGNORE INTO companies (name, domain, country, created_at, updated_at) "
                                "VALUES (:n, :d, :c, 0, 0)"),
                 {{":n", first + QStringLiteral(" & Co")}, {":d", domain}, {":c", Sql::orNull(country)}});
        const qint64 company
            = Sql::scalar(db(), QStringLiteral("SELECT id FROM companies WHERE domain = :d"), {{":d", domain}})
                  .toLongLong();
        return Sql::run(db(),
                        QStringLiteral("INSERT INTO prospects (company_id, first_name, last_name, email, timezone, "
                                       "created_at, updated_at) VALUES (:c, :f, 'Example', :e, :tz, 0, 0)"),
                        {{":c", company}, {":f", first}, {":e", email}, {":tz", Sql::orNull(tz)}})
            .lastInsertId()
            .toLongLong();
    }
    qint64 sequence(const QByteArray& json)
    {
        return SequenceRepository(db()).create(definition(json), QStringLiteral("test"), m_clock.nowMs());
    }
    void enroll(const QList<qint64>& ids, qint64 sequenceId)
    {
        SequenceRepository(db()).enroll(ids, sequenceId, QStringLiteral("test"), m_clock.nowMs());
    }
    DecisionEngine::Result run(qint64 until, bool dryRun = false)
    {
        return DecisionEngine(db()).run({.now = m_clock.nowMs(), .until = until, .dryRun = dryRun, .canceled = {}});
    }
    int scalar(const QString& sql) { return Sql::scalar(db(), sql).toInt(); }
    // Sends what is due at the clock's time through the real SMTP server.
    agents::inbox::OutboxSender::Result flush()
    {
        agents::inbox::OutboxSender sender(db(), account(), QLatin1String(tests::DovecotServer::Password));
        return sender.run();
    }
    bool deliver(const QByteArray& raw)
    {
        agents::inbox::ImapClient client(
            {QStringLiteral("127.0.0.1"), m_imap->port(), agents::inbox::ImapClient::Security::None,
             QLatin1String(tests::DovecotServer::User), QLatin1String(tests::DovecotServer::Password), 10000});
        return client.login() && client.append(QStringLiteral("INBOX"), raw);
    }
    void sync()
    {
        agents::inbox::InboxSync inbox(db(), account(), QLatin1String(tests::DovecotServer::Password));
        const agents::inbox::InboxSync::Result r = inbox.run();
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QString enrollmentOf(qint64 prospect)
    {
        QSqlQuery q = Sql::run(db(),
                               QStringLiteral("SELECT status || '/' || coalesce(stop_reason, '') FROM enrollments "
                                              "WHERE prospect_id = :p"),
                               {{":p", prospect}});
        return q.next() ? q.value(0).toString() : QString();
    }
    void startServers()
    {
        m_imap = std::make_unique<tests::DovecotServer>();
        QVERIFY2(m_imap->start(), qPrintable(m_imap->log()));
        m_smtp = std::make_unique<tests::SmtpServer>(QLatin1String(tests::DovecotServer::User),
                                                     QLatin1String(tests::DovecotServer::Password));
        QVERIFY(m_smtp->start());
        // The sequences' spacing is the engine's; the outbox's own pause between two emails is the clock's,
        // which only moves when the test says.
        WorkspaceSettings(db()).setInteger(Setting::OutboxMinIntervalSeconds, 0);
    }

private Q_SLOTS:
    void initTestCase() { Clock::setInstance(&m_clock); }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 31), QTime(20, 0), QTimeZone::utc()));
        m_ws = std::make_unique<tests::TestWorkspace>();
    }
    void cleanup()
    {
        (*m_ws)->releaseConnection();
        m_ws.reset();
        m_smtp.reset();
        m_imap.reset();
    }

    // Each step at the first moment inside 09:00–17:00 of the prospect's own weekdays, in their zone (their
    // own, else their country's single zone, else the sequence's), never on the sequence's holiday, with
    // N business days between steps, keeping local time across the DST change of March 2027.
    void stepsRunInEachProspectsHoursAcrossHolidaysAndDst()
    {
        m_account = addAccount(true);
        const qint64 paris = addProspect(QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        const qint64 york = addProspect(QStringLiteral("Ben"), QStringLiteral("ben@globex.example"),
                                        QStringLiteral("America/New_York"));
        const qint64 tokyo = addProspect(QStringLiteral("Chika"), QStringLiteral("chika@initech.example"), QString(),
                                         QStringLiteral("JP"));
        enroll({paris, york, tokyo}, sequence(ThreeSteps));
        const DecisionEngine::Result r = run(utc(2027, 1, 20, 0), true);
        QCOMPARE(r.planned.size(), 9); // 3 prospects x (email, email, task)
        QHash<qint64, QList<qint64>> times;
        for (const DecisionEngine::Planned& p : r.planned) {
            const char* zone = p.prospectId == york ? "America/New_York"
                : p.prospectId == tokyo             ? "Asia/Tokyo"
                                                    : "Europe/Paris";
            const QDateTime t = local(p.at, zone);
            QVERIFY2(t.date().dayOfWeek() <= 5, qPrintable(t.toString(Qt::ISODate)));
            QVERIFY2(t.time() >= QTime(9, 0) && t.time() < QTime(17, 0), qPrintable(t.toString(Qt::ISODate)));
            QVERIFY(t.date() != QDate(2027, 1, 1)); // the holiday, in the prospect's calendar
            times[p.prospectId].append(p.at);
        }
        // Ada (Paris): Friday 1 January is a holiday, so Monday 4 January at 09:00 (08:00Z); New York is
        // still in business hours on Thursday 31 December at 15:00 local (20:00Z, the clock's time).
        QCOMPARE(times[paris].first(), utc(2027, 1, 4, 8, 0));
        QCOMPARE(times[york].first(), utc(2026, 12, 31, 20, 0));
        QCOMPARE(local(times[tokyo].first(), "Asia/Tokyo").time(), QTime(9, 0));
        // 3 business days later for the follow-up: Thursday 7 January, same local time.
        QCOMPARE(local(times[paris].at(1), "Europe/Paris").date(), QDate(2027, 1, 7));
        QCOMPARE(local(times[paris].at(1), "Europe/Paris").time(), local(times[paris].first(), "Europe/Paris").time());
        // Then 2 more business days: Monday 11 January.
        QCOMPARE(local(times[paris].at(2), "Europe/Paris").date(), QDate(2027, 1, 11));

        // DST: enrolled on Friday 26 March 2027 at 12:00 Paris (11:00Z); the follow-up, 3 business days on,
        // is on Wednesday 31 March at the same 12:00 local, now 10:00Z.
        m_clock.set(QDateTime(QDate(2027, 3, 26), QTime(11, 0), QTimeZone::utc()));
        Sql::run(db(), QStringLiteral("DELETE FROM enrollments")); // the dry run above left them all due
        const qint64 later = addProspect(QStringLiteral("Dora"), QStringLiteral("dora@umbrella.example"));
        enroll({later}, SequenceRepository(db()).find(QStringLiteral("Outbound Q1"))->id);
        const DecisionEngine::Result dst = run(utc(2027, 4, 10, 0), true);
        QList<qint64> dora;
        for (const DecisionEngine::Planned& p : dst.planned) {
            if (p.prospectId == later) {
                dora.append(p.at);
            }
        }
        QCOMPARE(dora.size(), 3);
        QCOMPARE(dora.at(0), utc(2027, 3, 26, 11, 0));
        QCOMPARE(dora.at(1), utc(2027, 3, 31, 10, 0));
    }

    // Per mailbox: at most per_day in any 24 hours, min_spacing between two; a new mailbox ramps up
    // (20 the first day, 24 the next), a warmed one sends at its cap from the first day.
    void capsSpacingAndTheRampOfANewMailbox_data()
    {
        QTest::addColumn<bool>("warmed");
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<int>("secondDay");
        QTest::newRow("warmed") << true << 30 << 30;
        QTest::newRow("new mailbox") << false << 20 << 24;
    }
    void capsSpacingAndTheRampOfANewMailbox()
    {
        QFETCH(bool, warmed);
        QFETCH(int, firstDay);
        QFETCH(int, secondDay);
        m_account = addAccount(warmed);
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(7, 0), QTimeZone::utc())); // Monday 08:00 Paris
        QList<qint64> ids;
        for (int i = 0; i < 100; ++i) {
            ids.append(addProspect(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@heron-works.example").arg(i)));
        }
        QByteArray json = ThreeSteps;
        json.replace(R"("per_day": 50, "min_spacing_seconds": 120)", R"("per_day": 30, "min_spacing_seconds": 300)");
        json.replace(R"("start": "09:00", "end": "17:00")", R"("start": "00:00", "end": "23:59")");
        json.replace(R"("days": ["mon","tue","wed","thu","fri"])",
                     R"("days": ["mon","tue","wed","thu","fri","sat","sun"])");
        enroll(ids, sequence(json));
        const DecisionEngine::Result r = run(m_clock.nowMs() + 2 * SendSlotsDay - 1);
        QList<qint64> sends;
        for (const DecisionEngine::Planned& p : r.planned) {
            if (p.channel == QLatin1String("email")) {
                sends.append(p.at);
            }
        }
        std::sort(sends.begin(), sends.end());
        const qint64 start = m_clock.nowMs();
        const auto inDay = [&](int day) {
            return std::count_if(sends.begin(), sends.end(), [&](qint64 t) {
                return t >= start + day * SendSlotsDay && t < start + (day + 1) * SendSlotsDay;
            });
        };
        QCOMPARE(int(inDay(0)), firstDay);
        QCOMPARE(int(inDay(1)), secondDay);
        for (int i = 1; i < sends.size(); ++i) {
            QVERIFY(sends.at(i) - sends.at(i - 1) >= 300'000);
        }
        for (int i = 0; i < sends.size(); ++i) { // any 24 hours
            const auto window = std::count_if(sends.begin(), sends.end(), [&](qint64 t) {
                return t >= sends.at(i) && t < sends.at(i) + SendSlotsDay;
            });
            QVERIFY(window <= 30);
        }
        // They were queued once each, with those times; running again adds nothing (no step twice).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")), int(sends.size()));
        const DecisionEngine::Result again = run(m_clock.nowMs() + 2 * SendSlotsDay - 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), int(sends.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (SELECT enrollment_id, step FROM sequence_step_runs "
                                       "GROUP BY 1, 2 HAVING count(*) > 1)")),
                 0);
        QVERIFY(again.planned.isEmpty());
    }

    // The first email goes through the real SMTP server; the prospect answers; the sync stops the sequence
    // before the follow-up, which was never queued, and moves the stage to Replied.
    void aRealReplyStopsTheSequenceBeforeTheNextSend()
    {
        startServers();
        m_account = addAccount(true);
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), QTimeZone::utc()));
        const qint64 ada = addProspect(QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        const qint64 ben = addProspect(QStringLiteral("Ben"), QStringLiteral("ben@globex.example"));
        enroll({ada, ben}, sequence(ThreeSteps));
        QCOMPARE(run(m_clock.nowMs() + 3600'000).planned.size(), 2);
        m_clock.advance(10 * 60'000);
        const agents::inbox::OutboxSender::Result sent = flush();
        QVERIFY2(sent.ok, qPrintable(sent.error));
        QCOMPARE(sent.sent, 2);
        QCOMPARE(m_smtp->count(), 2);
        const QString messageId = Sql::scalar(db(),
                                              QStringLiteral("SELECT message_id FROM outbox WHERE prospect_id "
                                                             "= :p"),
                                              {{":p", ada}})
                                      .toString();
        QVERIFY(deliver("From: Ada Example <ada@acme.example>\r\nTo: dana@kestrel-labs.example\r\nSubject: Re: "
                        "Picking\r\nMessage-ID: <r1@acme.example>\r\nIn-Reply-To: <"
                        + messageId.toUtf8()
                        + ">\r\nDate: Tue, 05 Jan 2027 10:00:00 +0100\r\nContent-Type: text/plain\r\n\r\nYes, "
                          "interested. Can you send me a few details about your pricing?\r\n"));
        m_clock.set(QDateTime(QDate(2027, 1, 5), QTime(10, 0), QTimeZone::utc()));
        sync();
        QCOMPARE(enrollmentOf(ada), QStringLiteral("stopped/reply"));
        QCOMPARE(
            Sql::scalar(db(), QStringLiteral("SELECT status FROM prospects WHERE id = :p"), {{":p", ada}}).toString(),
            QStringLiteral("replied"));
        // A week on: Ben gets his follow-up and his task, Ada nothing.
        m_clock.set(QDateTime(QDate(2027, 1, 11), QTime(7, 0), QTimeZone::utc()));
        const DecisionEngine::Result next = run(utc(2027, 1, 16, 0));
        for (const DecisionEngine::Planned& p : next.planned) {
            QVERIFY(p.prospectId != ada);
        }
        QCOMPARE(next.planned.size(), 2);
        m_clock.set(QDateTime(QDate(2027, 1, 11), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(flush().sent, 1);
        QCOMPARE(m_smtp->count(), 3);
        QVERIFY(!m_smtp->message(3).contains("ada@acme.example"));
        QVERIFY(m_smtp->message(3).contains("In-Reply-To:")); // the follow-up stays in its thread
    }

    // "Out of office until 18 January": the sequence pauses, nothing is planned before, and on the 18th it
    // walks on from where it was.
    void anOutOfOfficePausesUntilTheReturnDateThenResumes()
    {
        startServers();
        m_account = addAccount(true);
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), QTimeZone::utc()));
        const qint64 ada = addProspect(QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        enroll({ada}, sequence(ThreeSteps));
        run(m_clock.nowMs() + 3600'000);
        m_clock.advance(10 * 60'000);
        QCOMPARE(flush().sent, 1);
        QVERIFY(deliver("From: Ada Example <ada@acme.example>\r\nTo: dana@kestrel-labs.example\r\nSubject: "
                        "Automatic reply: Picking\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo@acme.example>\r\n"
                        "Date: Mon, 04 Jan 2027 10:12:00 +0100\r\nContent-Type: text/plain\r\n\r\nThank you for your "
                        "message. I am out of the office until 18 January 2027 with limited access to email.\r\n"));
        sync();
        QCOMPARE(enrollmentOf(ada), QStringLiteral("paused/"));
        m_clock.set(QDateTime(QDate(2027, 1, 12), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(run(utc(2027, 1, 17, 23)).planned.isEmpty());
        const DecisionEngine::Result back = run(utc(2027, 1, 19, 0));
        QCOMPARE(back.planned.size(), 1);
        QCOMPARE(back.planned.first().step, 2);
        QCOMPARE(back.planned.first().at, utc(2027, 1, 18, 8, 0)); // 09:00 Paris on the day of return
        QCOMPARE(enrollmentOf(ada), QStringLiteral("active/"));
    }

    // The laptop slept over the weekend with emails queued for Friday afternoon: on Monday they are planned
    // again inside business hours and the spacing, not sent in a burst at wake-up.
    void aLaptopAsleepForAWeekendDoesNotBurstOnWake()
    {
        m_account = addAccount(true);
        m_clock.set(QDateTime(QDate(2027, 1, 8), QTime(15, 0), QTimeZone::utc())); // Friday 16:00 Paris
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i) {
            ids.append(addProspect(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@heron-works.example").arg(i)));
        }
        enroll(ids, sequence(ThreeSteps));
        run(m_clock.nowMs() + 3600'000 - 1); // 16:00–17:00: slots every 2 minutes
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")), 10);
        // Asleep until Sunday night 23:00 Paris: nothing was sent.
        m_clock.set(QDateTime(QDate(2027, 1, 10), QTime(22, 0), QTimeZone::utc()));
        const DecisionEngine::Result woke = run(utc(2027, 1, 11, 12));
        QCOMPARE(woke.planned.size(), 10);
        QList<qint64> times;
        for (const DecisionEngine::Planned& p : woke.planned) {
            QCOMPARE(p.outcome, QStringLiteral("replanned"));
            times.append(p.at);
        }
        std::sort(times.begin(), times.end());
        QCOMPARE(times.first(), utc(2027, 1, 11, 8, 0)); // Monday 09:00 Paris
        for (int i = 1; i < times.size(); ++i) {
            QVERIFY(times.at(i) - times.at(i - 1) >= 120'000);
        }
        QCOMPARE(Sql::scalar(db(),
                             QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued' AND not_before < :t"),
                             {{":t", utc(2027, 1, 11, 8, 0)}})
                     .toInt(),
                 0);
    }

    // Nobody on the do-not-contact list gets anything: found at run time, their enrollment stops; a
    // queued email whose sequence stopped leaves the queue at the last moment.
    void doNotContactAndStoppedSequencesSendNothing()
    {
        startServers();
        m_account = addAccount(true);
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), QTimeZone::utc()));
        const qint64 ada = addProspect(QStringLiteral("Ada"), QStringLiteral("ada@acme.example"));
        const qint64 ben = addProspect(QStringLiteral("Ben"), QStringLiteral("ben@globex.example"));
        const qint64 seq = sequence(ThreeSteps);
        enroll({ada, ben}, seq);
        QString problem;
        DoNotContactRepository(db()).add(QStringLiteral("ada@acme.example"), QStringLiteral("asked by phone"),
                                         m_clock.nowMs(), &problem);
        const DecisionEngine::Result r = run(m_clock.nowMs() + 3600'000);
        QCOMPARE(r.stopped, 1);
        QCOMPARE(enrollmentOf(ada), QStringLiteral("stopped/do_not_contact"));
        // Ben's email is queued; the rep marks him lost before it goes.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")), 1);
        ProspectRepository(db()).setStage({ben}, QStringLiteral("lost"), QStringLiteral("rep"), m_clock.nowMs());
        QCOMPARE(enrollmentOf(ben), QStringLiteral("stopped/lost"));
        m_clock.advance(3600'000);
        QCOMPARE(flush().sent, 0);
        QCOMPARE(m_smtp->count(), 0);
    }

    // Variants split by weight, the same for a prospect across steps.
    void variantsSplitByWeight()
    {
        m_account = addAccount(true, 5000);
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(7, 0), QTimeZone::utc()));
        QList<qint64> ids;
        for (int i = 0; i < 1000; ++i) {
            ids.append(addProspect(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@heron-works.example").arg(i)));
        }
        QByteArray json = ThreeSteps;
        json.replace(R"("per_day": 50, "min_spacing_seconds": 120)", R"("per_day": 5000, "min_spacing_seconds": 1)");
        json.replace(R"("name": "A", "weight": 50)", R"("name": "A", "weight": 80)");
        json.replace(R"("name": "B", "weight": 50)", R"("name": "B", "weight": 20)");
        enroll(ids, sequence(json));
        const DecisionEngine::Result r = run(utc(2027, 1, 4, 16), true);
        int a = 0;
        int b = 0;
        for (const DecisionEngine::Planned& p : r.planned) {
            a += p.variant == QLatin1String("A") ? 1 : 0;
            b += p.variant == QLatin1String("B") ? 1 : 0;
        }
        QCOMPARE(a + b, 1000);
        QVERIFY2(a > 760 && a < 840, qPrintable(QString::number(a)));
    }

    // A mailbox whose mail bounces stops by itself: past 3% of its last 100 sends (once it has sent 20)
    // its sending pauses with a reason, the outbox holds everything, the engine plans no email; the rep
    // resumes it and mail flows again. Every email ends with the sender's footer and how to unsubscribe.
    void bouncesPauseTheMailboxUntilTheRepResumesIt()
    {
        startServers();
        m_account = addAccount(true);
        WorkspaceSettings(db()).setText(Setting::MailFooter,
                                        QStringLiteral("Kestrel Labs, 12 Harbour Street, Portland"));
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), QTimeZone::utc()));
        QList<qint64> ids;
        for (int i = 0; i < 45; ++i) {
            ids.append(addProspect(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@heron-works.example").arg(i)));
        }
        QByteArray json = ThreeSteps;
        json.replace(R"("per_day": 50, "min_spacing_seconds": 120)", R"("per_day": 200, "min_spacing_seconds": 0)");
        const qint64 seq = sequence(json);
        enroll(ids.mid(0, 40), seq);
        QCOMPARE(run(m_clock.nowMs() + 3600'000).planned.size(), 40);
        m_clock.advance(60'000);
        QCOMPARE(flush().sent, 40);
        QVERIFY(m_smtp->message(1).contains("Kestrel Labs, 12 Harbour Street, Portland"));
        QVERIFY(m_smtp->message(1).contains("To stop receiving these emails"));

        // One bounce in 40 sends (2.5%): the mailbox keeps sending.
        m_clock.advance(3600'000);
        QVERIFY(deliver(bounce(QStringLiteral("p0@heron-works.example"), 1)));
        sync();
        QVERIFY(!account().sendingPaused());
        // A second (5%): paused, with the figures in its reason.
        QVERIFY(deliver(bounce(QStringLiteral("p1@heron-works.example"), 2)));
        sync();
        QVERIFY(account().sendingPaused());
        QVERIFY2(account().sendingPausedReason.contains(QLatin1String("2 of the last 40 emails bounced (5.0%")),
                 qPrintable(account().sendingPausedReason));

        // While paused: the engine plans no email for that mailbox and says why; the outbox sends nothing.
        enroll(ids.mid(40), seq);
        const DecisionEngine::Result held = run(m_clock.nowMs() + 3600'000);
        QCOMPARE(held.planned.size(), 0);
        QVERIFY(held.problems.join(QLatin1Char('\n')).contains(QLatin1String("is paused")));
        Sql::run(
            db(),
            QStringLiteral("INSERT INTO outbox (account_id, message_id, to_address, subject, body_text, created_at) "
                           "VALUES (:a, 'manual@kestrel-labs.example', 'p44@heron-works.example', 'Hi', 'Hi', 0)"),
            {{":a", m_account}});
        const agents::inbox::OutboxSender::Result paused = flush();
        QCOMPARE(paused.sent, 0);
        QVERIFY(!paused.pausedReason.isEmpty());
        QCOMPARE(m_smtp->count(), 40);

        // The rep resumes it: the five wait no more.
        QVERIFY(MailAccountRepository(db()).resumeSending(m_account, QStringLiteral("rep"), m_clock.nowMs()));
        QCOMPARE(run(m_clock.nowMs() + 3600'000).planned.size(), 5);
        m_clock.advance(60'000);
        QCOMPARE(flush().sent, 6);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'mail_account.sending_%'")),
                 2);
    }

    // A complaint pauses the mailbox at once, whatever the number of sends; a bounce among fewer than 20
    // sends does not.
    void aComplaintPausesTheMailboxAtOnce()
    {
        startServers();
        m_account = addAccount(true);
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), QTimeZone::utc()));
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids.append(addProspect(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@heron-works.example").arg(i)));
        }
        QByteArray json = ThreeSteps;
        json.replace(R"("min_spacing_seconds": 120)", R"("min_spacing_seconds": 0)");
        enroll(ids, sequence(json));
        run(m_clock.nowMs() + 3600'000);
        m_clock.advance(60'000);
        QCOMPARE(flush().sent, 5);
        m_clock.advance(3600'000);
        QVERIFY(deliver(bounce(QStringLiteral("p0@heron-works.example"), 1)));
        sync();
        QVERIFY(!account().sendingPaused()); // 1 of 5, but too few sends to judge
        QVERIFY(
            deliver("From: Feedback Loop <fbl@heron-works.example>\r\nTo: dana@kestrel-labs.example\r\nSubject: Abuse "
                    "report\r\nMessage-ID: <fbl1@heron-works.example>\r\nDate: Mon, 04 Jan 2027 11:30:00 +0000\r\n"
                    "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=feedback-report; "
                    "boundary=\"f\"\r\n\r\n--f\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report for "
                    "an email received from IP 192.0.2.1.\r\n\r\n--f\r\nContent-Type: message/feedback-report\r\n\r\n"
                    "Feedback-Type: abuse\r\nUser-Agent: ExampleFBL/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: "
                    "<p2@heron-works.example>\r\n\r\n--f\r\nContent-Type: message/rfc822\r\n\r\nFrom: "
                    "dana@kestrel-labs.example\r\nTo: p2@heron-works.example\r\nSubject: A question\r\n\r\nHello\r\n"
                    "--f--\r\n"));
        sync();
        QVERIFY(account().sendingPaused());
        QVERIFY2(account().sendingPausedReason.contains(QLatin1String("spam")),
                 qPrintable(account().sendingPausedReason));
    }

    // `sequences run` and `outbox flush` killed (SIGKILL) again and again mid-way, then run to the end: every
    // prospect's step taken once, one outbox row each, and no address mailed twice. The CLI runs on the real
    // clock, with a sequence open around the clock so its steps are due now.
    void killedMidRunAndMidSendEachStepRunsAndSendsOnce()
    {
        startServers();
        tests::CliRunner cli;
        const QString ws = cli.filePath(QStringLiteral("ws"));
        auto run = [&](const QStringList& args) {
            return cli
                .withEnv(QStringLiteral("SALES_COPILOT_SECRET_DANA"), QLatin1String(tests::DovecotServer::Password))
                .run(QStringList {QStringLiteral("--workspace"), ws} + args);
        };
        QCOMPARE(run({QStringLiteral("init")}).code, 0);
        const tests::CliRunner::Result added
            = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Dana"), QStringLiteral("--imap"),
                   QStringLiteral("imap://127.0.0.1:%1").arg(m_imap->port()), QStringLiteral("--smtp"),
                   QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtp->port()), QStringLiteral("--user"),
                   QLatin1String(tests::DovecotServer::User), QStringLiteral("--tls"), QStringLiteral("none"),
                   QStringLiteral("--cap"), QStringLiteral("5000"), QStringLiteral("--warmed")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        constexpr int N = 1000;
        QFile csv(cli.filePath(QStringLiteral("people.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("First Name,Last Name,Email\n");
        for (int i = 0; i < N; ++i) {
            csv.write(QStringLiteral("P%1,Example,p%1@heron-works.example\n").arg(i).toUtf8());
        }
        csv.close();
        QCOMPARE(run({QStringLiteral("import"), csv.fileName()}).code, 0);
        QFile file(cli.filePath(QStringLiteral("seq.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Round the clock", "account": "Dana",
          "business_hours": {"days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "00:00", "end": "23:59"},
          "caps": {"per_day": 5000, "min_spacing_seconds": 0},
          "steps": [{"channel": "email", "approval": "auto",
                     "variants": [{"name": "A", "subject": "Hello {{first_name}}", "body": "A short question."}]},
                    {"channel": "wait", "business_days": 2},
                    {"channel": "task", "kind": "call", "title": "Call {{first_name}}"}]})");
        file.close();
        QCOMPARE(run({QStringLiteral("sequences"), QStringLiteral("create"), QStringLiteral("--file"), file.fileName()})
                     .code,
                 0);
        QStringList ids;
        for (int i = 1; i <= N; ++i) {
            ids.append(QString::number(i));
        }
        QCOMPARE(run({QStringLiteral("sequences"), QStringLiteral("enroll"), QStringLiteral("Round the clock"),
                      QStringLiteral("--ids"), ids.join(QLatin1Char(','))})
                     .code,
                 0);

        const QString dbPath = ws + QStringLiteral("/workspace.sqlite");
        QVERIFY(QFile::exists(dbPath));
        auto count = [&](const char* sql) {
            return Sql::scalar(Database::connection(dbPath), QString::fromLatin1(sql)).toInt();
        };
        // Starts the command and kills it once `progress` has moved past `at` (or lets it end).
        auto killWhen = [&](const QStringList& args, const char* progress, int at) {
            QProcess p;
            cli.withEnv(QStringLiteral("SALES_COPILOT_SECRET_DANA"), QLatin1String(tests::DovecotServer::Password))
                .start(p, QStringList {QStringLiteral("--workspace"), ws} + args);
            QElapsedTimer waited;
            waited.start();
            while (p.state() != QProcess::NotRunning && count(progress) < at && waited.elapsed() < 60000) {
                p.waitForFinished(2);
            }
            const bool killed = p.state() != QProcess::NotRunning;
            if (killed) {
                ::kill(pid_t(p.processId()), SIGKILL);
            }
            p.waitForFinished(10000);
            return killed;
        };
        const QString until = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        const QStringList plan {QStringLiteral("sequences"), QStringLiteral("run"), QStringLiteral("--until"), until};
        int kills = 0;
        for (int at = 1; at < N && count("SELECT count(*) FROM sequence_step_runs") < N; at += N / 4) {
            kills += killWhen(plan, "SELECT count(*) FROM sequence_step_runs",
                              std::max(at, count("SELECT count(*) FROM sequence_step_runs") + 1))
                ? 1
                : 0;
        }
        const tests::CliRunner::Result last = run(plan);
        QVERIFY2(last.code == 0, qPrintable(last.err));
        qInfo("sequences run killed %d time(s) mid-way", kills);
        QVERIFY(kills >= 1);
        QCOMPARE(count("SELECT count(*) FROM sequence_step_runs"), N);
        QCOMPARE(count("SELECT count(DISTINCT enrollment_id) FROM sequence_step_runs WHERE step = 0"), N);
        QCOMPARE(count("SELECT count(*) FROM outbox"), N);
        QCOMPARE(count("SELECT count(DISTINCT to_address) FROM outbox"), N);
        QCOMPARE(count("SELECT count(*) FROM sequence_step_runs r JOIN outbox o ON o.id = r.outbox_id"), N);

        // Now the sends, killed twice mid-way (no pause between two emails: the SMTP server is ours).
        WorkspaceSettings(Database::connection(dbPath)).setInteger(Setting::OutboxMinIntervalSeconds, 0);
        const QStringList flushArgs {QStringLiteral("outbox"), QStringLiteral("flush")};
        int sendKills = 0;
        for (const int at : {N / 5, N / 2}) {
            sendKills += killWhen(flushArgs, "SELECT count(*) FROM outbox WHERE state = 'sent'", at) ? 1 : 0;
        }
        const tests::CliRunner::Result flushed = run(flushArgs);
        QVERIFY2(flushed.code == 0, qPrintable(flushed.err + flushed.out));
        qInfo("outbox flush killed %d time(s) mid-way", sendKills);
        QVERIFY(sendKills >= 1);
        QSet<QString> seen;
        for (int i = 1; i <= m_smtp->count(); ++i) {
            for (const QJsonValue& to : m_smtp->envelope(i).value(QStringLiteral("to")).toArray()) {
                QVERIFY2(!seen.contains(to.toString()), qPrintable(to.toString() + QStringLiteral(" mailed twice")));
                seen.insert(to.toString());
            }
        }
        // A kill between the server's acceptance and our record leaves that one "uncertain" for the rep (never
        // sent again blindly); all the others went exactly once.
        const int uncertain = count("SELECT count(*) FROM outbox WHERE state = 'uncertain'");
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE state = 'sent'") + uncertain, N);
        QVERIFY(seen.size() >= N - uncertain && seen.size() <= N);
        Database::release(dbPath);
    }

private:
    // A delivery status notification (RFC 3464) saying the address does not exist.
    static QByteArray bounce(const QString& address, int n)
    {
        const QByteArray to = address.toUtf8();
        return "From: Mail Delivery System <MAILER-DAEMON@mx.heron-works.example>\r\nTo: dana@kestrel-labs.example\r\n"
               "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce"
            + QByteArray::number(n)
            + "@mx.heron-works.example>\r\nDate: Mon, 04 Jan 2027 11:00:00 +0000\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n"
              "Content-Type: text/plain\r\n\r\nThis is the mail system at host mx.heron-works.example.\r\n\r\n"
              "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n<"
            + to + ">: host mx.heron-works.example said: 550 5.1.1 <" + to
            + ">: Recipient address rejected: User unknown (in reply to RCPT TO command)\r\n\r\n--b\r\n"
              "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.heron-works.example\r\n\r\n"
              "Final-Recipient: rfc822; "
            + to
            + "\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
              "--b--\r\n";
    }

    static constexpr qint64 SendSlotsDay = 24LL * 3600 * 1000;
};

QTEST_GUILESS_MAIN(TestSequences)
#include "test_sequences.moc"
