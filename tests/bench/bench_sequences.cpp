// The Decision engine at scale: 100,000 prospects enrolled in 10 sequences (10 warmed mailboxes, five
// countries and zones), a week planned (dry run, the goal: under 5 s and 300 MB), then one business day
// run for real (every step taken in its own transaction with its outbox row or task). Figures only: the
// machine's load decides the timings, so nothing here asserts one.
#include "ProcessMemory.h"
#include "TestWorkspace.h"
#include "agents/decision/DecisionEngine.h"
#include "models/Clock.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/store/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimeZone>
#include <cstdio>

using namespace sc;
using namespace sc::models;

namespace {

constexpr int Prospects = 100'000;
constexpr int Sequences = 10;

qint64 utc(int y, int mo, int d, int h)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

void populate(const QSqlDatabase& db, qint64 now)
{
    const char* countries[] = {"FR", "DE", "JP", "GB", "US"};
    Transaction transaction(db);
    QSqlQuery company = Sql::prepare(db,
                                     QStringLiteral("INSERT INTO companies (name, domain, country, created_at, "
                                                    "updated_at) VALUES (:n, :d, :c, 0, 0)"));
    for (int i = 0; i < 1000; ++i) {
        Sql::bind(company,
                  {{":n", QStringLiteral("Company %1").arg(i)},
                   {":d", QStringLiteral("company%1.example").arg(i)},
                   {":c", QString::fromLatin1(countries[i % 5])}});
        Sql::exec(company);
    }
    QSqlQuery prospect = Sql::prepare(
        db,
        QStringLiteral("INSERT INTO prospects (company_id, first_name, last_name, email, timezone, created_at, "
                       "updated_at) VALUES (:c, :f, 'Example', :e, :tz, :now, :now)"));
    for (int i = 0; i < Prospects; ++i) {
        const int c = i % 1000;
        // US prospects carry their own zone (the country has several).
        Sql::bind(prospect,
                  {{":c", c + 1},
                   {":f", QStringLiteral("Person%1").arg(i)},
                   {":e", QStringLiteral("person%1@company%2.example").arg(i).arg(c)},
                   {":tz", c % 5 == 4 ? QVariant(QStringLiteral("America/Chicago")) : QVariant()},
                   {":now", now}});
        Sql::exec(prospect);
    }
    transaction.commit();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ManualClock clock(QDateTime(QDate(2027, 1, 4), QTime(6, 0), QTimeZone::utc())); // Monday
    Clock::setInstance(&clock);
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        QList<qint64> accounts;
        for (int i = 0; i < Sequences; ++i) {
            MailAccount a;
            a.displayName = QStringLiteral("Mailbox %1").arg(i);
            a.email = QStringLiteral("rep%1@kestrel-labs.example").arg(i);
            a.username = a.email;
            a.imapHost = a.smtpHost = QStringLiteral("127.0.0.1");
            a.dailySendCap = 2000;
            a.warmed = true;
            accounts.append(MailAccountRepository(db).add(a, clock.nowMs()));
        }
        QElapsedTimer timer;
        timer.start();
        populate(db, clock.nowMs());
        const qint64 populateMs = timer.elapsed();
        timer.restart();
        SequenceRepository sequences(db);
        for (int s = 0; s < Sequences; ++s) {
            const QByteArray json = QStringLiteral(R"({"name": "Outbound %1", "account": "Mailbox %1",
              "timezone": "Europe/Paris", "caps": {"per_day": 2000, "min_spacing_seconds": 20},
              "steps": [{"channel": "email", "approval": "auto", "variants": [
                  {"name": "A", "subject": "Hello {{first_name}}", "body": "Hi {{first_name}}, A."},
                  {"name": "B", "subject": "A question, {{first_name}}", "body": "Hi {{first_name}}, B."}]},
                {"channel": "wait", "business_days": 2},
                {"channel": "email", "approval": "auto", "variants": [{"name": "A", "subject": "Re: Hello", "body": "Again."}]},
                {"channel": "wait", "business_days": 2},
                {"channel": "task", "kind": "call", "title": "Call {{first_name}}"}]})")
                                        .arg(s)
                                        .toUtf8();
            QString error;
            const qint64 id
                = sequences.create(*SequenceDefinition::fromJson(QJsonDocument::fromJson(json).object(), &error),
                                   QStringLiteral("bench"), clock.nowMs());
            QList<qint64> ids;
            for (int p = s; p < Prospects; p += Sequences) {
                ids.append(p + 1);
            }
            sequences.enroll(ids, id, QStringLiteral("bench"), clock.nowMs());
        }
        const qint64 enrollMs = timer.elapsed();
        const int enrolled = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enrollments")).toInt();

        tests::ProcessMemory::resetPeak();
        const qint64 before = tests::ProcessMemory::statusBytes("VmRSS");
        timer.restart();
        agents::decision::DecisionEngine engine(db);
        const agents::decision::DecisionEngine::Result week
            = engine.run({.now = clock.nowMs(), .until = utc(2027, 1, 11, 0), .dryRun = true, .canceled = {}});
        const qint64 weekMs = timer.elapsed();
        const qint64 peak = tests::ProcessMemory::statusBytes("VmHWM");
        int emails = 0;
        for (const auto& p : week.planned) {
            emails += p.channel == QLatin1String("email") ? 1 : 0;
        }

        timer.restart();
        const agents::decision::DecisionEngine::Result day
            = engine.run({.now = clock.nowMs(), .until = utc(2027, 1, 5, 0), .dryRun = false, .canceled = {}});
        const qint64 dayMs = timer.elapsed();
        const int queued = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt();

        std::printf("bench_sequences: %d prospects inserted in %lld ms; %d enrolled in %d sequences in %lld ms\n",
                    Prospects, populateMs, enrolled, Sequences, enrollMs);
        std::printf("planning a week (dry run): %lld ms, %lld steps planned (%d emails), %d waiting for a slot; "
                    "peak RSS %.0f MB (%.0f MB above before)  [goal: under 5 s, under 300 MB]\n",
                    weekMs, qint64(week.planned.size()), emails, week.waiting, peak / 1048576.0,
                    (peak - before) / 1048576.0);
        std::printf("running one day for real: %lld ms, %lld steps taken, %d emails queued in the outbox\n", dayMs,
                    qint64(day.planned.size()), queued);
        ws->releaseConnection();
        if (week.planned.isEmpty() || day.planned.isEmpty() || queued == 0) {
            std::printf("bench_sequences: nothing was planned\n");
            return 1;
        }
    }
    Clock::setInstance(nullptr);
    return 0;
}
