// The rep's day, offscreen: tasks a sequence made appear in Today with their sequence, and Do, Skip and
// Snooze change the database and the list; the detail panel shows a prospect's sequences with why one
// stopped and saves their time zone, and the predictive score beside the rule score (or why not yet); the
// mailbox dialog's warmed checkbox reaches the workspace.
#include "GuiHarness.h"
#include "agents/decision/DecisionEngine.h"
#include "models/Clock.h"
#include "models/entities/SequenceDefinition.h"
#include "models/repositories/EnrollmentRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/PredictionRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/repositories/TaskRepository.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/MailAccountDialog.h"
#include "ui/views/prospects/ProspectDetailPanel.h"
#include "ui/views/prospects/ProspectsView.h"
#include "ui/views/today/TodayView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace sc;
using Fixture = tests::GuiHarness::Fixture;
namespace Sql = models::Sql;
using ui::MainWindow;
using ui::TodayView;

namespace {

constexpr Fixture kFixtures[] = {
    {"emptyDayHasAnEmptyState", "empty", 0},
    {"sequenceTasksAreDoneSkippedAndSnoozed", "today", 12},
    {"detailPanelShowsSequencesAndSavesTheTimeZone", "detail", 12},
    {"detailPanelShowsThePredictiveScore", "predictive", 12},
    {"warmedMailboxIsSaved", "warmed", 0},
};

// Every day and hour is a business hour: the steps run the moment the engine looks.
constexpr char kSequence[] = R"({"name": "Founders outreach with a rather long name", "timezone": "UTC",
 "business_hours": {"days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "00:00", "end": "23:59"},
 "steps": [{"channel": "task", "kind": "linkedin", "title": "Visit {{first_name}} on LinkedIn"},
           {"channel": "wait", "business_days": 2},
           {"channel": "task", "kind": "call", "title": "Call {{first_name}}"}]})";

} // namespace

class TestGuiToday : public QObject
{
    Q_OBJECT

    tests::GuiHarness m_harness;
    QList<QUrl> m_opened;

    MainWindow* window() const { return m_harness.window(); }
    QSqlDatabase db() const { return m_harness.workspace().connection(); }
    TodayView* today() const { return window()->findChild<TodayView*>(); }

    qint64 createSequence()
    {
        QString error;
        const std::optional<models::SequenceDefinition> definition
            = models::SequenceDefinition::fromJson(QJsonDocument::fromJson(kSequence).object(), &error);
        if (!definition) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        return models::SequenceRepository(db()).create(*definition, QStringLiteral("test"), Clock::instance().nowMs());
    }

