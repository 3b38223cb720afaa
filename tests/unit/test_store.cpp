// Workspace store: migrations (fresh, upgrade, rollback, newer-schema refusal), connection rules,
// the demo generator's determinism and truthfulness, the prospect search's terms.
#include "TestWorkspace.h"
#include "ThreadingFixture.h"
#include "models/demo/DemoGenerator.h"
#include "models/repositories/ActivityRepository.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/ConversationRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/MailboxRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/ProspectSearch.h"
#include "models/repositories/SettingsRepository.h"
#include "models/scoring/LeadScorer.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/Database.h"
#include "models/store/Migrator.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace sc;
using namespace sc::models;
namespace Fixture = sc::tests::ThreadingFixture;

namespace {

QString testMigrations(const char* set)
{
    return QStringLiteral(SC_SOURCE_DIR "/tests/data/migrations/") + QLatin1String(set);
}

QStringList tables(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next()) {
        names.append(q.value(0).toString());
    }
    return names;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The addresses a search finds, sorted; the same through count() (alone and beside a filter), page()
// and the API's keyset pages, or a list saying they disagree.
QStringList found(const ProspectRepository& repo, const QString& search)
{
    ProspectQuery query;
    query.search = search;
    query.sort = ProspectQuery::SortKey::Email;
    QStringList emails;
    for (const Prospect& p : repo.page(query, 0, 100)) {
        emails.append(p.email);
    }
    QStringList api;
    repo.visitAfterId(0, search, {}, 100, [&api](const Prospect& p) { api.append(p.email); });
    api.sort();
    ProspectQuery filtered = query;
    filtered.stages = {QStringLiteral("new")};
    if (repo.count(query) != emails.size() || repo.count(filtered) != emails.size() || api != emails) {
        return {QStringLiteral("count %1, filtered count %2, page %3, API %4")
                    .arg(repo.count(query))
                    .arg(repo.count(filtered))
                    .arg(emails.join(QLatin1Char(',')), api.join(QLatin1Char(',')))};
    }
    return emails;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshWorkspaceHasWholeSchema()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        QCOMPARE(Migrator::currentVersion(db), Migrator(Migrator::load()).latestVersion());
        QVERIFY(Migrator(Migrator::load()).latestVersion() >= 2);
        const QStringList names = tables(db);
        for (const char* table :
             {"companies", "prospects", "tags", "prospect_tags", "mail_accounts", "messages", "threads", "drafts",
              "sequences", "sequence_steps", "enrollments", "tasks", "meetings", "activities", "jobs", "do_not_contact",
              "settings", "audit_log", "schema_version"}) {
            QVERIFY2(names.contains(QLatin1String(table)), table);
        }
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(ws->isNew());
        // Re-opening applies nothing and is not "new".
        const Workspace again = Workspace::open(ws.dir());
        QVERIFY(!again.isNew());
    }

