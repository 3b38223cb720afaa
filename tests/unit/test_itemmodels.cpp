// Item models of the views, each checked with QAbstractItemModelTester and QSignalSpy.
#include "TestWorkspace.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "models/import/ProspectExporter.h"
#include "models/import/ProspectImporter.h"
#include "models/itemmodels/AgentStatusModel.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/itemmodels/JobListModel.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/ActivityRepository.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/repositories/StageRepository.h"
#include "models/repositories/TaskRepository.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
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
        query.minScore = 25; // the default ideal customer gives the demo at most 45
        model.setQuery(query);
        const int expected
            = Sql::scalar(ws->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM prospects p JOIN prospect_scores s ON s.prospect_id = "
                                         "p.id WHERE p.status = 'won' AND s.score >= 25"))
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

    void trashHidesAndUndoRestores()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 50;
        // The demo's history happened before now; what this test does, after it.
        const qint64 now = Clock::instance().nowMs();
        DemoGenerator::generate(ws->connection(), options, now);
        const QSqlDatabase db = ws->connection();
        ProspectRepository repo(db);
        const Prospect first = repo.page({}, 0, 1).first();
        ProspectQuery byName;
        byName.search = first.fullName();
        const int matches = repo.count(byName);
        QVERIFY(matches >= 1);
        QCOMPARE(repo.moveToTrash({first.id, first.id}, QStringLiteral("rep"), now + 10), 1);
        QCOMPARE(repo.count(), 49);
        QCOMPARE(repo.count(byName), matches - 1);
        QVERIFY(!repo.find(first.id));
        QCOMPARE(repo.moveToTrash({first.id}, QStringLiteral("rep"), now + 11), 0); // already there
        QCOMPARE(repo.restoreFromTrash({first.id}, QStringLiteral("rep"), now + 12), 1);
        QCOMPARE(repo.count(), 50);
        QCOMPARE(repo.count(byName), matches);
        QCOMPARE(ActivityRepository(db).timeline(first.id).first().kind, QStringLiteral("prospect.restored"));
        // Purge takes only what was trashed before the cut-off.
        QCOMPARE(repo.moveToTrash({first.id}, QStringLiteral("rep"), now + 100), 1);
        QCOMPARE(repo.purgeTrash(now + 100), 0);
        QCOMPARE(repo.purgeTrash(now + 101), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects")).toInt(), 49);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects_fts")).toInt(), 49);
    }

    // One company rule for the import, the local API and research (CompanyRepository): by domain,
    // public-suffix aware, when there is one (never a webmail's), else by name.
    void companiesAreFoundByOneRule()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companies.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email,First Name,Last Name,Company\nana@shop.kestrel.co.uk,Ana,Lopez,Kestrel Labs\n"
                   "bo@gmail.com,Bo,Li,Plover Tools\n");
        file.close();
        ProspectImporter::Report report;
        QString failure;
        QCOMPARE(ProspectImporter(db, 1).run(path, {}, &report, &failure), ProspectImporter::Outcome::Finished);
        CompanyRepository companies(db);
        const qint64 kestrel = companies.findByDomain(QStringLiteral("kestrel.co.uk"));
        const qint64 plover = companies.findByName(QStringLiteral("plover tools"));
        QVERIFY(kestrel > 0 && plover > 0 && kestrel != plover);
        QCOMPARE(companies.find(kestrel)->name, QStringLiteral("Kestrel Labs"));
        QCOMPARE(companies.find(kestrel)->website, QStringLiteral("https://kestrel.co.uk"));
        QCOMPARE(CompanyRepository::domainFor({}, QStringLiteral("bo@gmail.com")), QString());
        QCOMPARE(companies.findOrCreate(QStringLiteral("Another name"),
                                        CompanyRepository::domainFor({}, QStringLiteral("cy@kestrel.co.uk")), {}, 2),
                 kestrel);
        QCOMPARE(companies.findOrCreate(QStringLiteral(" Plover  Tools "),
                                        CompanyRepository::domainFor({}, QStringLiteral("di@yahoo.com")), {}, 2),
                 plover);
        QCOMPARE(companies.forDomain(QStringLiteral("https://www.kestrel.co.uk/about"), 2), kestrel);
        QCOMPARE(companies.findOrCreate({}, {}, {}, 2), 0);
        const qint64 osprey = companies.forDomain(QStringLiteral("osprey.example"), 2);
        QCOMPARE(companies.find(osprey)->name, QStringLiteral("osprey.example")); // unnamed until researched
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM companies")).toInt(), 3);
    }

    void importBringsBackATrashedProspect()
    {
        tests::TestWorkspace ws;
        const QSqlDatabase db = ws->connection();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email,First Name,Last Name\nnoor.haddad@plover.example,Noor,Haddad\n");
        file.close();
        ProspectImporter::Report report;
        QString failure;
        QCOMPARE(ProspectImporter(db, 1).run(path, {}, &report, &failure), ProspectImporter::Outcome::Finished);
        ProspectRepository repo(db);
        const qint64 id = repo.page({}, 0, 1).first().id;
        repo.moveToTrash({id}, QStringLiteral("rep"), 2);
        QCOMPARE(repo.count(), 0);
        ProspectImporter::Report again;
        QCOMPARE(ProspectImporter(db, 3).run(path, {}, &again, &failure), ProspectImporter::Outcome::Finished);
        QCOMPARE(again.updated, 1);
        QCOMPARE(repo.count(), 1);
        ProspectQuery query;
        query.search = QStringLiteral("Haddad");
        QCOMPARE(repo.count(query), 1);
    }

    void fieldEditsAreValidatedAndAudited()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 10;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        const QSqlDatabase db = ws->connection();
        ProspectRepository repo(db);
        const QList<Prospect> two = repo.page({}, 0, 2);
        ProspectRepository::FieldEdit edit;
        edit.title = QStringLiteral("  Head of Operations ");
        edit.phone = QStringLiteral("+33 1 23 45 67 89");
        edit.dealValueCents = 1'250'000;
        edit.firstName = two.at(0).firstName; // unchanged: not reported
        QCOMPARE(repo.updateFields(two.at(0).id, edit, QStringLiteral("rep"), 5),
                 QStringList({QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("deal_value_cents")}));
        const Prospect after = *repo.find(two.at(0).id);
        QCOMPARE(after.title, QStringLiteral("Head of Operations"));
        QCOMPARE(after.dealValueCents, 1'250'000);
        QCOMPARE(ActivityRepository(db).timeline(after.id).first().kind, QStringLiteral("fields.edited"));
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT details FROM audit_log WHERE action = 'prospects.edit'"))
                    .toString()
                    .contains(QStringLiteral("Head of Operations")));
        ProspectQuery search;
        search.search = QStringLiteral("Operations");
        QVERIFY(repo.count(search) >= 1);

        ProspectRepository::FieldEdit bad;
        bad.email = QStringLiteral("not an address");
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.updateFields(after.id, bad, QStringLiteral("rep"), 6));
        bad.email = two.at(1).email.toUpper(); // someone else's, in other case
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.updateFields(after.id, bad, QStringLiteral("rep"), 6));
        QCOMPARE(repo.find(after.id)->email, two.at(0).email);
        ProspectRepository::FieldEdit good;
        good.email = QStringLiteral(" New.Address@Plover.example ");
        QCOMPARE(repo.updateFields(after.id, good, QStringLiteral("rep"), 7), QStringList({QStringLiteral("email")}));
        QCOMPARE(repo.find(after.id)->email, QStringLiteral("new.address@plover.example"));
    }

    void stagesAreConfigurableAndSortInPipelineOrder()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 60;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        const QSqlDatabase db = ws->connection();
        ProspectRepository repo(db);
        StageRepository stageRepo(db);
        const QString key = stageRepo.add(QStringLiteral("Négociation"), QStringLiteral("rep"), 1);
        QCOMPARE(key, QStringLiteral("negociation"));
        QVERIFY_THROWS_EXCEPTION(StoreError, stageRepo.add(QStringLiteral("négociation "), QStringLiteral("rep"), 1));
        QList<Stage> stages = stageRepo.details();
        // Added at the end of the open pipeline, before Won and Lost.
        QCOMPARE(stages.at(stages.size() - 3).key, key);
        stageRepo.rename(key, QStringLiteral("Negotiation"), QStringLiteral("rep"), 2);
        repo.setStage({repo.page({}, 0, 1).first().id}, key, QStringLiteral("rep"), 3);
        stageRepo.move(key, -1, QStringLiteral("rep"), 4);
        stageRepo.move(QStringLiteral("new"), -1, QStringLiteral("rep"), 4); // already first: nothing
        stages = stageRepo.details();
        QCOMPARE(stages.at(stages.size() - 4).name, QStringLiteral("Negotiation"));
        QCOMPARE(stages.at(stages.size() - 4).prospects, 1);
        // The stage sort follows positions, through the stage_rank the triggers keep.
        ProspectQuery byStage;
        byStage.sort = ProspectQuery::SortKey::Stage;
        QHash<QString, int> position;
        for (const auto& s : std::as_const(stages)) {
            position.insert(s.key, s.position);
        }
        const QList<Prospect> sorted = repo.page(byStage, 0, 100);
        QCOMPARE(sorted.size(), 60);
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            QVERIFY(position.value(sorted.at(i - 1).status) <= position.value(sorted.at(i).status));
        }
        // Removing a stage moves its prospects; the last stage cannot go.
        QVERIFY_THROWS_EXCEPTION(StoreError, stageRepo.remove(key, key, QStringLiteral("rep"), 5));
        stageRepo.remove(key, QStringLiteral("contacted"), QStringLiteral("rep"), 5);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects WHERE status = :k"), {{":k", key}}).toInt(),
            0);
    }

    void tasksHaveDueDatesAndADoneState()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 5;
        options.drafts = 0;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        ProspectRepository repo(ws->connection());
        TaskRepository tasks(ws->connection());
        const qint64 id = repo.page({}, 0, 1).first().id;
        const int before = int(tasks.forProspect(id).size());
        const qint64 later = tasks.add(id, QStringLiteral("Send the pricing sheet"), 2'000, QStringLiteral("rep"), 1);
        const qint64 sooner = tasks.add(id, QStringLiteral("Call back"), 1'000, QStringLiteral("rep"), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, tasks.add(id, QStringLiteral("  "), 0, QStringLiteral("rep"), 1));
        QList<Task> list = tasks.forProspect(id);
        QCOMPARE(list.size(), before + 2);
        tasks.setDone(sooner, true, QStringLiteral("rep"), 3);
        list = tasks.forProspect(id);
        QCOMPARE(list.last().id, sooner); // done tasks go last
        QVERIFY(list.last().doneAt > 0);
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [&](const auto& t) { return t.id == later && t.doneAt == 0; }));
        QCOMPARE(ActivityRepository(ws->connection()).timeline(id).first().kind, QStringLiteral("task.done"));
    }

    // A search matching many prospects is read in index order ("dense"); it must return exactly the
    // rows, in exactly the order, of the sorted plan.
    void denseSearchPagesMatchTheSortedPlan()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 12'000;
        options.drafts = 0;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        const QSqlDatabase db = ws->connection();
        ProspectRepository repo(db);
        ProspectQuery query;
        query.search = QStringLiteral("example"); // every email
        QCOMPARE(repo.count(query), 12'000);
        for (const auto sort : {ProspectQuery::SortKey::Name, ProspectQuery::SortKey::Score,
                                ProspectQuery::SortKey::Stage, ProspectQuery::SortKey::Email}) {
            query.sort = sort;
            query.descending = sort == ProspectQuery::SortKey::Score;
            ProspectQuery all = query;
            all.search.clear();
            const QList<Prospect> dense = repo.page(query, 300, 50);
            const QList<Prospect> plain = repo.page(all, 300, 50);
            QCOMPARE(dense.size(), 50);
            for (qsizetype i = 0; i < dense.size(); ++i) {
                QCOMPARE(dense.at(i).id, plain.at(i).id);
            }
        }
    }

    void enrollmentNeverIncludesTheDoNotContactList()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 30;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        const QSqlDatabase db = ws->connection();
        ProspectRepository repo(db);
        SequenceRepository sequenceRepo(db);
        const auto sequences = sequenceRepo.active();
        QVERIFY(!sequences.isEmpty());
        const QList<Prospect> people = repo.page({}, 0, 4);
        QString problem;
        DoNotContactRepository dnc(db);
        QVERIFY(!dnc.add(people.at(0).email, QStringLiteral("asked"), 1, &problem).isEmpty());
        QVERIFY(!dnc.add(people.at(1).email.section(QLatin1Char('@'), 1), QStringLiteral("competitor"), 1, &problem)
                     .isEmpty());
        const QList<qint64> ids {people.at(0).id, people.at(1).id, people.at(2).id, people.at(3).id};
        int expectedSuppressed = 0;
        for (const Prospect& p : people) {
            expectedSuppressed += dnc.isSuppressed(p.email) ? 1 : 0;
        }
        QVERIFY(expectedSuppressed >= 2);
        const auto first = sequenceRepo.enroll(ids, sequences.first().first, QStringLiteral("rep"), 1'000);
        QCOMPARE(first.suppressed, expectedSuppressed);
        QCOMPARE(first.enrolled, 4 - expectedSuppressed);
        const auto again = sequenceRepo.enroll(ids, sequences.first().first, QStringLiteral("rep"), 2'000);
        QCOMPARE(again.enrolled, 0);
        QCOMPARE(again.alreadyEnrolled, 4 - expectedSuppressed);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM enrollments e JOIN prospects p ON p.id = "
                                            "e.prospect_id WHERE p.email = :e"),
                             {{":e", people.at(0).email}})
                     .toInt(),
                 0);
        QVERIFY_THROWS_EXCEPTION(StoreError, sequenceRepo.enroll(ids, 999'999, QStringLiteral("rep"), 1));
    }

    void exportStreamsEveryRowAndStopsWhenAsked()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 2'500;
        options.drafts = 0;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QList<int> reported;
        QCOMPARE(ProspectExporter::write(ws->connection(), {}, &buffer,
                                         [&](int written) {
                                             reported.append(written);
                                             return true;
                                         }),
                 2'500);
        QCOMPARE(reported, QList<int>({1'000, 2'000}));
        QCOMPARE(buffer.data().count('\n'), 2'501);
        QBuffer stopped;
        QVERIFY(stopped.open(QIODevice::WriteOnly));
        QCOMPARE(ProspectExporter::write(ws->connection(), {}, &stopped, [](int) { return false; }), -1);
    }

    // By company, pages come from two queries (with a company, by name; without, by id): together
    // they must give exactly the order of one sorted query, across every page boundary.
    void companySortPagesMatchOneSortedQuery()
    {
        tests::TestWorkspace ws;
        DemoGenerator::Options options;
        options.prospects = 300;
        options.drafts = 0;
        DemoGenerator::generate(ws->connection(), options, Clock::instance().nowMs());
        const QSqlDatabase db = ws->connection();
        Sql::run(db, QStringLiteral("UPDATE prospects SET company_id = NULL WHERE id % 13 = 0"));
        ProspectRepository repo(db);
        for (const bool descending : {false, true}) {
            QList<qint64> expected;
            QSqlQuery q
                = Sql::run(db,
                           QStringLiteral("SELECT p.id FROM prospects p LEFT JOIN companies c ON c.id = p.company_id "
                                          "ORDER BY c.name COLLATE NOCASE %1, c.id %1, p.id %1")
                               .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC")));
            while (q.next()) {
                expected.append(q.value(0).toLongLong());
            }
            QCOMPARE(expected.size(), 300);
            ProspectQuery query;
            query.sort = ProspectQuery::SortKey::Company;
            query.descending = descending;
            for (const int pageSize : {7, 23, 100, 300}) {
                QList<qint64> paged;
                for (int offset = 0; offset < 320; offset += pageSize) {
                    const QList<Prospect> page = repo.page(query, offset, pageSize);
                    for (const Prospect& p : page) {
                        paged.append(p.id);
                    }
                }
                QCOMPARE(paged, expected);
            }
            QList<qint64> streamed;
            repo.scan(query, 0, -1, false, [&](Prospect&& p) {
                streamed.append(p.id);
                return true;
            });
            QCOMPARE(streamed, expected);
        }
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