    QList<qint64> prospectIds(int count) const
    {
        QSqlQuery q = Sql::run(db(),
                               QStringLiteral("SELECT id FROM prospects WHERE email IS NOT NULL AND status = "
                                              "'new' ORDER BY id LIMIT %1")
                                   .arg(count));
        QList<qint64> ids;
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
        }
        return ids;
    }

    // Enrolls and runs the engine up to now: each prospect gets the sequence's first step, a LinkedIn task.
    void runSequence(qint64 sequence, const QList<qint64>& ids)
    {
        const qint64 now = Clock::instance().nowMs();
        const auto enrolled = models::SequenceRepository(db()).enroll(ids, sequence, QStringLiteral("test"), now);
        QCOMPARE(enrolled.enrolled, int(ids.size()));
        agents::decision::DecisionEngine(db()).run({.now = now, .until = now + 1000, .dryRun = false, .canceled = {}});
    }

    qint64 taskOf(qint64 prospect, const QString& kind) const
    {
        return Sql::scalar(db(), QStringLiteral("SELECT id FROM tasks WHERE prospect_id = :p AND kind = :k"),
                           {{":p", prospect}, {":k", kind}})
            .toLongLong();
    }

    QVariant column(qint64 task, const char* name) const
    {
        return Sql::scalar(db(), QStringLiteral("SELECT %1 FROM tasks WHERE id = :id").arg(QLatin1String(name)),
                           {{":id", task}});
    }

    // How many timeline lines of this kind and audit rows of this action the task has.
    QPair<int, int> logged(qint64 task, const char* kind, const char* action) const
    {
        const int lines
            = Sql::scalar(db(),
                          QStringLiteral("SELECT COUNT(*) FROM activities WHERE ref_table = 'tasks' AND ref_id = :id "
                                         "AND kind = :k"),
                          {{":id", task}, {":k", QLatin1String(kind)}})
                  .toInt();
        const int rows = Sql::scalar(db(),
                                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target_table = 'tasks' AND "
                                                    "target_id = :id AND action = :a"),
                                     {{":id", task}, {":a", QLatin1String(action)}})
                             .toInt();
        return {lines, rows};
    }

    // With SC_WALKTHROUGH_DIR set, saves the widget as PNG there for a person to look at.
    static void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SC_WALKTHROUGH_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
        }
    }

    static QString sectionOf(QTreeWidgetItem* item)
    {
        return item && item->parent() ? item->parent()->text(0) : QString();
    }

    QToolButton* rowButton(qint64 task, const char* name) const
    {
        QTreeWidgetItem* item = today()->itemFor(task);
        QWidget* actions = item ? today()->tree()->itemWidget(item, TodayView::Actions) : nullptr;
        return actions ? actions->findChild<QToolButton*>(QLatin1String(name)) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        tests::GuiHarness::initProcess();
        TodayView::setUrlOpener([this](const QUrl& url) { m_opened.append(url); });
    }

    void init()
    {
        m_opened.clear();
        QVERIFY2(m_harness.openForCurrentTest(kFixtures), "every test has a row in kFixtures");
    }

    void cleanup() { m_harness.close(); }

    void emptyDayHasAnEmptyState()
    {
        window()->showView(MainWindow::View::Today);
        QCOMPARE(window()->currentView(), MainWindow::View::Today);
        QVERIFY(today()->isVisible());
        QVERIFY(today()->isShowingEmptyState());
        // The shortcuts the rep knows still go where they went: Ctrl+2 is Approvals.
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window()->currentView(), MainWindow::View::Approvals);
        QTest::keyClick(window(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(window()->currentView(), MainWindow::View::Today);
    }

    void sequenceTasksAreDoneSkippedAndSnoozed()
    {
        const qint64 sequence = createSequence();
        QVERIFY(sequence > 0);
        const QList<qint64> ids = prospectIds(4);
        QCOMPARE(ids.size(), 4);
        // One has a LinkedIn profile on file, the others get a people search for their name and company.
        Sql::run(db(), QStringLiteral("UPDATE prospects SET linkedin_url = 'linkedin.com/in/someone' WHERE id = :id"),
                 {{":id", ids.at(0)}});
        runSequence(sequence, ids.mid(0, 3));
        const qint64 visitWithProfile = taskOf(ids.at(0), QStringLiteral("linkedin"));
        const qint64 visitBySearch = taskOf(ids.at(1), QStringLiteral("linkedin"));
        const qint64 toSkip = taskOf(ids.at(2), QStringLiteral("linkedin"));
        QVERIFY(visitWithProfile > 0 && visitBySearch > 0 && toSkip > 0);
        QCOMPARE(column(visitWithProfile, "created_by").toString(), QStringLiteral("sequence"));
        // The rep's own task, due yesterday: overdue, first.
        const qint64 own = models::TaskRepository(db()).add(ids.at(3), QStringLiteral("Send the pricing deck"),
                                                            Clock::instance().nowMs() - 26 * 3600 * 1000,
                                                            QStringLiteral("rep"), Clock::instance().nowMs());

        window()->showView(MainWindow::View::Today);
        TodayView* view = today();
        QTRY_VERIFY(view->itemFor(own) != nullptr && view->itemFor(visitBySearch) != nullptr);
        QVERIFY(!view->isShowingEmptyState());
        QVERIFY(sectionOf(view->itemFor(own)).startsWith(QLatin1String("Overdue")));
        QCOMPARE(view->tree()->topLevelItem(0), view->itemFor(own)->parent());
        QCOMPARE(view->itemFor(own)->text(TodayView::Sequence), QStringLiteral("Your task"));
        QTreeWidgetItem* item = view->itemFor(visitBySearch);
        QVERIFY2(sectionOf(item).startsWith(QLatin1String("Today")), qPrintable(sectionOf(item)));
        QCOMPARE(item->text(TodayView::Sequence), QStringLiteral("Founders outreach with a rather long name"));
        QCOMPARE(item->text(TodayView::Kind), QStringLiteral("LinkedIn visit"));
        const auto prospect = models::ProspectRepository(db()).find(ids.at(1));
        QVERIFY(prospect.has_value());
        QCOMPARE(item->text(TodayView::Prospect), prospect->fullName() + QStringLiteral(" · ") + prospect->companyName);
        QCOMPARE(item->text(TodayView::Title), QStringLiteral("Visit %1 on LinkedIn").arg(prospect->firstName));

        // Do: done in the database, on the timeline and in the audit log, LinkedIn opened, the row under Done.
        QToolButton* doButton = rowButton(visitBySearch, "doTask");
        QVERIFY(doButton);
        doButton->click();
        QTRY_VERIFY(sectionOf(view->itemFor(visitBySearch)).startsWith(QLatin1String("Done today")));
        QVERIFY(!column(visitBySearch, "done_at").isNull());
        QCOMPARE(logged(visitBySearch, "task.done", "tasks.done"), qMakePair(1, 1));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.at(0).host(), QStringLiteral("www.linkedin.com"));
        QCOMPARE(QUrlQuery(m_opened.at(0)).queryItemValue(QStringLiteral("keywords"), QUrl::FullyDecoded),
                 (prospect->fullName() + QLatin1Char(' ') + prospect->companyName).simplified());
        QVERIFY(rowButton(visitBySearch, "undoTask") != nullptr);
        QVERIFY(rowButton(visitBySearch, "doTask") == nullptr);

        rowButton(visitWithProfile, "doTask")->click();
        QTRY_COMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened.at(1), QUrl(QStringLiteral("http://linkedin.com/in/someone")));
        // Doing the rep's own task opens nothing.
        rowButton(own, "doTask")->click();
        QTRY_VERIFY(!column(own, "done_at").isNull());
        QTest::qWait(50);
        QCOMPARE(m_opened.size(), 2);

        // Skip: closed without being done, shown as skipped.
        rowButton(toSkip, "skipTask")->click();
        QTRY_VERIFY(sectionOf(view->itemFor(toSkip)).startsWith(QLatin1String("Done today")));
        QVERIFY(!column(toSkip, "skipped_at").isNull());
        QVERIFY(column(toSkip, "done_at").isNull());
        QVERIFY(view->itemFor(toSkip)->text(TodayView::Due).startsWith(QLatin1String("Skipped")));
        QVERIFY(view->itemFor(toSkip)->font(TodayView::Title).strikeOut());
        QCOMPARE(logged(toSkip, "task.skipped", "tasks.skip"), qMakePair(1, 1));
        // Undo puts it back on today's list.
        rowButton(toSkip, "undoTask")->click();
        QTRY_VERIFY(sectionOf(view->itemFor(toSkip)).startsWith(QLatin1String("Today")));
        QVERIFY(column(toSkip, "skipped_at").isNull());

        // Snooze to tomorrow 09:00 (the rep's clock): a new due time, under the days ahead.
        QToolButton* snooze = rowButton(toSkip, "snoozeTask");
        QVERIFY(snooze && snooze->menu());
        snooze->menu()->findChild<QAction*>(QStringLiteral("snoozeTomorrow"))->trigger();
        const qint64 tomorrow = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toMSecsSinceEpoch();
        QTRY_COMPARE(column(toSkip, "due_at").toLongLong(), tomorrow);
        QCOMPARE(column(toSkip, "snoozed_until").toLongLong(), tomorrow);
        QCOMPARE(logged(toSkip, "task.snoozed", "tasks.snooze"), qMakePair(1, 1));
        QTRY_VERIFY(sectionOf(view->itemFor(toSkip)).startsWith(QLatin1String("Next 7 days")));

        // Snooze to a chosen day: past the window, the task leaves the list until then.
        view->chooseSnooze(toSkip);
        auto* dialog = window()->findChild<QDialog*>(QStringLiteral("snoozeDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QDateTime later(QDate::currentDate().addDays(10), QTime(14, 30));
        dialog->findChild<QDateTimeEdit*>(QStringLiteral("snoozeUntil"))->setDateTime(later);
        dialog->accept();
        QTRY_COMPARE(column(toSkip, "due_at").toLongLong(), later.toMSecsSinceEpoch());
        QTRY_VERIFY(view->itemFor(toSkip) == nullptr);

        // A sequence step that runs later (the call, after its wait) appears when it comes: a change notice.
        const qint64 extra = models::TaskRepository(db()).add(ids.at(3), QStringLiteral("Follow up on the deck"),
                                                              Clock::instance().nowMs() + 3600 * 1000,
                                                              QStringLiteral("rep"), Clock::instance().nowMs());
        QTRY_VERIFY(view->itemFor(extra) != nullptr);
        QVERIFY(view->tree()->header()->sectionSize(TodayView::Title) > 100);
    }

    void detailPanelShowsSequencesAndSavesTheTimeZone()
    {
        const qint64 sequence = createSequence();
        QVERIFY(sequence > 0);
        const QList<qint64> ids = prospectIds(3);
        runSequence(sequence, ids);
        const qint64 now = Clock::instance().nowMs();
        models::EnrollmentRepository(db()).onInbound(ids.at(1), QStringLiteral("interested"), {},
                                                     QStringLiteral("inbox"), now);
        models::EnrollmentRepository(db()).onInbound(ids.at(2), QStringLiteral("bounce"), {}, QStringLiteral("inbox"),
                                                     now);

        window()->showView(MainWindow::View::Prospects);
        ui::ProspectDetailPanel* panel = window()->prospectsView()->detailPanel();
        auto* list = panel->findChild<QListWidget*>(QStringLiteral("prospectSequences"));
        QVERIFY(list);
        panel->showProspect(ids.at(0));
        QCOMPARE(list->count(), 1);
        // Walking on: after the LinkedIn visit, the call (2 of 2) waits for its business days.
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Founders outreach with a rather long name\nActive")),
                 qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(0)->text().contains(QLatin1String("Step 2 of 2: call, due ")),
                 qPrintable(list->item(0)->text()));
        panel->showProspect(ids.at(1));
        QVERIFY2(list->item(0)->text().contains(QLatin1String("Stopped: they replied (interested)")),
                 qPrintable(list->item(0)->text()));
        panel->showProspect(ids.at(2));
        QVERIFY2(list->item(0)->text().contains(QLatin1String("Stopped: bounced")), qPrintable(list->item(0)->text()));
        panel->showProspect(ids.at(0));
        panel->findChild<QTabWidget*>()->setCurrentWidget(list->parentWidget());
        QTest::qWait(20);
        // The Prospects view may have shown its own selection meanwhile.
        panel->showProspect(ids.at(1));
        shoot(window(), QStringLiteral("today-detail-sequences"));
        panel->showProspect(ids.at(0));
        QCOMPARE(panel->prospectId(), ids.at(0));

        // The time zone: typed (completion over the IANA names), saved with an activity, cleared again.
        auto* zone = panel->findChild<QComboBox*>(QStringLiteral("field_timezone"));
        QVERIFY(zone && zone->isEditable() && zone->completer());
        QCOMPARE(zone->currentText(), QStringLiteral("From their country"));
        zone->setEditText(QStringLiteral("Asia/Tokyo"));
        Q_EMIT zone->lineEdit()->editingFinished();
        const auto stored = [this, &ids] {
            return Sql::scalar(db(), QStringLiteral("SELECT timezone FROM prospects WHERE id = :id"),
                               {{":id", ids.at(0)}});
        };
        QCOMPARE(stored().toString(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(Sql::scalar(db(),
                             QStringLiteral("SELECT COUNT(*) FROM activities WHERE prospect_id = :p AND kind = "
                                            "'timezone.changed'"),
                             {{":p", ids.at(0)}})
                     .toInt(),
                 1);
        panel->showProspect(ids.at(1));
        panel->showProspect(ids.at(0));
        QCOMPARE(zone->currentText(), QStringLiteral("Asia/Tokyo"));
        zone->setCurrentIndex(0);
        Q_EMIT zone->activated(0);
        QVERIFY(stored().isNull());
        QVERIFY_THROWS_EXCEPTION(models::ValidationError,
                                 models::ProspectRepository(db()).setTimezone(ids.at(0), QStringLiteral("Mars/Olympus"),
                                                                              QStringLiteral("rep"), now));
    }

    void detailPanelShowsThePredictiveScore()
    {
        const QList<qint64> ids = prospectIds(2);
        QCOMPARE(ids.size(), 2);
        window()->showView(MainWindow::View::Prospects);
        ui::ProspectDetailPanel* panel = window()->prospectsView()->detailPanel();
        // The line under the rule score ("<b>Score N</b> — …"), for a prospect shown now.
        const auto predictionLine = [panel](qint64 id) {
            panel->showProspect(id);
            const QStringList lines = panel->researchCard()->text().split(QStringLiteral("<br>"));
            return lines.size() > 1 && lines.first().startsWith(QLatin1String("<b>Score ")) ? lines.at(1) : QString();
        };
        models::PredictionRepository predictions(db());
        const qint64 now = Clock::instance().nowMs();

        // Never trained, then trained on too few outcomes: the rule score stands, in one line.
        QString line = predictionLine(ids.at(0));
        QVERIFY2(line.contains(QStringLiteral("Predictive score: learning — not trained yet (it needs 50 outcomes"))
                     && line.contains(QLatin1String("the rule score is used")),
                 qPrintable(line));
        models::PredictionRepository::Run learning;
        learning.trainedAt = now;
        learning.state = QStringLiteral("not_enough_outcomes");
        learning.outcomes = 12;
        learning.positives = 3;
        predictions.save(learning, {});
        line = predictionLine(ids.at(0));
        QVERIFY2(
            line.contains(QStringLiteral("Predictive score: learning — 12 of 50 outcomes so far; the rule score is "
                                         "used")),
            qPrintable(line));
        QVERIFY(!line.contains(QLatin1String("Predicted reply chance")));

        // Trained: the calibrated probability as a percentage, and the traits that moved it in words.
        models::PredictionRepository::Run trained;
        trained.trainedAt = now;
        trained.state = QStringLiteral("trained");
        trained.outcomes = 400;
        trained.positives = 90;
        trained.heldOut = 80;
        trained.aucRule = 0.44;
        trained.aucModel = 0.8;
        trained.model = QJsonObject {{QStringLiteral("intercept"), -1.2}};
        const QJsonArray traits {
            QJsonObject {{QStringLiteral("feature"), QStringLiteral("Title: VP")}, {QStringLiteral("weight"), 0.8}},
            QJsonObject {{QStringLiteral("feature"), QStringLiteral("Company size: 1-10")},
                         {QStringLiteral("weight"), -0.4}},
            QJsonObject {{QStringLiteral("feature"), QStringLiteral("Industry: Logistics & Freight")},
                         {QStringLiteral("weight"), 0.3}}};
        predictions.save(trained, {{ids.at(0), 0.234, traits}});
        line = predictionLine(ids.at(0));
        QVERIFY2(line.startsWith(QStringLiteral("<b>Predicted reply chance 23%</b> — raised by Title: VP, Industry: "
                                                "Logistics &amp; Freight; lowered by Company size: 1-10")),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("learned from 400 outcomes")), qPrintable(line));
        QVERIFY(!line.contains(QLatin1String("learning")));
        // One the last training did not score (added since): the rule score, said so.
        line = predictionLine(ids.at(1));
        QVERIFY2(line.contains(QLatin1String("Predictive score: not scored yet")), qPrintable(line));
        panel->showProspect(ids.at(0));
        shoot(window(), QStringLiteral("today-detail-predicted"));
    }

    void warmedMailboxIsSaved()
    {
        for (const bool warmed : {true, false}) {
            ui::MailAccountDialog dialog(window());
            auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("mailboxWarmed"));
            QVERIFY(box);
            QVERIFY(!box->isChecked()); // a new mailbox ramps up unless the rep says otherwise
            QVERIFY(box->toolTip().contains(QLatin1String("20 emails")));
            QVERIFY(box->toolTip().contains(QLatin1String("20%")));
            dialog.findChild<QLineEdit*>(QStringLiteral("mailboxEmail"))
                ->setText(warmed ? QStringLiteral("warm@example.com") : QStringLiteral("new@example.com"));
            dialog.findChild<QLineEdit*>(QStringLiteral("imapHost"))->setText(QStringLiteral("imap.example.com"));
            dialog.findChild<QLineEdit*>(QStringLiteral("smtpHost"))->setText(QStringLiteral("smtp.example.com"));
            dialog.findChild<QLineEdit*>(QStringLiteral("mailboxPassword"))->setText(QStringLiteral("secret"));
            box->setChecked(warmed);
            dialog.show();
            shoot(&dialog, QStringLiteral("today-mailbox-dialog"));
            QVERIFY(dialog.problem().isEmpty());
            models::MailAccountRepository(db()).add(dialog.account(), Clock::instance().nowMs());
        }
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT warmed FROM mail_accounts WHERE email = 'warm@example.com'"))
                     .toInt(),
                 1);
        QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT warmed FROM mail_accounts WHERE email = 'new@example.com'"))
                     .toInt(),
                 0);
    }
};

QTEST_MAIN(TestGuiToday)
#include "test_gui_today.moc"
