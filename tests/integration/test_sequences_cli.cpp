// `sequences send-winner` on the built CLI (issue 19): once an A/B step's test declares a winner (p < 0.05
// with 100 sends per version), the rep sends it to the rest: every other version of the step goes to weight
// 0, `--json` prints {"sequence","step","variant"}, who got the step keeps what they got and whoever reaches
// it later gets the winner (the engine's own plan says so). Without a declared winner it refuses, exit 1.
// The results are made in the workspace without sending (tests/support/SequenceResults.h).
#include "CliRunner.h"
#include "SequenceResults.h"
#include "models/Workspace.h"
#include "models/repositories/SequenceRepository.h"
#include "models/store/Sql.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sc;
using Run = tests::CliRunner::Result;
namespace Sql = models::Sql;

namespace {

const QString Name = QStringLiteral("Outbound Q1");

// Step 0 an A/B test, step 1 a wait, step 2 another A/B test (its results too close to call), step 3 a call.
const QByteArray SequenceFile = R"({"name": "Outbound Q1", "timezone": "UTC",
  "business_hours": {"days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "17:00"},
  "caps": {"per_day": 500, "min_spacing_seconds": 1},
  "steps": [
   {"channel": "email", "variants": [{"name": "A", "weight": 50, "subject": "Picking at {{company}}", "body": "Hi"},
                                     {"name": "B", "weight": 50, "subject": "{{first_name}}, a question", "body": "Hello"}]},
   {"channel": "wait", "business_days": 3},
   {"channel": "email", "variants": [{"name": "A", "weight": 50, "subject": "Re: Picking", "body": "Again"},
                                     {"name": "B", "weight": 50, "subject": "Re: a question", "body": "Again"}]},
   {"channel": "task", "kind": "call", "title": "Call {{first_name}}"}]})";

qint64 utc(int y, int mo, int d, int h)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

bool oneLine(const QString& text)
{
    return !text.trimmed().isEmpty() && !text.trimmed().contains(QLatin1Char('\n'));
}

QJsonObject stepResults(const QJsonObject& shown, int step)
{
    for (const QJsonValue& v : shown.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().value(QStringLiteral("step")).toInt() == step) {
            return v.toObject();
        }
    }
    return {};
}

QList<int> weights(const QJsonObject& shown, int step)
{
    QList<int> list;
    const QJsonArray variants = shown.value(QStringLiteral("steps"))
                                    .toArray()
                                    .at(step)
                                    .toObject()
                                    .value(QStringLiteral("variants"))
                                    .toArray();
    for (const QJsonValue& v : variants) {
        list.append(v.toObject().value(QStringLiteral("weight")).toInt(-1));
    }
    return list;
}

} // namespace

class TestSequencesCli : public QObject
{
    Q_OBJECT

    tests::CliRunner m_cli;
    QString m_dir;

