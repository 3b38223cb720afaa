// Item models of the views, each checked with QAbstractItemModelTester and QSignalSpy.
#include "TestWorkspace.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "models/import/ProspectImporter.h"
#include "models/itemmodels/AgentStatusModel.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/itemmodels/JobListModel.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sc;
using namespace sc::models;

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ChangeHub::instance(); }

    void prospectsPageLazily()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 450;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        ProspectTableModel model(*ws);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), ProspectTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(!model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(); // the tester checks the reset and the fetches it makes itself
        // Sorted by last name, then first name.
        const QString first = model.index(0, ProspectTableModel::Name).data().toString();
        QVERIFY(!first.isEmpty());
        QVERIFY(model.index(0, ProspectTableModel::Email).data().toString().endsWith(QLatin1String(".example")));
        QCOMPARE(model.headerData(ProspectTableModel::Company, Qt::Horizontal).toString(), QStringLiteral("Company"));
    }

    void prospectSearchUsesTheFullTextIndex()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 100;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        ProspectTableModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy total(&model, &ProspectTableModel::totalCountChanged);
        const QString someEmail = model.index(3, ProspectTableModel::Email).data().toString();
        model.setSearch(someEmail);
        QVERIFY(model.totalCount() >= 1);
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            found = found || model.index(row, ProspectTableModel::Email).data().toString() == someEmail;
        }
        QVERIFY(found);
        // FTS operators and quotes typed by the rep are plain text, never a syntax error.
        model.setSearch(QStringLiteral("\"AND OR * NEAR( zzqx"));
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(total.size(), 2);
        // Accents are folded both ways.
        const int withAccent = [&] {
            model.setSearch(QStringLiteral("Anaïs"));
            return model.totalCount();
        }();
        model.setSearch(QStringLiteral("anais"));
        QCOMPARE(model.totalCount(), withAccent);
        model.setSearch({});
        QCOMPARE(model.totalCount(), 100);
    }

    void prospectsSortAndFilter()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 300;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        ProspectTableModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(ProspectTableModel::Score, Qt::DescendingOrder);
        QVERIFY(model.rowCount() > 10);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, ProspectTableModel::Score).data().toInt()
                    >= model.index(row, ProspectTableModel::Score).data().toInt());
        }
        ProspectQuery query = model.query();
        query.stages = {QStringLiteral("won")};
        query.minScore = 50;
        model.setQuery(query);
        const int expected
            = Sql::scalar(ws->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM prospects WHERE status = 'won' AND score >= 50"))
                  .toInt();
        QVERIFY(expected > 0);
        QCOMPARE(model.totalCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, ProspectTableModel::Status).data().toString(), QStringLiteral("Won"));
        }
    }

    void searchIndexFollowsEdits()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 20;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        const QSqlDatabase db = ws->connection();
        ProspectQuery query;
        query.search = QStringLiteral("Zebulon");
        ProspectRepository repo(db);
        QCOMPARE(repo.count(query), 0);
        Sql::run(db, QStringLiteral("UPDATE prospects SET first_name = 'Zébulon' WHERE id = 1"));
        QCOMPARE(repo.count(query), 1);
        query.search = QStringLiteral("Quokka Industries");
        Sql::run(db,
                 QStringLiteral("UPDATE companies SET name = 'Quokka Industries' WHERE id = (SELECT company_id "
                                "FROM prospects WHERE id = 2)"));
        QVERIFY(repo.count(query) >= 1);
        Sql::run(db, QStringLiteral("DELETE FROM prospects WHERE id = 1"));
        query.search = QStringLiteral("Zebulon");
        QCOMPARE(repo.count(query), 0);
    }

    // Import defers the search index for each batch and indexes the batch at once: afterwards the
    // index must hold exactly what the triggers would have written, for new and updated rows alike.
    void importKeepsTheSearchIndexInStep()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.csv"));
        auto write = [&](const QByteArray& body) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("First Name,Last Name,Email,Company,Title,Notes\n" + body);
        };
        write("Ines,Varga,ines.varga@kestrel.example,Kestrel Labs,Buyer,met at the fair\n"
              "Tomas,Brandt,tomas.brandt@kestrel.example,Kestrel Labs,CTO,\n");
        ProspectImporter::Report report;
        QString failure;
        QCOMPARE(ProspectImporter(db, 1).run(path, {}, &report, &failure), ProspectImporter::Outcome::Finished);
        QCOMPARE(report.imported, 2);
        // Changed title for one, a new person, and an unchanged row.
        write("Ines,Varga,ines.varga@kestrel.example,Kestrel Labs,Head of Procurement,met at the fair\n"
              "Tomas,Brandt,tomas.brandt@kestrel.example,Kestrel Labs,CTO,\n"
              "Ada,Quist,ada.quist@heron.example,Heron Works,Founder,\n");
        ProspectImporter::Report again;
        QCOMPARE(ProspectImporter(db, 2).run(path, {}, &again, &failure), ProspectImporter::Outcome::Finished);
        QCOMPARE(again.imported, 1);
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.unchanged, 1);

        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM search_index_deferred")).toInt(), 0);
        // Every prospect has exactly the index row the triggers would have written.
        const int mismatches = Sql::scalar(db,
                                           QStringLiteral("SELECT count(*) FROM prospects p "
                                                          "LEFT JOIN companies c ON c.id = p.company_id "
                                                          "LEFT JOIN prospects_fts f ON f.rowid = p.id "
                                                          "WHERE f.rowid IS NULL OR f.name IS NOT p.first_name || ' ' "
                                                          "|| p.last_name OR f.email IS NOT p.email OR f.company IS "
                                                          "NOT c.name OR f.title IS NOT p.title OR f.notes IS NOT "
                                                          "p.notes"))
                                   .toInt();
        QCOMPARE(mismatches, 0);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects_fts")).toInt(), 3);
        ProspectRepository repo(db);
        ProspectQuery query;
        query.search = QStringLiteral("procurement");
        QCOMPARE(repo.count(query), 1);
        query.search = QStringLiteral("Buyer");
        QCOMPARE(repo.count(query), 0);
        query.search = QStringLiteral("Heron");
        QCOMPARE(repo.count(query), 1);
        // Triggers are back in charge after the import.
        Sql::run(db,
                 QStringLiteral("UPDATE prospects SET title = 'Chief Buyer' WHERE email = 'ada.quist@heron.example'"));
        query.search = QStringLiteral("Buyer");
        QCOMPARE(repo.count(query), 1);
    }

    void draftsFollowApprovals()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 40;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        DraftListModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const qint64 id = model.index(0, 0).data(DraftListModel::DraftIdRole).toLongLong();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        DraftRepository drafts(ws->connection());
        QVERIFY(drafts.approve(id, QStringLiteral("rep"), Clock::instance().nowMs()));
        QVERIFY(!drafts.approve(id, QStringLiteral("rep"), Clock::instance().nowMs())); // only once
        QTRY_COMPARE(model.rowCount(), 4); // through the change notice
        QVERIFY(reset.size() >= 1);
        QCOMPARE(model.rowOf(id), -1);
        QCOMPARE(Sql::scalar(ws->connection(),
                             QStringLiteral(
                                 "SELECT COUNT(*) FROM audit_log WHERE action = 'draft.approved' AND target_id = :id"),
                             {{":id", id}})
                     .toInt(),
                 1);
        const qint64 second = model.index(0, 0).data(DraftListModel::DraftIdRole).toLongLong();
        QVERIFY(drafts.edit(second, QStringLiteral("New subject"), QStringLiteral("New body"), QStringLiteral("rep"),
                            Clock::instance().nowMs()));
        QTRY_COMPARE(model.index(0, 0).data(DraftListModel::SubjectRole).toString(), QStringLiteral("New subject"));
        QVERIFY(drafts.reject(second, QStringLiteral("rep"), QStringLiteral("tone"), Clock::instance().nowMs()));
        QTRY_COMPARE(model.rowCount(), 3);
    }

    void jobsShowLiveWorkFirstAndProgressInPlace()
    {
        tests::TestWorkspace ws;
        JobRepository jobs(ws->connection());
        const qint64 now = Clock::instance().nowMs();
        const qint64 done = jobs.enqueue({QStringLiteral("k.a"), {}, 0, 5, 0, {}}, now);
        jobs.claimNext({QStringLiteral("k.a")}, now);
        jobs.succeed(done, {}, now);
        const qint64 queued = jobs.enqueue({QStringLiteral("k.b"), {}, 0, 5, 0, {}}, now);
        const qint64 running = jobs.enqueue({QStringLiteral("k.c"), {}, 0, 5, 0, {}}, now);
        jobs.claimNext({QStringLiteral("k.c")}, now);
        JobListModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKindLabeler([](const QString& kind) { return QStringLiteral("Label ") + kind; });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(JobListModel::JobIdRole).toLongLong(), running);
        QCOMPARE(model.index(1, 0).data(JobListModel::JobIdRole).toLongLong(), queued);
        QCOMPARE(model.index(2, 0).data(JobListModel::JobIdRole).toLongLong(), done);
        QCOMPARE(model.index(0, JobListModel::Kind).data().toString(), QStringLiteral("Label k.c"));
        QCOMPARE(model.index(2, JobListModel::State).data().toString(), QStringLiteral("Done"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.updateProgress(running, 40, QStringLiteral("halfway"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(JobListModel::ProgressRole).toInt(), 40);
        QCOMPARE(model.index(0, JobListModel::Progress).data().toString(), QStringLiteral("40% — halfway"));
        model.reload(); // same rows: updated in place, no reset (selection survives)
        QCOMPARE(reset.size(), 0);
    }

    void agentStatusFollowsStatesAndQueues()
    {
        tests::TestWorkspace ws;
        AgentStatusModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgents({{QStringLiteral("a"),
                          QStringLiteral("Agent A"),
                          {QStringLiteral("a.x")},
                          AgentStatusModel::AgentState::Stopped},
                         {QStringLiteral("b"),
                          QStringLiteral("Agent B"),
                          {QStringLiteral("b.x")},
                          AgentStatusModel::AgentState::Stopped}});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setState(QStringLiteral("b"), AgentStatusModel::AgentState::Busy);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, AgentStatusModel::State).data().toString(), QStringLiteral("Working"));
        JobRepository jobs(ws->connection());
        jobs.enqueue({QStringLiteral("a.x"), {}, 0, 5, 0, {}}, Clock::instance().nowMs());
        jobs.enqueue({QStringLiteral("a.x"), {}, 0, 5, 0, {}}, Clock::instance().nowMs());
        QTRY_COMPARE(model.index(0, AgentStatusModel::Queued).data().toInt(), 2); // through the change notice
        QCOMPARE(model.index(1, AgentStatusModel::Queued).data().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "test_itemmodels.moc"