    void foreignKeysAreEnforced()
    {
        tests::TestWorkspace ws;
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            Sql::run(ws->connection(),
                     QStringLiteral("INSERT INTO prospect_tags (prospect_id, tag_id) VALUES (4242, 4242)")));
    }

    void auditLogIsAppendOnly()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        Sql::run(db, QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action) VALUES (1, 'rep', 'x')"));
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql::run(db, QStringLiteral("UPDATE audit_log SET actor = 'someone'")));
    }

    void migratesInMemoryDatabase()
    {
        const QString path = QStringLiteral(":memory:");
        {
            const QSqlDatabase db = Database::connection(path);
            QCOMPARE(Migrator(Migrator::load()).migrate(db), int(Migrator::load().size()));
            QVERIFY(tables(db).contains(QStringLiteral("jobs")));
        }
        Database::release(path);
    }

    void upgradeKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("up.sqlite"));
        {
            const QSqlDatabase db = Database::connection(path);
            QCOMPARE(Migrator(Migrator::load(testMigrations("v1"))).migrate(db), 1);
            Sql::run(db, QStringLiteral("INSERT INTO notes (body) VALUES ('kept')"));
            QCOMPARE(Migrator(Migrator::load(testMigrations("v2"))).migrate(db), 1);
            QCOMPARE(Migrator::currentVersion(db), 2);
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT body FROM notes")).toString(), QStringLiteral("kept"));
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT pinned FROM notes")).toInt(), 0);
            // The trigger (with a ';' inside a string) was created whole.
            Sql::run(db, QStringLiteral("INSERT INTO notes (body) VALUES ('second')"));
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT name FROM labels")).toString(),
                     QStringLiteral("touched; by trigger"));
        }
        Database::release(path);
    }

    void failedMigrationRollsBackWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        {
            const QSqlDatabase db = Database::connection(path);
            try {
                Migrator(Migrator::load(testMigrations("broken"))).migrate(db);
                QFAIL("a broken migration must throw");
            } catch (const StoreError& error) {
                QVERIFY2(error.message().contains(QLatin1String("migration 2")), qPrintable(error.message()));
                QVERIFY(error.message().contains(QLatin1String("rolled back")));
            }
            QCOMPARE(Migrator::currentVersion(db), 1);
            QVERIFY(!tables(db).contains(QStringLiteral("half_done")));
        }
        Database::release(path);
    }

    void realMigrationsUpgradeAnOldWorkspace()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(wsDir));
        const QString path = wsDir + QStringLiteral("/workspace.sqlite");
        {
            const QSqlDatabase db = Database::connection(path);
            QList<Migration> onlyFirst = Migrator::load();
            onlyFirst.resize(1);
            Migrator(onlyFirst).migrate(db);
            Sql::run(db,
                     QStringLiteral("INSERT INTO jobs (kind, run_at, created_at, updated_at) VALUES ('x.y', 1, 1, 1)"));
        }
        Database::release(path);
        const Workspace ws = Workspace::open(wsDir);
        QCOMPARE(Migrator::currentVersion(ws.connection()), Migrator(Migrator::load()).latestVersion());
        QCOMPARE(Sql::scalar(ws.connection(), QStringLiteral("SELECT kind FROM jobs")).toString(),
                 QStringLiteral("x.y"));
        ws.releaseConnection();
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath(QStringLiteral("future"));
        {
            const Workspace ws = Workspace::open(wsDir);
            Sql::run(
                ws.connection(),
                QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 1)"));
            Sql::run(ws.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            ws.releaseConnection();
        }
        const QString file = wsDir + QStringLiteral("/workspace.sqlite");
        const QByteArray before = fileHash(file);
        try {
            Workspace::open(wsDir);
            QFAIL("a newer schema must be refused");
        } catch (const SchemaTooNewError& error) {
            QVERIFY2(error.message().contains(QLatin1String("newer version")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QLatin1String("999")));
        }
        Database::release(file);
        QCOMPARE(fileHash(file), before);
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("count");
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n") << 2;
        QTest::newRow("multi-line") << QStringLiteral("CREATE TABLE a (\n  x,\n  y\n);\n") << 1;
        QTest::newRow("comments") << QStringLiteral("-- hello;\nCREATE TABLE a (x);\n-- bye\n") << 1;
        QTest::newRow("trigger") << QStringLiteral(
            "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\nCREATE TABLE c (z);\n")
                                 << 2;
        QTest::newRow("no final semicolon") << QStringLiteral("CREATE TABLE a (x)") << 1;
    }

    void splitStatements()
    {
        QFETCH(QString, sql);
        QFETCH(int, count);
        QCOMPARE(Migrator::splitStatements(sql).size(), count);
    }

    void searchTerms_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("kind"); // empty: an ordinary word
        QTest::addColumn<QString>("value");
        QTest::newRow("address") << QStringLiteral("Dana@Kestrel.Example") << QStringLiteral("address")
                                 << QStringLiteral("dana@kestrel.example");
        QTest::newRow("pasted address") << QStringLiteral("<dana@kestrel.example>,") << QStringLiteral("address")
                                        << QStringLiteral("dana@kestrel.example");
        QTest::newRow("mailto") << QStringLiteral("mailto:dana@kestrel.example") << QStringLiteral("address")
                                << QStringLiteral("dana@kestrel.example");
        QTest::newRow("at domain") << QStringLiteral("@kestrel.example") << QStringLiteral("at")
                                   << QStringLiteral("kestrel.example");
        QTest::newRow("domain") << QStringLiteral("example.com") << QStringLiteral("domain")
                                << QStringLiteral("example.com");
        QTest::newRow("hyphens") << QStringLiteral("kestrel-labs.example") << QStringLiteral("domain")
                                 << QStringLiteral("kestrel-labs.example");
        QTest::newRow("www") << QStringLiteral("www.x.fr") << QStringLiteral("domain") << QStringLiteral("x.fr");
        QTest::newRow("end of sentence") << QStringLiteral("Example.COM.") << QStringLiteral("domain")
                                         << QStringLiteral("example.com");
        QTest::newRow("accented") << QStringLiteral("héron.fr") << QStringLiteral("domain")
                                  << QStringLiteral("héron.fr");
        QTest::newRow("word") << QStringLiteral("comm") << QString() << QString();
        QTest::newRow("name.name") << QStringLiteral("dana.reyes") << QString() << QString();
        QTest::newRow("initial.name") << QStringLiteral("j.smith") << QString() << QString();
        QTest::newRow("typing an address") << QStringLiteral("dana@kes") << QString() << QString();
        QTest::newRow("handle") << QStringLiteral("@dana") << QString() << QString();
        QTest::newRow("two @") << QStringLiteral("a@b@c.com") << QString() << QString();
        QTest::newRow("version") << QStringLiteral("v2.0") << QString() << QString();
        QTest::newRow("abbreviation") << QStringLiteral("e.g.") << QString() << QString();
        QTest::newRow("bad label") << QStringLiteral("-kestrel.example") << QString() << QString();
    }

    void searchTerms()
    {
        QFETCH(QString, word);
        QFETCH(QString, kind);
        QFETCH(QString, value);
        const std::optional<ProspectSearch::Term> term = ProspectSearch::term(word);
        QCOMPARE(term.has_value(), !kind.isEmpty());
        if (term) {
            using Kind = ProspectSearch::Term::Kind;
            const QString kinds[] = {QStringLiteral("address"), QStringLiteral("at"), QStringLiteral("domain")};
            QCOMPARE(kinds[int(term->kind)], kind);
            QCOMPARE(term->value, value);
            QVERIFY(term->kind == Kind::Address || !term->value.contains(QLatin1Char('@')));
        }
    }

    // "example.com" is one term on the address (and the company's domain), not "example"* "com"*,
    // which finds every "Directeur commercial" of every .example company.
    void prospectSearchTakesAnAddressOrADomainAsOneTerm()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        CompanyRepository companies(db);
        const qint64 exampleCorp
            = companies.findOrCreate(QStringLiteral("Example Corp"), QStringLiteral("example.com"), {}, 1);
        const qint64 kestrel
            = companies.findOrCreate(QStringLiteral("Kestrel Labs"), QStringLiteral("kestrel-labs.example"), {}, 1);
        const qint64 heron
            = companies.findOrCreate(QStringLiteral("Héron Conseil"), QStringLiteral("heron-conseil.example"), {}, 1);
        ProspectRepository repo(db);
        auto add = [&repo](const char* first, const char* last, const char* email, const char* title, qint64 company) {
            Prospect p;
            p.firstName = QString::fromUtf8(first);
            p.lastName = QString::fromUtf8(last);
            p.email = QString::fromUtf8(email);
            p.title = QString::fromUtf8(title);
            p.companyId = company;
            return repo.insertProspect(p, 1);
        };
        add("Léa", "Martin", "lea@example.com", "Buyer", exampleCorp);
        const qint64 ravi = add("Ravi", "Shah", "ravi@example.com", "Head of Operations", exampleCorp);
        add("Sam", "Okafor", "sam.okafor@mailbox.example", "Founder", exampleCorp); // the company's, not the address
        add("Yuki", "Tanaka", "ops@eu.example.com", "Logistics Lead", 0); // a subdomain is another domain
        add("Inès", "Moreau", "ines@heron-conseil.example", "Directeur commercial", heron);
        add("Dana", "Reyes", "dana@kestrel-labs.example", "VP Sales", kestrel);
        add("Milo", "Brandt", "milo@kestrel-labs.example", "CFO", kestrel);

        const QString lea = QStringLiteral("lea@example.com");
        const QString atExample[] = {lea, QStringLiteral("ravi@example.com")};
        const QStringList exampleCom = {atExample[0], atExample[1], QStringLiteral("sam.okafor@mailbox.example")};
        QCOMPARE(found(repo, QStringLiteral("example.com")), exampleCom);
        QCOMPARE(found(repo, QStringLiteral(" EXAMPLE.com ")), exampleCom);
        QCOMPARE(found(repo, QStringLiteral("www.example.com")), exampleCom);
        QCOMPARE(found(repo, QStringLiteral("@example.com")), QStringList(std::begin(atExample), std::end(atExample)));
        QCOMPARE(found(repo, QStringLiteral("lea@example.com")), QStringList {lea});
        QCOMPARE(found(repo, QStringLiteral("<Lea@Example.COM>")), QStringList {lea});
        QCOMPARE(
            found(repo, QStringLiteral("kestrel-labs.example")),
            QStringList({QStringLiteral("dana@kestrel-labs.example"), QStringLiteral("milo@kestrel-labs.example")}));
        QCOMPARE(found(repo, QStringLiteral("dana@kestrel-labs.example")),
                 QStringList {QStringLiteral("dana@kestrel-labs.example")});
        QCOMPARE(found(repo, QStringLiteral("nobody@example.com")), QStringList());
        QCOMPARE(found(repo, QStringLiteral("other.example")), QStringList());
        // Words and terms together: both must match.
        QCOMPARE(found(repo, QStringLiteral("Buyer example.com")), QStringList {lea});
        QCOMPARE(found(repo, QStringLiteral("commercial example.com")), QStringList());
        // Ordinary words as before: prefixes over every column, address words included.
        const QString ines = QStringLiteral("ines@heron-conseil.example");
        QCOMPARE(found(repo, QStringLiteral("comm")), QStringList {ines});
        QCOMPARE(found(repo, QStringLiteral("example com")),
                 QStringList({ines, lea, QStringLiteral("ops@eu.example.com"), QStringLiteral("ravi@example.com")}));
        QCOMPARE(found(repo, QStringLiteral("dana@kes")), QStringList {QStringLiteral("dana@kestrel-labs.example")});
        QCOMPARE(found(repo, QStringLiteral("dana.reyes")), QStringList {QStringLiteral("dana@kestrel-labs.example")});
        // The trash is out of every search.
        repo.moveToTrash({ravi}, QStringLiteral("rep"), 2);
        QCOMPARE(found(repo, QStringLiteral("example.com")), QStringList({lea, exampleCom.last()}));
        QCOMPARE(found(repo, QStringLiteral("ravi@example.com")), QStringList());
    }

    void badlyNamedMigrationIsAnError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("first.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE x (y);\n");
        f.close();
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrator::load(dir.path()));
    }

    void oneConnectionPerThread()
    {
        tests::TestWorkspace ws;
        const QString mainName = ws->connection().connectionName();
        QString workerName;
        QThread* worker = QThread::create([&] {
            workerName = ws->connection().connectionName();
            Sql::run(ws->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('from', 'worker')"));
            ws->releaseConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(!QSqlDatabase::contains(workerName));
        QCOMPARE(
            Sql::scalar(ws->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'from'")).toString(),
            QStringLiteral("worker"));
    }

    void unreadableFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath(QStringLiteral("garbage"));
        QVERIFY(QDir().mkpath(wsDir));
        QFile f(wsDir + QStringLiteral("/workspace.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        try {
            Workspace::open(wsDir);
            QFAIL("a garbage file must not open");
        } catch (const StoreError& error) {
            QVERIFY2(!error.message().isEmpty(), "error has a message");
        }
        Database::release(wsDir + QStringLiteral("/workspace.sqlite"));
        QFile check(wsDir + QStringLiteral("/workspace.sqlite"));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(8192, 'x')); // nothing overwritten
    }

    void demoIsDeterministic()
    {
        auto dump = [](const Workspace& ws) {
            QByteArray all;
            QSqlQuery q = Sql::run(
                ws.connection(),
                QStringLiteral("SELECT p.first_name, p.last_name, p.email, p.status, s.score, c.name, c.domain "
                               "FROM prospects p JOIN companies c ON c.id = p.company_id JOIN prospect_scores s ON "
                               "s.prospect_id = p.id ORDER BY p.id"));
            while (q.next()) {
                for (int i = 0; i < 7; ++i) {
                    all += q.value(i).toString().toUtf8() + '|';
                }
            }
            return QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex();
        };
        tests::TestWorkspace a;
        tests::TestWorkspace b;
        DemoGenerator::Options options;
        options.prospects = 500;
        const qint64 now = 1'790'000'000'000;
        const auto summary = DemoGenerator::generate(a->connection(), options, now);
        DemoGenerator::generate(b->connection(), options, now);
        QCOMPARE(summary.prospects, 500);
        QCOMPARE(summary.drafts, 5);
        QCOMPARE(dump(*a), dump(*b));
        QCOMPARE(ProspectRepository(a->connection()).count(), 500);
        QCOMPARE(a->name(), QStringLiteral("Demo"));
        // Invented people on reserved example domains only.
        QCOMPARE(Sql::scalar(a->connection(),
                             QStringLiteral("SELECT COUNT(*) FROM prospects WHERE email NOT LIKE '%.example'"))
                     .toInt(),
                 0);
        options.seed = 7;
        tests::TestWorkspace c;
        DemoGenerator::generate(c->connection(), options, now);
        QVERIFY(dump(*c) != dump(*a));
    }

    // The demo shows what the app would have written. Each score is the LeadScorer's and its reasons
    // add up to it. Each stage past "new" comes with the activities that explain it, never after now
    // nor before the prospect was added; the last contact is the last email sent; a reply is in the
    // Conversations view.
    void demoScoresAndHistoriesAreTheAppsOwn()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        DemoGenerator::Options options;
        options.prospects = 400;
        const qint64 now = 1'790'000'000'000;
        DemoGenerator::generate(db, options, now);
        const LeadScorer scorer(IdealCustomerProfile::load(db));
        const ConversationRepository conversations(db);
        const QRegularExpression points(QStringLiteral("^([+-]\\d+) \\S"));
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT p.id, s.score, p.status, coalesce(p.last_contacted_at, 0), "
                                              "p.created_at, g.position FROM prospects p JOIN prospect_scores s ON "
                                              "s.prospect_id = p.id JOIN stages g ON g.key = p.status ORDER BY p.id"));
        const int newAt = Sql::scalar(db, QStringLiteral("SELECT position FROM stages WHERE key = 'new'")).toInt();
        const int contactedAt
            = Sql::scalar(db, QStringLiteral("SELECT position FROM stages WHERE key = 'contacted'")).toInt();
        const QStringList replied {QStringLiteral("replied"), QStringLiteral("interested"), QStringLiteral("meeting"),
                                   QStringLiteral("won")};
        int rows = 0;
        QSet<int> scores;
        QSet<QString> stages;
        while (q.next()) {
            ++rows;
            const qint64 id = q.value(0).toLongLong();
            const int score = q.value(1).toInt();
            const QString stage = q.value(2).toString();
            const QString where = QStringLiteral("prospect %1 (%2)").arg(id).arg(stage);
            const LeadScorer::Result r = scorer.score(LeadScorer::inputFor(db, id));
            QCOMPARE(score, r.score);
            int sum = 0;
            for (const QString& reason : r.reasons) {
                const QRegularExpressionMatch m = points.match(reason);
                QVERIFY2(m.hasMatch(), qPrintable(reason));
                sum += m.captured(1).toInt();
            }
            QCOMPARE(score, std::clamp(sum, 0, 100));
            scores.insert(score);
            stages.insert(stage);

            const QList<Activity> timeline = ActivityRepository(db).timeline(id);
            QVERIFY2(q.value(5).toInt() <= newAt || !timeline.isEmpty(), qPrintable(where));
            qint64 lastSent = 0;
            for (const Activity& a : timeline) {
                QVERIFY2(a.occurredAt <= now && a.occurredAt >= q.value(4).toLongLong(), qPrintable(where));
                lastSent = a.kind == QLatin1String("email.sent") ? std::max(lastSent, a.occurredAt) : lastSent;
            }
            QCOMPARE(q.value(3).toLongLong(), lastSent);
            QVERIFY2(q.value(5).toInt() < contactedAt || lastSent > 0, qPrintable(where));
            if (replied.contains(stage)) {
                ConversationRepository::ThreadFilter filter;
                filter.prospectId = id;
                const QList<ConversationRepository::Thread> threads = conversations.threads(filter);
                QVERIFY2(threads.size() == 1, qPrintable(where));
                const QList<ConversationRepository::Message> messages = conversations.messages(threads.first().id);
                QVERIFY2(std::any_of(messages.cbegin(), messages.cend(), [](const auto& m) { return m.inbound; }),
                         qPrintable(where));
                QCOMPARE(threads.first().lastMessageAt, messages.last().sentAt);
            }
        }
        QCOMPARE(rows, 400);
        QVERIFY(scores.size() > 3); // the profile tells prospects apart
        QCOMPARE(stages.size(), 8); // every stage of the demo's pipeline, new to lost
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE sent_at > :now"), {{":now", now}})
                     .toInt(),
                 0);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM prospects p JOIN companies c ON c.id = p.company_id "
                                            "WHERE c.created_at > p.created_at"))
                     .toInt(),
                 0);
    }

    // The one table of settings: every key once, each with one default that reads as its kind.
    void settingKeysHaveOneDefaultEach()
    {
        QSet<QString> keys;
        int index = 0;
        for (const SettingKeys::Entry& e : SettingKeys::all()) {
            QCOMPARE(int(e.setting), index++); // entry() indexes the table by the enum
            const QString key = QLatin1String(e.key);
            QVERIFY(!key.isEmpty());
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QVERIFY2(e.defaultValue != nullptr, e.key);
            bool ok = false;
            switch (e.kind) {
            case SettingKeys::Kind::Integer:
                QVERIFY2(QLatin1String(e.defaultValue).toInt(&ok) >= e.minimum && ok, e.key);
                break;
            case SettingKeys::Kind::Number:
                QVERIFY2(QLatin1String(e.defaultValue).toDouble(&ok) >= e.minimum && ok, e.key);
                break;
            case SettingKeys::Kind::Flag:
                QVERIFY2(QLatin1String(e.defaultValue) == QLatin1String("0")
                             || QLatin1String(e.defaultValue) == QLatin1String("1"),
                         e.key);
                break;
            case SettingKeys::Kind::Text:
                break;
            }
        }
        QCOMPARE(index, int(Setting::WorkspaceDirectory) + 1);
        QCOMPARE(SettingKeys::key(Setting::ApiPort), QStringLiteral("api.port"));
        QCOMPARE(SettingKeys::defaultInt(Setting::ApiPort), 8765);
        QCOMPARE(SettingKeys::defaultNumber(Setting::ApiRate), 20.0);
        QCOMPARE(SettingKeys::defaultNumber(Setting::ApiBurst), 40.0);
        QCOMPARE(SettingKeys::defaultValue(Setting::UiLanguage), QStringLiteral("system"));
    }

    // An empty workspace reads every default; what is set reads back, typed; a stored value that is
    // not a number, or is below the minimum, reads as the default.
    void workspaceSettingsReadDefaultsAndRoundTrip()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        WorkspaceSettings settings(db);
        for (const SettingKeys::Entry& e : SettingKeys::all()) {
            if (e.scope != SettingKeys::Scope::Workspace) {
                continue;
            }
            QCOMPARE(settings.text(e.setting), SettingKeys::defaultValue(e.setting));
            if (e.kind == SettingKeys::Kind::Integer) {
                QCOMPARE(settings.integer(e.setting), SettingKeys::defaultInt(e.setting));
            } else if (e.kind == SettingKeys::Kind::Number) {
                QCOMPARE(settings.number(e.setting), SettingKeys::defaultNumber(e.setting));
            } else if (e.kind == SettingKeys::Kind::Flag) {
                QCOMPARE(settings.flag(e.setting), QLatin1String(e.defaultValue) == QLatin1String("1"));
            }
        }
        QCOMPARE(settings.integer(Setting::InboxPollMinutes), 5);
        QCOMPARE(settings.integer(Setting::OutboxMinIntervalSeconds), 20);
        QCOMPARE(settings.integer(Setting::FormsSiteIntervalMin), 10);
        QCOMPARE(settings.integer(Setting::FormsResendDays), 90);
        QCOMPARE(settings.text(Setting::ApiBind), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.text(Setting::FormsSubject), QStringLiteral("A question for {company}"));
        QVERIFY(!settings.flag(Setting::ApiEnabled));
        QVERIFY(settings.list(Setting::FormsConnectTo).isEmpty());
        QVERIFY(settings.json(Setting::FormsSender).isEmpty());

        settings.setInteger(Setting::InboxPollMinutes, 15);
        QCOMPARE(settings.integer(Setting::InboxPollMinutes), 15);
        QCOMPARE(SettingsRepository(db).value(QStringLiteral("inbox.poll_minutes")), QStringLiteral("15"));
        settings.setFlag(Setting::ApiEnabled, true);
        QVERIFY(settings.flag(Setting::ApiEnabled));
        QCOMPARE(SettingsRepository(db).value(QStringLiteral("api.enabled")), QStringLiteral("1"));
        settings.setText(Setting::ApiBind, QStringLiteral("0.0.0.0"));
        QCOMPARE(settings.text(Setting::ApiBind), QStringLiteral("0.0.0.0"));
        settings.setText(Setting::ApiRate, QStringLiteral("2.5"));
        QCOMPARE(settings.number(Setting::ApiRate), 2.5);
        settings.setJson(Setting::FormsSender, {{QStringLiteral("email"), QStringLiteral("camille@example.com")}});
        QCOMPARE(settings.json(Setting::FormsSender).value(QStringLiteral("email")).toString(),
                 QStringLiteral("camille@example.com"));
        settings.setText(Setting::FormsConnectTo, QStringLiteral("a:1:b:2,,c:3:d:4"));
        QCOMPARE(settings.list(Setting::FormsConnectTo),
                 QStringList({QStringLiteral("a:1:b:2"), QStringLiteral("c:3:d:4")}));
        // Set to empty on purpose stays empty: the default is only for what was never set.
        settings.setText(Setting::FormsSubject, QString());
        QCOMPARE(settings.text(Setting::FormsSubject), QString());

        SettingsRepository(db).setValue(QStringLiteral("inbox.poll_minutes"), QStringLiteral("0"));
        QCOMPARE(settings.integer(Setting::InboxPollMinutes), 5);
        SettingsRepository(db).setValue(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("soon"));
        QCOMPARE(settings.integer(Setting::OutboxMinIntervalSeconds), 20);
        SettingsRepository(db).setValue(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("0"));
        QCOMPARE(settings.integer(Setting::OutboxMinIntervalSeconds), 0);
    }

    // Threading as mail clients do it, on public mailing-list mail with its people replaced
    // (tests/data/threading): stored one message at a time in file order, shuffled and reversed, the
    // conversations are exactly the threads notmuch finds on the original messages.
    void threadsAsNotmuchDoes_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("file order") << 0;
        QTest::newRow("shuffled") << 1;
        QTest::newRow("reversed") << 2;
    }

    void threadsAsNotmuchDoes()
    {
        QFETCH(int, order);
        const QString data = QStringLiteral(SC_SOURCE_DIR "/tests/data/threading/");
        QList<SyncedMessage> messages = Fixture::readMbox(data + QStringLiteral("messages.mbox"));
        const QHash<QString, int> expected = Fixture::readExpected(data + QStringLiteral("expected.tsv"));
        QVERIFY(!messages.isEmpty() && !expected.isEmpty());
        if (order == 1) {
            QRandomGenerator random(20261203);
            std::shuffle(messages.begin(), messages.end(), random);
        } else if (order == 2) {
            std::reverse(messages.begin(), messages.end());
        }
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        Fixture::storeAll(db, Fixture::addAccount(db), messages);
        int empty = 0;
        int miscounted = 0;
        const Fixture::Comparison c = Fixture::compare(Fixture::grouping(db, &empty, &miscounted), expected);
        qInfo("%d messages (%d stored), %d threads, expected %d (notmuch); %lld pairs split, %lld joined wrongly",
              c.messages, int(messages.size()), c.threads, c.expectedThreads, c.splitPairs, c.joinedPairs);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QStringLiteral("; "))));
        QCOMPARE(empty, 0);
        QCOMPARE(miscounted, 0);
        QCOMPARE(c.splitPairs, 0);
        QCOMPARE(c.joinedPairs, 0);
        QCOMPARE(c.threads, c.expectedThreads);
    }

    // A reply whose parent never arrives, or that names its ancestors only in References, joins its
    // siblings through the ids they share; so does a reply without a Message-ID. Nothing else joins.
    void replyWithoutItsParentJoinsSiblingsThroughReferences()
    {
        for (const bool reversed : {false, true}) {
            tests::TestWorkspace ws;
            const QSqlDatabase db = ws->connection();
            // root@ and b@ never arrive.
            QList<SyncedMessage> messages {
                Fixture::mail(QStringLiteral("a@x"), QStringLiteral("root@x"), {QStringLiteral("root@x")}),
                Fixture::mail(QStringLiteral("c@x"), QStringLiteral("b@x"),
                              {QStringLiteral("root@x"), QStringLiteral("b@x")}),
                Fixture::mail(QStringLiteral("d@x"), {}, {QStringLiteral("root@x"), QStringLiteral("c@x")}),
                Fixture::mail({}, QStringLiteral("d@x")),
                Fixture::mail(QStringLiteral("other@x")),
                Fixture::mail({})};
            if (reversed) {
                std::reverse(messages.begin(), messages.end());
            }
            Fixture::storeAll(db, Fixture::addAccount(db), messages);
            int empty = 0;
            int miscounted = 0;
            QHash<QString, QList<qint64>> threadsOf;
            for (const auto& [messageId, threadId] : Fixture::grouping(db, &empty, &miscounted)) {
                threadsOf[messageId].append(threadId);
            }
            QCOMPARE(empty + miscounted, 0);
            const QList<qint64> one = threadsOf.value(QStringLiteral("a@x"));
            QCOMPARE(one.size(), 1);
            QCOMPARE(threadsOf.value(QStringLiteral("c@x")), one);
            QCOMPARE(threadsOf.value(QStringLiteral("d@x")), one);
            QCOMPARE(threadsOf.value(QStringLiteral("other@x")).size(), 1);
            QVERIFY(threadsOf.value(QStringLiteral("other@x")) != one);
            // Without a Message-ID: the reply to d@ in the thread, the other alone.
            const QList<qint64> noId = threadsOf.value(QString());
            QCOMPARE(noId.size(), 2);
            QCOMPARE(noId.count(one.first()), 1);
            QVERIFY(!threadsOf.value(QStringLiteral("other@x")).contains(noId.at(0))
                    && !threadsOf.value(QStringLiteral("other@x")).contains(noId.at(1)));
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM threads")).toInt(), 3);
        }
    }

    // A late message that links two threads merges them into the oldest: messages, drafts and timeline
    // lines move with it, the thread keeps the latest time, a prospect and the category of its latest
    // message, and the merged row goes.
    void lateParentMergesThreads()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 account = Fixture::addAccount(db);
        Prospect sam;
        sam.firstName = QStringLiteral("Sam");
        sam.lastName = QStringLiteral("Rivera");
        sam.email = QStringLiteral("sam@heron-works.example");
        const qint64 prospect = ProspectRepository(db).insertProspect(sam, 1);
        // b@ answers the rep's p@ without References, from an address that is no prospect; c@ answers
        // q@, the prospect's first message, which the rep deleted. p@ (in Sent) answered q@.
        SyncedMessage b
            = Fixture::mail(QStringLiteral("b@x"), QStringLiteral("p@x"), {}, QStringLiteral("INBOX"), 1000);
        b.about = b.fromAddress = QStringLiteral("assistant@heron-works.example");
        SyncedMessage c = Fixture::mail(QStringLiteral("c@x"), QStringLiteral("q@x"), {QStringLiteral("q@x")},
                                        QStringLiteral("INBOX"), 3000);
        c.category = QStringLiteral("interested");
        SyncedMessage p = Fixture::mail(QStringLiteral("p@x"), QStringLiteral("q@x"), {QStringLiteral("q@x")},
                                        QStringLiteral("Sent"), 2000);
        p.inbound = false;
        p.fromAddress = QStringLiteral("dana@kestrel-labs.example");
        p.to = {sam.email};
        Fixture::storeAll(db, account, {b, c});
        const auto threadOf = [&db](const char* id) {
            return Sql::scalar(db, QStringLiteral("SELECT thread_id FROM messages WHERE message_id = :id"),
                               {{":id", QString::fromLatin1(id)}})
                .toLongLong();
        };
        const qint64 oldest = threadOf("b@x");
        const qint64 newer = threadOf("c@x");
        QVERIFY(oldest > 0 && newer > oldest);
        Sql::run(
            db,
            QStringLiteral("INSERT INTO drafts (prospect_id, thread_id, kind, to_address, subject, body, created_by, "
                           "created_at) VALUES (:p, :t, 'reply', :to, 'Re: Order picking', 'Tuesday works.', "
                           "'conversation', 1)"),
            {{":p", prospect}, {":t", newer}, {":to", sam.email}});
        Fixture::storeAll(db, account, {p});

        QCOMPARE(threadOf("p@x"), oldest);
        QCOMPARE(threadOf("c@x"), oldest);
        const ConversationRepository conversations(db);
        QVERIFY(!conversations.thread(newer));
        const std::optional<ConversationRepository::Thread> merged = conversations.thread(oldest);
        QVERIFY(merged);
        QCOMPARE(merged->messages, 3);
        QCOMPARE(merged->unread, 2);
        QCOMPARE(merged->prospectId, prospect);
        QCOMPARE(merged->category, QStringLiteral("interested"));
        QCOMPARE(merged->lastMessageAt, 3000);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM threads")).toInt(), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT thread_id FROM drafts")).toLongLong(), oldest);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM activities WHERE ref_table = 'threads' AND "
                                            "ref_id = :t"),
                             {{":t", newer}})
                     .toInt(),
                 0);
        QVERIFY(Sql::scalar(db,
                            QStringLiteral("SELECT count(*) FROM activities WHERE ref_table = 'threads' AND "
                                           "ref_id = :t"),
                            {{":t", oldest}})
                    .toInt()
                > 0);
        // A reply to the deleted q@ that arrives later still finds the conversation.
        Fixture::storeAll(db, account, {Fixture::mail(QStringLiteral("e@x"), QStringLiteral("q@x"))});
        QCOMPARE(threadOf("e@x"), oldest);
    }

    // One message filed in two folders stays one message (in the folder seen last); a copy that names
    // other ids links them too, as notmuch does.
    void duplicateMessageIdInTwoFoldersStaysOneMessage()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 account = Fixture::addAccount(db);
        Fixture::storeAll(db, account,
                          {Fixture::mail(QStringLiteral("m@x")), Fixture::mail(QStringLiteral("x@x"), {}, {})});
        Fixture::storeAll(db, account, {Fixture::mail(QStringLiteral("m@x"), {}, {}, QStringLiteral("Archive"))});
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT mailbox FROM messages WHERE message_id = 'm@x'")).toString(),
                 QStringLiteral("Archive"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(DISTINCT thread_id) FROM messages")).toInt(), 2);
        Fixture::storeAll(db, account,
                          {Fixture::mail(QStringLiteral("m@x"), {}, {QStringLiteral("x@x")}, QStringLiteral("Lists"))});
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(DISTINCT thread_id) FROM messages")).toInt(), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM threads")).toInt(), 1);
    }

    // A verdict below NeedsReviewBelow needs the rep's look, on its message and on its thread while it
    // is the latest reply, until the rep corrects or confirms it; for the sequence engine it is a human
    // reply (stop, never continue on a guess), whatever category was guessed.
    void unsureVerdictsNeedTheRepAndStopSequences()
    {
        using Repo = ConversationRepository;
        // Above the classifier's fallback ("other", 0.5), below every verdict its rules give (0.7 and up).
        QVERIFY(Repo::NeedsReviewBelow > 0.5 && Repo::NeedsReviewBelow < 0.7);
        QVERIFY(Repo::needsReview(0.59, false));
        QVERIFY(!Repo::needsReview(Repo::NeedsReviewBelow, false));
        QVERIFY(!Repo::needsReview(0.1, true));

        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        const qint64 account = Fixture::addAccount(db);
        const auto verdict = [](const char* id, const char* category, double confidence, qint64 at) {
            SyncedMessage m = Fixture::mail(QString::fromLatin1(id), {}, {}, QStringLiteral("INBOX"), at);
            m.category = QString::fromLatin1(category);
            m.confidence = confidence;
            return m;
        };
        Fixture::storeAll(db, account,
                          {verdict("guess@x", "interested", 0.45, 1000), verdict("rule@x", "question", 0.7, 2000),
                           verdict("machine@x", "auto_reply", 0.97, 3000),
                           verdict("unsure-machine@x", "auto_reply", 0.55, 4000)});
        Repo repo(db);
        const auto messageOf = [&](const char* id) {
            const qint64 key = Sql::scalar(db, QStringLiteral("SELECT id FROM messages WHERE message_id = :id"),
                                           {{":id", QString::fromLatin1(id)}})
                                   .toLongLong();
            return *repo.message(key);
        };
        const auto threadOf = [&](const char* id) {
            return *repo.thread(messageOf(id).threadId);
        };
        QVERIFY(messageOf("guess@x").needsReview && threadOf("guess@x").needsReview);
        QVERIFY(!messageOf("rule@x").needsReview && !threadOf("rule@x").needsReview);
        QVERIFY(!messageOf("machine@x").needsReview && !threadOf("machine@x").needsReview);
        QVERIFY(messageOf("unsure-machine@x").needsReview && threadOf("unsure-machine@x").needsReview);
        Repo::ThreadFilter toCheck;
        toCheck.needsReviewOnly = true;
        QCOMPARE(repo.threads(toCheck).size(), 2);

        // The sequence engine: a prospect's reply stops it, a sure automatic reply does not, an unsure
        // one does (it may be a person), and the rep's own mail is no reply.
        QVERIFY(Repo::isHumanReplyForSequences(messageOf("guess@x")));
        QVERIFY(Repo::isHumanReplyForSequences(messageOf("rule@x")));
        QVERIFY(!Repo::isHumanReplyForSequences(messageOf("machine@x")));
        QVERIFY(Repo::isHumanReplyForSequences(messageOf("unsure-machine@x")));
        Repo::Message guessedBounce;
        guessedBounce.inbound = true;
        guessedBounce.category = QStringLiteral("bounce");
        guessedBounce.confidence = 0.4;
        QVERIFY(Repo::isHumanReplyForSequences(guessedBounce));
        guessedBounce.corrected = true; // the rep said it is a bounce
        QVERIFY(!Repo::isHumanReplyForSequences(guessedBounce));
        Repo::Message sent = guessedBounce;
        sent.inbound = false;
        QVERIFY(!Repo::isHumanReplyForSequences(sent));

        // A sure reply after the guess: the thread follows its latest reply, the old message keeps its mark.
        Fixture::storeAll(db, account,
                          {Fixture::mail(QStringLiteral("later@x"), QStringLiteral("guess@x"),
                                         {QStringLiteral("guess@x")}, QStringLiteral("INBOX"), 5000)});
        QCOMPARE(messageOf("later@x").threadId, messageOf("guess@x").threadId);
        Sql::run(db,
                 QStringLiteral("UPDATE messages SET classification_confidence = 0.9 WHERE message_id = 'later@x'"));
        QVERIFY(!threadOf("guess@x").needsReview);
        QVERIFY(messageOf("guess@x").needsReview);

        // Confirming keeps the category, once, as the rep's; correcting gives another. Neither is a guess
        // any more, even if a confidence under the threshold were stored again.
        repo.confirm(messageOf("guess@x").id, QStringLiteral("rep"), 6000);
        repo.confirm(messageOf("guess@x").id, QStringLiteral("rep"), 6001);
        const Repo::Message confirmed = messageOf("guess@x");
        QCOMPARE(confirmed.category, QStringLiteral("interested"));
        QVERIFY(confirmed.corrected && !confirmed.needsReview);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM classifier_corrections WHERE message_id = :m AND "
                                            "label = 'interested'"),
                             {{":m", confirmed.id}})
                     .toInt(),
                 1);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'messages.confirm'")).toInt(),
            1);
        repo.correct(messageOf("unsure-machine@x").id, QStringLiteral("interested"), QStringLiteral("rep"), 7000);
        Sql::run(db, QStringLiteral("UPDATE messages SET classification_confidence = 0.3"));
        for (const char* id : {"guess@x", "unsure-machine@x"}) {
            QVERIFY2(!messageOf(id).needsReview, id);
            QVERIFY2(Repo::isHumanReplyForSequences(messageOf(id)), id);
        }
        QVERIFY(!threadOf("unsure-machine@x").needsReview);
        QVERIFY(threadOf("rule@x").needsReview); // never corrected: 0.3 is a guess
        QVERIFY_THROWS_EXCEPTION(ValidationError, repo.confirm(0, QStringLiteral("rep"), 8000));
    }

    // A workspace the old threading split (replies whose parent it did not hold) is mended by the
    // upgrade: threads that share an id become one, and later mail threads with them.
    void upgradeMergesThreadsTheOldThreadingSplit()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(wsDir));
        const QString path = wsDir + QStringLiteral("/workspace.sqlite");
        qint64 account = 0;
        {
            const QSqlDatabase db = Database::connection(path);
            QList<Migration> before = Migrator::load();
            before.resize(16);
            Migrator(before).migrate(db);
            account = Fixture::addAccount(db);
            Sql::run(db,
                     QStringLiteral("INSERT INTO threads (id, account_id, subject, last_message_at, classification, "
                                    "created_at) VALUES (1, :a, 'Order picking', 1000, 'question', 1), (2, :a, "
                                    "'Re: Order picking', 3000, 'interested', 2), (3, :a, 'Other', 500, NULL, 3), "
                                    "(4, :a, 'Re: Order picking', 2000, NULL, 4)"),
                     {{":a", account}});
            Sql::run(db,
                     QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, message_id, in_reply_to, "
                                    "references_header, sent_at, created_at) VALUES (1, :a, 'inbound', 'a@x', "
                                    "'root@x', 'root@x', 1000, 1), (2, :a, 'inbound', 'c@x', 'b@x', 'root@x b@x', "
                                    "3000, 2), (3, :a, 'inbound', 'u@x', NULL, NULL, 500, 3), (4, :a, 'inbound', "
                                    "NULL, 'c@x', NULL, 2000, 4)"),
                     {{":a", account}});
            Sql::run(db,
                     QStringLiteral("INSERT INTO drafts (thread_id, kind, to_address, subject, body, created_by, "
                                    "created_at) VALUES (2, 'reply', 'sam@heron-works.example', 'Re: Order picking', "
                                    "'Tuesday works.', 'conversation', 1)"));
        }
        Database::release(path);
        const Workspace ws = Workspace::open(wsDir);
        const auto release = qScopeGuard([&ws] { ws.releaseConnection(); });
        const QSqlDatabase db = ws.connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM threads")).toInt(), 2);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(DISTINCT thread_id) FROM messages WHERE message_id IS "
                                            "NOT 'u@x'"))
                     .toInt(),
                 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT thread_id FROM messages WHERE message_id = 'c@x'")).toInt(), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT thread_id FROM drafts")).toInt(), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT last_message_at FROM threads WHERE id = 1")).toInt(), 3000);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT classification FROM threads WHERE id = 1")).toString(),
                 QStringLiteral("interested"));
        Fixture::storeAll(db, account, {Fixture::mail(QStringLiteral("d@x"), {}, {QStringLiteral("b@x")})});
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT thread_id FROM messages WHERE message_id = 'd@x'")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