    Run cli(const QStringList& args) const { return m_cli.run(args); }
    // Works on the workspace's file from the test while no CLI runs; every handle on the connection is gone
    // before it is released.
    template<typename Work> auto withDb(Work&& work) const
    {
        const models::Workspace ws = models::Workspace::open(m_dir);
        auto result = work(ws.connection());
        ws.releaseConnection();
        return result;
    }
    Run show() const
    {
        return cli({QStringLiteral("--json"), QStringLiteral("sequences"), QStringLiteral("show"), Name});
    }
    Run sendWinner(const QString& step, bool json = true) const
    {
        QStringList args {QStringLiteral("sequences"), QStringLiteral("send-winner"), Name, QStringLiteral("--step"),
                          step};
        if (json) {
            args.prepend(QStringLiteral("--json"));
        }
        return cli(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_cli.filePath(QStringLiteral("ws"));
        m_cli.setLeadingArgs({QStringLiteral("--workspace"), m_dir});
        QFile file(m_cli.filePath(QStringLiteral("sequence.json")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(SequenceFile) == SequenceFile.size());
        file.close();
        const Run created
            = cli({QStringLiteral("sequences"), QStringLiteral("create"), QStringLiteral("--file"), file.fileName()});
        QVERIFY2(created.code == 0, qPrintable(created.err));
    }

    void refusesWithoutADeclaredWinner()
    {
        // Nothing sent yet.
        Run r = sendWinner(QStringLiteral("0"));
        QCOMPARE(r.code, 1);
        QVERIFY2(oneLine(r.err) && r.err.contains(QLatin1String("has no winner yet")), qPrintable(r.err));
        QVERIFY(r.out.trimmed().isEmpty());

        // Enough sends, but the difference is not significant.
        withDb([](const QSqlDatabase& db) {
            const qint64 id = models::SequenceRepository(db).find(Name)->id;
            tests::fakeStepResults(db, id, 2, {{QStringLiteral("A"), 150, 15}, {QStringLiteral("B"), 150, 16}},
                                   utc(2026, 12, 7, 10));
            return id;
        });
        const QJsonObject close = stepResults(show().json().object(), 2);
        QVERIFY(close.value(QStringLiteral("winner")).isNull());
        QVERIFY(close.value(QStringLiteral("enough_data")).toBool());
        r = sendWinner(QStringLiteral("2"));
        QCOMPARE(r.code, 1);
        QVERIFY2(oneLine(r.err) && r.err.contains(QLatin1String("not significant at 95% confidence (p = ")),
                 qPrintable(r.err));

        // Not an A/B step, no such step, no step given, no such sequence.
        r = sendWinner(QStringLiteral("1"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("step 1 of \"Outbound Q1\" is not an A/B test")), qPrintable(r.err));
        r = sendWinner(QStringLiteral("9"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("its steps are 0 to 3")), qPrintable(r.err));
        QCOMPARE(sendWinner(QStringLiteral("first")).code, 2);
        QCOMPARE(cli({QStringLiteral("sequences"), QStringLiteral("send-winner"), Name}).code, 2);
        QCOMPARE(cli({QStringLiteral("sequences"), QStringLiteral("send-winner"), QStringLiteral("Nope"),
                      QStringLiteral("--step"), QStringLiteral("0")})
                     .code,
                 1);
        // Nothing changed.
        const QJsonObject shown = show().json().object();
        QCOMPARE(weights(shown, 0), QList<int>({50, 50}));
        QCOMPARE(weights(shown, 2), QList<int>({50, 50}));
    }

    void sendsTheWinnerToTheRest()
    {
        struct Made
        {
            qint64 id = 0;
            qint64 walking = 0;
            qint64 takenBack = 0;
            QList<qint64> fresh;
        };
        const Made made = withDb([](const QSqlDatabase& db) {
            Made m;
            const qint64 id = m.id = models::SequenceRepository(db).find(Name)->id;
            // B answers 20% against A's 5%, 200 sends each: a winner.
            tests::fakeStepResults(db, id, 0, {{QStringLiteral("A"), 200, 10}, {QStringLiteral("B"), 200, 40}},
                                   utc(2026, 12, 7, 10));
            // One who got A at step 0 and walks on, one who holds A but lost their step 0 email (a pause took it
            // back): the first keeps A, the second draws again. And ten not enrolled yet.
            auto prospect = [&db](const QString& first) {
                return Sql::run(
                           db,
                           QStringLiteral("INSERT INTO prospects (first_name, email, created_at, updated_at) VALUES "
                                          "(:f, :e, 0, 0)"),
                           {{":f", first}, {":e", first.toLower() + QStringLiteral("@heron-works.example")}})
                    .lastInsertId()
                    .toLongLong();
            };
            auto enroll = [&db, id](qint64 prospectId, int step, bool ran, qint64 next) {
                const qint64 e
                    = Sql::run(
                          db,
                          QStringLiteral("INSERT INTO enrollments (sequence_id, prospect_id, current_step, status, "
                                         "variant, next_action_at, created_at) VALUES (:s, :p, :step, 'active', "
                                         "'A', :next, 0)"),
                          {{":s", id}, {":p", prospectId}, {":step", step}, {":next", next}})
                          .lastInsertId()
                          .toLongLong();
                if (ran) {
                    Sql::run(
                        db,
                        QStringLiteral("INSERT INTO sequence_step_runs (enrollment_id, step, channel, variant, at, "
                                       "created_at) VALUES (:e, 0, 'email', 'A', 0, 0)"),
                        {{":e", e}});
                }
                return e;
            };
            m.walking = enroll(prospect(QStringLiteral("Walking")), 1, true, utc(2027, 3, 1, 0));
            m.takenBack = enroll(prospect(QStringLiteral("Taken")), 0, false, utc(2027, 1, 4, 7));
            for (int i = 0; i < 10; ++i) {
                m.fresh.append(prospect(QStringLiteral("Fresh%1").arg(i)));
            }
            return m;
        });

        const QJsonObject before = stepResults(show().json().object(), 0);
        QCOMPARE(before.value(QStringLiteral("winner")).toString(), QStringLiteral("B"));
        QVERIFY(before.value(QStringLiteral("sending_only")).isNull());

        const Run sent = sendWinner(QStringLiteral("0"));
        QVERIFY2(sent.code == 0, qPrintable(sent.err));
        QCOMPARE(sent.json().object(),
                 (QJsonObject {{QStringLiteral("sequence"), Name},
                               {QStringLiteral("step"), 0},
                               {QStringLiteral("variant"), QStringLiteral("B")}}));
        // The stored file: A at weight 0, B kept; the other A/B step untouched.
        const QJsonObject shown = show().json().object();
        QCOMPARE(weights(shown, 0), QList<int>({0, 50}));
        QCOMPARE(weights(shown, 2), QList<int>({50, 50}));
        QCOMPARE(stepResults(shown, 0).value(QStringLiteral("sending_only")).toString(), QStringLiteral("B"));
        QCOMPARE(stepResults(shown, 0).value(QStringLiteral("winner")).toString(), QStringLiteral("B"));
        // Again: nothing more to do, said so.
        const Run again = sendWinner(QStringLiteral("0"), false);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("already sends version B")), qPrintable(again.out));

        struct After
        {
            QVariant walking;
            QVariant takenBack;
            int audited = 0;
        };
        const After after = withDb([&made](const QSqlDatabase& db) {
            auto variant = [&db](qint64 enrollment) {
                return Sql::scalar(db, QStringLiteral("SELECT variant FROM enrollments WHERE id = :id"),
                                   {{":id", enrollment}});
            };
            After a {variant(made.walking), variant(made.takenBack),
                     Sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sequences.send_winner' "
                                                "AND actor = 'cli' AND target_id = :id"),
                                 {{":id", made.id}})
                         .toInt()};
            models::SequenceRepository(db).enroll(made.fresh, made.id, QStringLiteral("test"), utc(2027, 1, 4, 7));
            return a;
        });
        QCOMPARE(after.walking.toString(), QStringLiteral("A")); // got step 0: keeps what they got
        QVERIFY(after.takenBack.isNull()); // draws again when they reach it
        QCOMPARE(after.audited, 1);
        // Whoever reaches step 0 from now on gets B, as the engine plans it.
        const Run plan
            = cli({QStringLiteral("--json"), QStringLiteral("sequences"), QStringLiteral("run"),
                   QStringLiteral("--now"), QStringLiteral("2027-01-04T08:00:00Z"), QStringLiteral("--until"),
                   QStringLiteral("2027-01-05T17:00:00Z"), QStringLiteral("--dry-run")});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        int first = 0;
        for (const QJsonValue& v : plan.json().array()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("step")).toInt() == 0) {
                ++first;
                QCOMPARE(p.value(QStringLiteral("variant")).toString(), QStringLiteral("B"));
            }
        }
        QCOMPARE(first, 11); // the ten enrolled now and the one whose email was taken back
    }
};

QTEST_GUILESS_MAIN(TestSequencesCli)
#include "test_sequences_cli.moc"
