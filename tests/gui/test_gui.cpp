// GUI smoke and behaviour tests on the offscreen platform: every view opens on a demo workspace,
// approvals work from the keyboard, empty states show, the Agents view routes cancel/retry to the
// real AgentHost, the tray speaks up, and the French UI is complete.
#include "GuiHarness.h"
#include "agents/inbox/InboxAgent.h"
#include "app/Application.h"
#include "app/DesktopApp.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "models/entities/Draft.h"
#include "models/itemmodels/AgentStatusModel.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/itemmodels/JobListModel.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/store/Sql.h"
#include "ui/MainWindow.h"
#include "ui/TrayNotifier.h"
#include "ui/dialogs/ComposeDialog.h"
#include "ui/dialogs/EditDraftDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/MailAccountDialog.h"
#include "ui/views/agents/AgentsView.h"
#include "ui/views/approvals/ApprovalsView.h"
#include "ui/views/calendar/CalendarView.h"
#include "ui/views/conversations/ConversationsView.h"
#include "ui/views/conversations/OutboxPanel.h"
#include "ui/views/prospects/ProspectDetailPanel.h"
#include "ui/views/prospects/ProspectsView.h"
#include "ui/views/settings/SettingsView.h"
#include "ui/views/settings/pages/PipelineStagesEditor.h"
#include "ui/views/templates/TemplatesView.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QHostAddress>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
#include <QUrl>

using namespace sc;
using namespace sc::models;
using ui::MainWindow;

namespace {

// What each test starts from, made fresh by init(): its workspace folder, how many demo prospects
// (0: an empty workspace) and whether the French translation is installed before the window is built.
using Fixture = tests::GuiHarness::Fixture;
constexpr Fixture kFixtures[] = {
    {"everyViewOpens", "views", 300},
    {"prospectsSearchShowsAnEmptyState", "search", 120},
    {"prospectsFilterDeleteUndoAndEditInPlace", "filters", 200},
    {"approvalsFromTheKeyboard", "approvals", 60},
    {"trayNotifiesWhenADraftArrives", "tray", 60},
    {"agentsViewCancelsAndRetriesThroughTheHost", "agents", 10},
    {"settingsSayWhenThereIsNoKeychain", "settings", 0},
    {"importDialogMapsColumnsAndImports", "import", 0},
    {"settingsEditThePipelineStages", "stages", 60},
    {"mailboxDialogTestsTheConnection", "mailbox", 0},
    {"conversationsShowMailSafelyAndTakeCorrections", "conversations", 0},
    {"uncertainRepliesAreMarkedUntilConfirmed", "check-me", 0},
    {"inboxAgentWakesAndAsksTheKeychainFromItsThread", "inbox-wake", 0},
    {"contactFormsFromProspectsAndApprovals", "forms", 10},
    {"localApiFromSettings", "api", 5},
    {"researchFromTheProspectsViewAndTheIdealCustomer", "research", 30},
    {"composerLooksProspectsUpAsYouType", "compose-to", 60},
    {"approvalsShowTheMailboxAndTheSequenceStep", "approvals-from", 30},
    {"draftsEndWithTheSignatureFromSettings", "signature", 10},
    {"frenchInterfaceIsComplete", "french", 60, true},
};

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private:
    tests::GuiHarness m_harness;

    MainWindow* window() const { return m_harness.window(); }
    app::DesktopApp* appUnderTest() const { return &m_harness.app(); }
    Workspace* workspace() const { return &m_harness.workspace(); }

private Q_SLOTS:
    // Process-wide only: test paths, identity, the English plural forms (as the app installs them).
    void initTestCase() { tests::GuiHarness::initProcess(); }

    // Each test gets its own workspace and its own DesktopApp (window, tray, agents), so no test sees
    // what another left behind.
    void init() { QVERIFY2(m_harness.openForCurrentTest(kFixtures), "every test has a row in kFixtures"); }

    void cleanup() { m_harness.close(); }

    void everyViewOpens()
    {
        QCOMPARE(window()->windowTitle(), QStringLiteral("Sales Copilot — Demo"));
        const auto* sidebar = window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(),
                 9); // Prospects, Today, Approvals, Agents, Conversations, Sequences, Calendar, Templates, Settings
        QCOMPARE(sidebar->item(2)->text(), QStringLiteral("Approvals  (5)"));
        const QList<QPair<MainWindow::View, QWidget*>> views {
            {MainWindow::View::Prospects, window()->prospectsView()},
            {MainWindow::View::Approvals, window()->approvalsView()},
            {MainWindow::View::Agents, window()->agentsView()},
            {MainWindow::View::Conversations, window()->conversationsView()},
            {MainWindow::View::Calendar, window()->calendarView()},
            {MainWindow::View::Templates, window()->templatesView()},
            {MainWindow::View::Settings, window()->settingsView()},
        };
        for (const auto& [view, widget] : views) {
            window()->showView(view);
            QCOMPARE(window()->currentView(), view);
            QTRY_VERIFY(widget->isVisible());
        }
        QCOMPARE(window()->prospectsView()->model()->totalCount(), 300);
        QVERIFY(!window()->prospectsView()->isShowingEmptyState());
        // Ctrl+3 switches to Agents.
        QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window()->currentView(), MainWindow::View::Agents);
    }

    void prospectsSearchShowsAnEmptyState()
    {
        QLineEdit* search = window()->prospectsView()->searchField();
        QTest::keyClicks(search, QStringLiteral("zzz-nobody"));
        QTRY_VERIFY(window()->prospectsView()->isShowingEmptyState());
        QCOMPARE(window()->prospectsView()->model()->totalCount(), 0);
        search->clear();
        QTRY_VERIFY(!window()->prospectsView()->isShowingEmptyState());
        // Sorting by clicking a column header (twice: descending).
        auto* table = window()->prospectsView()->findChild<QTableView*>();
        const int scoreX = table->horizontalHeader()->sectionViewportPosition(ProspectTableModel::Score) + 5;
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(scoreX, 5));
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(scoreX, 5));
        QCOMPARE(window()->prospectsView()->model()->query().sort, ProspectQuery::SortKey::Score);
        const auto* model = window()->prospectsView()->model();
        const int top = model->index(0, ProspectTableModel::Score).data().toInt();
        const int next = model->index(1, ProspectTableModel::Score).data().toInt();
        const int last = model->index(model->rowCount() - 1, ProspectTableModel::Score).data().toInt();
        QVERIFY(top >= next && next >= last);
        QVERIFY(top != last);

        // Bulk actions on a multi-selection: change the stage, add a tag.
        table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<qint64> ids = window()->prospectsView()->selectedProspectIds();
        QCOMPARE(ids.size(), 3);
        window()->prospectsView()->tagSelection(QStringLiteral("Trade show 2026"));
        window()->prospectsView()->moveSelectionToStage(QStringLiteral("won"));
        const QSqlDatabase db = workspace()->connection();
        for (qint64 id : ids) {
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT status FROM prospects WHERE id = :id"), {{":id", id}})
                         .toString(),
                     QStringLiteral("won"));
            QCOMPARE(Sql::scalar(db,
                                 QStringLiteral("SELECT COUNT(*) FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id "
                                                "WHERE pt.prospect_id = :id AND t.name = 'Trade show 2026'"),
                                 {{":id", id}})
                         .toInt(),
                     1);
        }
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM activities WHERE kind = 'stage.changed'")).toInt()
                >= 1);

        // The detail panel follows the current row; notes are edited in place and searchable.
        table->setCurrentIndex(model->index(4, 0));
        ui::ProspectDetailPanel* detail = window()->prospectsView()->detailPanel();
        const qint64 fifth = model->index(4, 0).data(ProspectTableModel::ProspectIdRole).toLongLong();
        QCOMPARE(detail->prospectId(), fifth);
        auto* name = detail->findChildren<QLabel*>().first();
        QCOMPARE(name->text(), model->index(4, ProspectTableModel::Name).data().toString());
        auto* notes = detail->findChild<QPlainTextEdit*>();
        notes->setPlainText(QStringLiteral("Met at Quokkafest in Lyon; call back in March."));
        detail->saveNotes();
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT notes FROM prospects WHERE id = :id"), {{":id", fifth}}).toString(),
            QStringLiteral("Met at Quokkafest in Lyon; call back in March."));
        ProspectQuery byNotes;
        byNotes.search = QStringLiteral("quokkafest");
        QCOMPARE(ProspectRepository(db).count(byNotes), 1);
        QTRY_VERIFY(detail->findChild<QListWidget*>(QStringLiteral("timeline"))->count() >= 1);
    }

    void prospectsFilterDeleteUndoAndEditInPlace()
    {
        ui::ProspectsView* view = window()->prospectsView();
        auto* model = view->model();
        const QSqlDatabase db = workspace()->connection();
        // Filter by stage through the filter bar's combo.
        auto* stage = view->findChild<QComboBox*>(QStringLiteral("stageFilter"));
        QVERIFY(stage);
        const int wonIndex = stage->findData(QStringLiteral("won"));
        QVERIFY(wonIndex > 0);
        stage->setCurrentIndex(wonIndex);
        Q_EMIT stage->activated(wonIndex);
        const int won = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects WHERE status = 'won'")).toInt();
        QVERIFY(won > 0 && won < 200);
        QCOMPARE(model->totalCount(), won);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, ProspectTableModel::Status).data().toString(), QStringLiteral("Won"));
        }
        // Score filter on top, then clear everything.
        auto* score = view->findChild<QSpinBox*>(QStringLiteral("minScoreFilter"));
        score->setValue(90);
        QTRY_COMPARE(model->totalCount(),
                     Sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM prospects p JOIN prospect_scores s ON "
                                                "s.prospect_id = p.id WHERE p.status = 'won' AND s.score >= 90"))
                         .toInt());
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
        QCOMPARE(model->totalCount(), 200);

        // Delete two with the Delete key, undo with the bar's button.
        auto* table = view->findChild<QTableView*>();
        table->setFocus();
        table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<qint64> ids = view->selectedProspectIds();
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE(model->totalCount(), 198);
        auto* undoBar = view->findChild<QWidget*>(QStringLiteral("undoBar"));
        QVERIFY(undoBar->isVisible());
        QVERIFY(undoBar->findChild<QLabel*>()->text().contains(QLatin1String("2 prospects deleted")));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects WHERE deleted_at IS NOT NULL")).toInt(),
                 2);
        QTest::mouseClick(undoBar->findChild<QPushButton*>(QStringLiteral("undoButton")), Qt::LeftButton);
        QTRY_COMPARE(model->totalCount(), 200);
        QVERIFY(!undoBar->isVisible());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects WHERE deleted_at IS NOT NULL")).toInt(),
                 0);
        // Ctrl+Z works too.
        table->selectionModel()->select(model->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->deleteSelection();
        QTRY_COMPARE(model->totalCount(), 199);
        table->setFocus(); // the Undo button that had it is gone
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(model->totalCount(), 200);
        Q_UNUSED(ids);

        // Fields are edited in place: type, press Enter; the table, activity and audit follow.
        table->setCurrentIndex(model->index(3, 0));
        ui::ProspectDetailPanel* detail = view->detailPanel();
        const qint64 id = detail->prospectId();
        auto* title = detail->findChild<QLineEdit*>(QStringLiteral("field_title"));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Directrice des achats"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT title FROM prospects WHERE id = :id"), {{":id", id}}).toString(),
            QStringLiteral("Directrice des achats"));
        auto* deal = detail->findChild<QLineEdit*>(QStringLiteral("field_deal_value"));
        deal->setText(QStringLiteral("12 500,50"));
        detail->saveField(QStringLiteral("deal_value"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT deal_value_cents FROM prospects WHERE id = :id"), {{":id", id}})
                     .toLongLong(),
                 1'250'050);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM activities WHERE prospect_id = :id AND kind = "
                                            "'fields.edited'"),
                             {{":id", id}})
                     .toInt(),
                 2);
        QVERIFY(
            Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'prospects.edit'")).toInt()
            >= 2);
        // A bad email is refused with an error and the stored one stays.
        auto* email = detail->findChild<QLineEdit*>(QStringLiteral("field_email"));
        const QString before = email->text();
        email->setText(QStringLiteral("not-an-email"));
        detail->saveField(QStringLiteral("email"));
        QTRY_VERIFY(window()->findChild<QMessageBox*>() != nullptr);
        window()->findChild<QMessageBox*>()->close();
        QCOMPARE(email->text(), before);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT email FROM prospects WHERE id = :id"), {{":id", id}}).toString(),
            before);

        // A task with a due date; ticking it marks it done.
        detail->findChild<QTabWidget*>()->setCurrentIndex(1);
        auto* newTask = detail->findChild<QLineEdit*>(QStringLiteral("newTask"));
        newTask->setText(QStringLiteral("Send the pricing sheet"));
        QTest::mouseClick(detail->findChild<QPushButton*>(QStringLiteral("addTaskButton")), Qt::LeftButton);
        auto* tasks = detail->findChild<QListWidget*>(QStringLiteral("tasks"));
        QListWidgetItem* added = nullptr;
        for (int i = 0; i < tasks->count(); ++i) {
            if (tasks->item(i)->text().startsWith(QStringLiteral("Send the pricing sheet — due"))) {
                added = tasks->item(i);
            }
        }
        QVERIFY(added);
        added->setCheckState(Qt::Checked);
        QTRY_COMPARE(Sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM tasks WHERE title = 'Send the pricing sheet' "
                                                "AND done_at IS NOT NULL"))
                         .toInt(),
                     1);

        // Tags are edited as a comma-separated field; a call is logged on the timeline.
        detail->findChild<QTabWidget*>()->setCurrentIndex(0);
        auto* tagsField = detail->findChild<QLineEdit*>(QStringLiteral("field_tags"));
        tagsField->setText(QStringLiteral("Priority, Trade show 2026 ,priority"));
        detail->saveTags();
        QCOMPARE(
            Sql::scalar(db,
                        QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT t.name FROM prospect_tags pt "
                                       "JOIN tags t ON t.id = pt.tag_id WHERE pt.prospect_id = :id ORDER BY t.name)"),
                        {{":id", id}})
                .toString(),
            QStringLiteral("Priority|Trade show 2026"));
        tagsField->setText(QStringLiteral("Trade show 2026"));
        detail->saveTags();
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospect_tags WHERE prospect_id = :id"), {{":id", id}})
                .toInt(),
            1);
        detail->findChild<QTabWidget*>()->setCurrentIndex(2);
        QTest::mouseClick(detail->findChild<QPushButton*>(QStringLiteral("logCallButton")), Qt::LeftButton);
        QInputDialog* logCall = nullptr;
        QTRY_VERIFY((logCall = detail->findChild<QInputDialog*>(QStringLiteral("logCallDialog"))) != nullptr);
        logCall->setTextValue(QStringLiteral("Wants a demo for the Lyon team.\nCall back Monday."));
        logCall->accept();
        QTRY_VERIFY(detail->findChild<QListWidget*>(QStringLiteral("timeline"))
                        ->item(0)
                        ->text()
                        .contains(QStringLiteral("Call: Wants a demo for the Lyon team. Call back Monday.")));
    }

    void approvalsFromTheKeyboard()
    {
        window()->showView(MainWindow::View::Approvals);
        ui::ApprovalsView* view = window()->approvalsView();
        QCOMPARE(view->model()->rowCount(), 5);
        const qint64 first = view->currentDraftId();
        QVERIFY(first > 0);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QVERIFY(view->currentDraftId() != first); // the next draft is selected
        // No mailbox in this workspace: said inline, not in a pop-up that would break the keyboard flow.
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("approvalNotice"))->isVisibleTo(view));
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        const QSqlDatabase db = workspace()->connection();
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT status FROM drafts WHERE id = :id"), {{":id", first}}).toString(),
            QStringLiteral("approved"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM drafts WHERE status = 'rejected'")).toInt(), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'draft.%'")).toInt(),
                 2);

        // Edit, then "Save and approve".
        const qint64 edited = view->currentDraftId();
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
        ui::EditDraftDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<ui::EditDraftDialog*>()) != nullptr);
        QPlainTextEdit* body = dialog->findChild<QPlainTextEdit*>();
        body->setPlainText(QStringLiteral("Rewritten by the rep."));
        dialog->findChild<QPushButton*>(QStringLiteral("saveAndApprove"))->click();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT body || '|' || status FROM drafts WHERE id = :id"),
                             {{":id", edited}})
                     .toString(),
                 QStringLiteral("Rewritten by the rep.|approved"));

        // Clear the queue: the empty state replaces the list.
        view->approveCurrent();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->approveCurrent();
        QTRY_VERIFY(view->isShowingEmptyState());
        QCOMPARE(window()->findChild<QListWidget*>(QStringLiteral("sidebar"))->item(2)->text(),
                 QStringLiteral("Approvals"));
        // The mailbox comes later: what was approved meanwhile goes to its outbox then, once.
        Sql::run(db,
                 QStringLiteral("INSERT INTO mail_accounts (display_name, email, imap_host, smtp_host, username, "
                                "secret_key, created_at) VALUES ('Work', 'dana@kestrel-labs.example', '127.0.0.1', "
                                "'127.0.0.1', 'dana', 'k', 0)"));
        QList<qint64> accounts;
        const int queued = models::OutboxRepository(db).enqueueWaitingDrafts(Clock::instance().nowMs(), &accounts);
        QVERIFY(queued >= 3);
        QCOMPARE(queued, Sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt());
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(models::OutboxRepository(db).enqueueWaitingDrafts(Clock::instance().nowMs(), &accounts), 0);
    }

    void trayNotifiesWhenADraftArrives()
    {
        Draft draft;
        draft.toAddress = QStringLiteral("casey.quimby@harbor-foods-1.example");
        draft.subject = QStringLiteral("Hello");
        draft.body = QStringLiteral("Body");
        draft.createdBy = QStringLiteral("conversation");
        DraftRepository(workspace()->connection()).create(draft, Clock::instance().nowMs());
        QTRY_COMPARE(appUnderTest()->tray()->lastMessage(), QStringLiteral("6 drafts waiting for your approval."));
        appUnderTest()->tray()->jobFailed(7, QStringLiteral("Tidy up the workspace"), QStringLiteral("disk full"));
        QCOMPARE(appUnderTest()->tray()->lastTitle(), QStringLiteral("A job failed"));
        QCOMPARE(appUnderTest()->tray()->lastMessage(), QStringLiteral("Tidy up the workspace: disk full"));
    }

    void agentsViewCancelsAndRetriesThroughTheHost()
    {
        window()->showView(MainWindow::View::Agents);
        ui::AgentsView* view = window()->agentsView();
        QCOMPARE(view->agentModel()->rowCount(),
                 7); // housekeeping, import, research, inbox, conversation, form filler, decision
        QCOMPARE(view->agentModel()->index(0, AgentStatusModel::Name).data().toString(),
                 QStringLiteral("Housekeeping"));
        QCOMPARE(view->agentModel()->index(1, AgentStatusModel::Name).data().toString(), QStringLiteral("Import"));
        QTRY_COMPARE(view->agentModel()->index(0, AgentStatusModel::State).data().toString(),
                     QStringLiteral("Waiting for work"));
        // The app scheduled a tidy-up a few minutes ahead: it is queued.
        QTRY_COMPARE(view->jobModel()->rowCount(), 1);
        QCOMPARE(view->jobModel()->index(0, JobListModel::Kind).data().toString(),
                 QStringLiteral("Tidy up the workspace"));
        view->jobTable()->selectRow(0);
        auto* cancel = view->findChild<QPushButton*>(QStringLiteral("cancelButton"));
        auto* retry = view->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(cancel->isEnabled());
        QVERIFY(!retry->isEnabled());
        cancel->click();
        QTRY_COMPARE(view->jobModel()->index(0, JobListModel::State).data().toString(), QStringLiteral("Canceled"));
        QTRY_VERIFY(retry->isEnabled());
        retry->click();
        // Retried now: the housekeeping agent runs it to the end.
        QTRY_COMPARE_WITH_TIMEOUT(view->jobModel()->index(0, JobListModel::State).data().toString(),
                                  QStringLiteral("Done"), 15000);
        QTRY_COMPARE(view->agentModel()->index(0, AgentStatusModel::Failed).data().toInt(), 0);
    }

    void settingsSayWhenThereIsNoKeychain()
    {
        window()->showView(MainWindow::View::Settings);
        auto* status = window()->settingsView()->findChild<QLabel*>(QStringLiteral("keychainStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("No keychain is available")), 15000);
        QVERIFY(window()->prospectsView()->isShowingEmptyState());
        QVERIFY(window()->approvalsView()->isShowingEmptyState());
        // The do-not-contact list is editable here.
        auto* entry = window()->settingsView()->findChild<QLineEdit*>(QStringLiteral("doNotContactEntry"));
        auto* list = window()->settingsView()->findChild<QListWidget*>(QStringLiteral("doNotContactList"));
        QTest::keyClicks(entry, QStringLiteral("WWW.Competitor.example"));
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QLatin1String("competitor.example (whole domain)")));
        QTest::keyClicks(entry, QStringLiteral("not valid"));
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        // The mail rules: poll interval, spacing between emails, the one-click unsubscribe page (https only).
        const QSqlDatabase db = workspace()->connection();
        auto setting = [&](const char* key) {
            return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = :k"),
                               {{":k", QString::fromLatin1(key)}})
                .toString();
        };
        window()->settingsView()->findChild<QSpinBox*>(QStringLiteral("pollMinutes"))->setValue(15);
        window()->settingsView()->findChild<QSpinBox*>(QStringLiteral("sendSpacing"))->setValue(45);
        QCOMPARE(setting("inbox.poll_minutes"), QStringLiteral("15"));
        QCOMPARE(setting("outbox.min_interval_seconds"), QStringLiteral("45"));
        auto* unsubscribe = window()->settingsView()->findChild<QLineEdit*>(QStringLiteral("unsubscribeUrl"));
        unsubscribe->setText(QStringLiteral("http://kestrel-labs.example/u"));
        Q_EMIT unsubscribe->editingFinished();
        QCOMPARE(setting("mail.unsubscribe_url"), QString());
        unsubscribe->setText(QStringLiteral("https://kestrel-labs.example/u?t={token}"));
        Q_EMIT unsubscribe->editingFinished();
        QCOMPARE(setting("mail.unsubscribe_url"), QStringLiteral("https://kestrel-labs.example/u?t={token}"));
    }

    void importDialogMapsColumnsAndImports()
    {
        // A French Excel sheet saved as Windows-1252 with ';': "E-mail" holds the addresses, and one row
        // has none that is valid.
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("salon.csv"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QStringLiteral("Prénom;Nom;E-mail;Société;Poste;Ville\r\n"
                                     "Camille;Dufresne;camille.dufresne@harbor-foods.example;Harbor Foods;"
                                     "Directrice générale;Lyon\r\n"
                                     "François;Lefèvre;francois.lefevre@brasserie-lefevre.example;Brasserie Lefèvre;"
                                     "Responsable achats;Besançon\r\n"
                                     "Hélène;Mercier;pas-une-adresse;Maître Artisan SARL;Gérante;Orléans\r\n"
                                     "Théo;Garnier;theo.garnier@harbor-foods.example;Harbor Foods;"
                                     "Directeur commercial;Saint-Étienne\r\n")
                          .toLatin1());
        }
        auto* importButton = window()->prospectsView()->findChild<QPushButton*>(QStringLiteral("importButton"));
        QVERIFY(importButton);
        importButton->click();
        auto* dialog = window()->findChild<ui::ImportDialog*>(QStringLiteral("importDialog"));
        QVERIFY(dialog);
        QCOMPARE(appUnderTest()->importDialog(), dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startImportButton"));
        QVERIFY(start);
        QVERIFY(!start->isEnabled()); // no file yet

        dialog->setFile(path);
        const QString format = dialog->findChild<QLabel*>(QStringLiteral("importFormat"))->text();
        QVERIFY2(format.contains(QLatin1String("Windows-1252")) && format.contains(QLatin1String("semicolons")),
                 qPrintable(format));
        const QStringList guessed {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                   QStringLiteral("company"),    QStringLiteral("title"),     QStringLiteral("city")};
        QCOMPARE(dialog->columns(), guessed);
        for (int column = 0; column < guessed.size(); ++column) {
            auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("mapping_%1").arg(column));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toString(), guessed.at(column));
        }
        auto* titleMapping = dialog->findChild<QComboBox*>(QStringLiteral("mapping_4"));
        QCOMPARE(titleMapping->currentText(), QStringLiteral("Job title"));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("mappingSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Email found in column “E-mail”.")),
                 qPrintable(summary->text()));
        QVERIFY(start->isEnabled());

        // The rep leaves the job titles out.
        titleMapping->setCurrentIndex(titleMapping->findText(QStringLiteral("Don't import")));
        QCOMPARE(dialog->columns().at(4), QStringLiteral("ignore"));
        QVERIFY2(summary->text().contains(QLatin1String("1 column")), qPrintable(summary->text()));
        // Two columns for one field block the import until one is changed back.
        auto* cityMapping = dialog->findChild<QComboBox*>(QStringLiteral("mapping_5"));
        cityMapping->setCurrentIndex(cityMapping->findData(QStringLiteral("company")));
        QVERIFY(!start->isEnabled());
        QVERIFY2(dialog->blocker().contains(QLatin1String("Two columns")), qPrintable(dialog->blocker()));
        cityMapping->setCurrentIndex(cityMapping->findData(QStringLiteral("city")));
        QVERIFY(start->isEnabled());

        start->click();
        QVERIFY(dialog->jobId() > 0);
        auto* counts = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
        QTRY_COMPARE_WITH_TIMEOUT(counts->text(), QStringLiteral("3 imported, 1 skipped"), 15000);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("importSummaryTitle"))->text(),
                 QStringLiteral("Import finished"));
        auto* errors = dialog->findChild<QListWidget*>(QStringLiteral("importErrors"));
        QCOMPARE(errors->count(), 1);
        QVERIFY2(errors->item(0)->text().startsWith(QLatin1String("Line 4: ")), qPrintable(errors->item(0)->text()));
        QTRY_COMPARE(window()->prospectsView()->model()->totalCount(), 3);
        const QSqlDatabase db = workspace()->connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM prospects")).toInt(), 3);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM prospects WHERE title IS NOT NULL AND title <> ''"))
                .toInt(),
            0);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT first_name FROM prospects WHERE email = "
                                            "'francois.lefevre@brasserie-lefevre.example'"))
                     .toString(),
                 QStringLiteral("François"));
        dialog->findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
        QTRY_VERIFY(!appUnderTest()->importDialog());

        // A file without an email column cannot be imported, and the dialog says why.
        importButton->click();
        dialog = appUnderTest()->importDialog();
        QVERIFY(dialog);
        start = dialog->findChild<QPushButton*>(QStringLiteral("startImportButton"));
        dialog->setFile(QStringLiteral(SC_SOURCE_DIR "/tests/data/csv/windows1252_semicolon.csv"));
        QVERIFY(!dialog->columns().contains(QStringLiteral("email")));
        QVERIFY(!start->isEnabled());
        QVERIFY2(dialog->blocker().contains(QLatin1String("email addresses")), qPrintable(dialog->blocker()));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("importBlocker"))->isHidden());
        QCOMPARE(start->toolTip(), dialog->blocker());
        // A file that cannot be parsed names the line, and cannot be imported either.
        dialog->setFile(QStringLiteral(SC_SOURCE_DIR "/tests/data/csv/unterminated.csv"));
        const QString problem = dialog->findChild<QLabel*>(QStringLiteral("importReadProblem"))->text();
        QVERIFY2(problem.contains(QLatin1String("Line 4")), qPrintable(problem));
        QVERIFY(!start->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!appUnderTest()->importDialog());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM prospects")).toInt(), 3);
    }

    void settingsEditThePipelineStages()
    {
        window()->showView(MainWindow::View::Settings);
        QWidget* settings = window()->settingsView();
        auto* list = settings->findChild<QListWidget*>(QStringLiteral("stageList"));
        QVERIFY(list);
        const QSqlDatabase db = workspace()->connection();
        const int stages = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM stages")).toInt();
        QCOMPARE(list->count(), stages);
        const auto rowOf = [list](const QString& key) {
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->data(ui::PipelineStagesEditor::StageKeyRole).toString() == key) {
                    return row;
                }
            }
            return -1;
        };
        const auto currentKey = [list] {
            return list->currentItem() ? list->currentItem()->data(ui::PipelineStagesEditor::StageKeyRole).toString()
                                       : QString();
        };
        const QListWidgetItem* meeting = list->item(rowOf(QStringLiteral("meeting")));
        QVERIFY2(meeting->text().startsWith(QStringLiteral("Meeting booked — ")), qPrintable(meeting->text()));
        QCOMPARE(meeting->data(ui::PipelineStagesEditor::ProspectCountRole).toInt(),
                 Sql::scalar(db,
                             QStringLiteral("SELECT COUNT(*) FROM prospects WHERE status = 'meeting' AND "
                                            "deleted_at IS NULL"))
                     .toInt());

        // Add: the new stage goes at the end of the open pipeline, before Won, and is selected.
        auto* add = settings->findChild<QPushButton*>(QStringLiteral("addStageButton"));
        QVERIFY(add);
        add->click();
        QInputDialog* input = nullptr;
        QTRY_VERIFY((input = settings->findChild<QInputDialog*>(QStringLiteral("addStageDialog"))) != nullptr);
        input->setTextValue(QStringLiteral("Negotiation"));
        input->accept();
        const QString key
            = Sql::scalar(db, QStringLiteral("SELECT key FROM stages WHERE name = 'Negotiation'")).toString();
        QVERIFY(!key.isEmpty());
        QCOMPARE(list->count(), stages + 1);
        QCOMPARE(rowOf(key) + 1, rowOf(QStringLiteral("won")));
        QCOMPARE(rowOf(QStringLiteral("meeting")) + 1, rowOf(key));
        QVERIFY2(list->item(rowOf(key))->text().startsWith(QStringLiteral("Negotiation — ")),
                 qPrintable(list->item(rowOf(key))->text()));
        QCOMPARE(currentKey(), key);
        QTRY_VERIFY(!settings->findChild<QInputDialog*>(QStringLiteral("addStageDialog")));

        // A duplicate name (in any case) is refused with an error, and nothing changes.
        add->click();
        QTRY_VERIFY((input = settings->findChild<QInputDialog*>(QStringLiteral("addStageDialog"))) != nullptr);
        input->setTextValue(QStringLiteral("negotiation"));
        input->accept();
        QMessageBox* error = nullptr;
        QTRY_VERIFY((error = settings->findChild<QMessageBox*>(QStringLiteral("errorBox"))) != nullptr);
        QVERIFY2(error->text().contains(QLatin1String("already")), qPrintable(error->text()));
        error->accept();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM stages")).toInt(), stages + 1);
        QCOMPARE(list->count(), stages + 1);
        QCOMPARE(currentKey(), key);
        QTRY_VERIFY(!settings->findChild<QMessageBox*>(QStringLiteral("errorBox")));

        // Rename: the dialog starts from the current name.
        settings->findChild<QPushButton*>(QStringLiteral("renameStageButton"))->click();
        QTRY_VERIFY((input = settings->findChild<QInputDialog*>(QStringLiteral("renameStageDialog"))) != nullptr);
        QCOMPARE(input->textValue(), QStringLiteral("Negotiation"));
        input->setTextValue(QStringLiteral("Negotiating"));
        input->accept();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT name FROM stages WHERE key = :k"), {{":k", key}}).toString(),
                 QStringLiteral("Negotiating"));
        QVERIFY2(list->item(rowOf(key))->text().startsWith(QStringLiteral("Negotiating — ")),
                 qPrintable(list->item(rowOf(key))->text()));
        QCOMPARE(currentKey(), key);

        // Move up: before Meeting booked, still selected.
        auto* up = settings->findChild<QPushButton*>(QStringLiteral("stageUpButton"));
        QVERIFY(up->isEnabled());
        QVERIFY(settings->findChild<QPushButton*>(QStringLiteral("stageDownButton"))->isEnabled());
        up->click();
        QCOMPARE(rowOf(key) + 1, rowOf(QStringLiteral("meeting")));
        QCOMPARE(currentKey(), key);
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT position FROM stages WHERE key = :k"), {{":k", key}}).toInt()
                < Sql::scalar(db, QStringLiteral("SELECT position FROM stages WHERE key = 'meeting'")).toInt());

        // A prospect moved in elsewhere shows in the count (through the change notice).
        const qint64 moved = Sql::scalar(db,
                                         QStringLiteral("SELECT id FROM prospects WHERE deleted_at IS NULL AND "
                                                        "status <> 'contacted' ORDER BY id LIMIT 1"))
                                 .toLongLong();
        QVERIFY(moved > 0);
        QCOMPARE(ProspectRepository(db).setStage({moved}, key, QStringLiteral("rep"), Clock::instance().nowMs()), 1);
        QTRY_COMPARE(list->item(rowOf(key))->data(ui::PipelineStagesEditor::ProspectCountRole).toInt(), 1);
        QCOMPARE(currentKey(), key);

        // Remove: its prospects go to the stage the rep picks.
        auto* remove = settings->findChild<QPushButton*>(QStringLiteral("removeStageButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = settings->findChild<QDialog*>(QStringLiteral("removeStageDialog"))) != nullptr);
        auto* target = dialog->findChild<QComboBox*>(QStringLiteral("moveProspectsToCombo"));
        QVERIFY(target);
        QCOMPARE(target->count(), stages);
        QCOMPARE(target->findData(key), -1);
        const int contacted = target->findData(QStringLiteral("contacted"));
        QVERIFY(contacted >= 0);
        QCOMPARE(target->itemText(contacted), QStringLiteral("Contacted"));
        target->setCurrentIndex(contacted);
        dialog->findChild<QPushButton*>(QStringLiteral("confirmRemoveStageButton"))->click();
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM prospects WHERE status = :k"), {{":k", key}}).toInt(),
            0);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM stages WHERE key = :k"), {{":k", key}}).toInt(),
                 0);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT status FROM prospects WHERE id = :id"), {{":id", moved}}).toString(),
            QStringLiteral("contacted"));
        QCOMPARE(list->count(), stages);
        QCOMPARE(rowOf(key), -1);
        QCOMPARE(currentKey(), QStringLiteral("contacted"));
    }

    void mailboxDialogTestsTheConnection()
    {
        window()->showView(MainWindow::View::Settings);
        window()->settingsView()->addMailbox();
        ui::MailAccountDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<ui::MailAccountDialog*>()) != nullptr);
        // A port nothing listens on, on this computer: both servers refuse, and the dialog says so.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(closed.serverPort());
        closed.close();
        auto field = [dialog](const char* name) {
            return dialog->findChild<QLineEdit*>(QLatin1String(name));
        };
        field("mailboxEmail")->setText(QStringLiteral("dana@kestrel-labs.example"));
        field("imapHost")->setText(QStringLiteral("127.0.0.1"));
        field("smtpHost")->setText(QStringLiteral("127.0.0.1"));
        field("mailboxPassword")->setText(QStringLiteral("secret"));
        for (const char* name : {"imapPort", "smtpPort"}) {
            dialog->findChild<QSpinBox*>(QLatin1String(name))->setValue(port.toInt());
        }
        for (const char* name : {"imapSecurity", "smtpSecurity"}) {
            auto* combo = dialog->findChild<QComboBox*>(QLatin1String(name));
            combo->setCurrentIndex(combo->findData(QStringLiteral("none")));
        }
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().count(QStringLiteral("refused the connection")) == 2, 20000);
        // No encryption towards another computer is refused before anything is tried.
        field("imapHost")->setText(QStringLiteral("imap.kestrel-labs.example"));
        QVERIFY(dialog->problem().contains(QLatin1String("SSL/TLS")));
        dialog->reject();
    }

    void conversationsShowMailSafelyAndTakeCorrections()
    {
        const QSqlDatabase db = workspace()->connection();
        ui::ConversationsView* view = window()->conversationsView();
        QVERIFY(view->isShowingEmptyState());
        Sql::run(db,
                 QStringLiteral("INSERT INTO mail_accounts (display_name, email, imap_host, smtp_host, username, "
                                "secret_key, created_at) VALUES ('Work', 'dana@kestrel-labs.example', '127.0.0.1', "
                                "'127.0.0.1', 'dana', 'k', 0)"));
        Sql::run(
            db,
            QStringLiteral("INSERT INTO threads (account_id, subject, last_message_at, classification, created_at) "
                           "VALUES (1, 'Re: Order picking', 1790000000000, 'other', 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, from_address, to_addresses, "
                                "subject, body_html, sent_at, classification, created_at) VALUES (1, 1, 'inbound', "
                                "'owen.marsh@plover-tools.example', 'dana@kestrel-labs.example', 'Re: Order picking', "
                                "'<p>Sounds good, send the deck.</p><img src=\"https://tracker.example/pixel.gif\">"
                                "<script>alert(1)</script>', 1790000000000, 'other', 0)"));
        ChangeHub::notify(ChangeHub::Prospects);
        window()->showView(MainWindow::View::Conversations);
        QTRY_COMPARE(view->threadList()->count(), 1);
        QVERIFY(!view->isShowingEmptyState());
        QVERIFY(view->reader()->toPlainText().contains(QLatin1String("Sounds good, send the deck.")));
        QVERIFY(!view->reader()->toPlainText().contains(QLatin1String("alert")));
        QVERIFY(view->reader()->blockedRequests() >= 1); // the tracking pixel was never fetched
        QVERIFY(view->remoteContentButton()->isVisibleTo(view)); // the rep may choose to see it
        // Only <img> of the messages the rep allowed; style sheets and other references stay blocked.
        QCOMPARE(ui::SafeMailBrowser::allowRemoteImages(QStringLiteral(
                     "<link rel=stylesheet href=\"https://t.example/a.css\"><IMG alt=x SRC='http://t.example/p.gif'>")),
                 QStringLiteral("<link rel=stylesheet href=\"https://t.example/a.css\"><IMG alt=x "
                                "SRC='sc-remote-ok:http://t.example/p.gif'>"));
        QTest::mouseClick(view->remoteContentButton(), Qt::LeftButton);
        QCOMPARE(view->reader()->blockedRequests(), 0);
        QVERIFY(!view->remoteContentButton()->isVisibleTo(view));
        // A later message in the same conversation asks again.
        Sql::run(db,
                 QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, from_address, to_addresses, "
                                "subject, body_html, sent_at, classification, created_at, seen) VALUES (1, 1, "
                                "'inbound', 'owen.marsh@plover-tools.example', 'dana@kestrel-labs.example', 'Re: Order "
                                "picking', '<p>And the price list?</p><img src=\"https://tracker.example/2.gif\">', "
                                "1790000001000, 'question', 0, 1)"));
        ChangeHub::notify(ChangeHub::Prospects);
        QTRY_COMPARE(view->reader()->blockedRequests(), 1);
        QVERIFY(view->remoteContentButton()->isVisibleTo(view));
        Sql::run(db, QStringLiteral("DELETE FROM messages WHERE id = 2"));
        Sql::run(db, QStringLiteral("UPDATE threads SET classification = 'other' WHERE id = 1"));
        ChangeHub::notify(ChangeHub::Prospects);
        QTRY_VERIFY(!view->reader()->toPlainText().contains(QLatin1String("price list")));

        // A reply from the composer: "Re:" once, the quoted message, the outbox and the send job; an
        // address on the do-not-contact list is refused in the dialog, before anything is queued.
        models::OutboxMessage draft = ui::ComposeDialog::reply(
            1, QStringLiteral("owen.marsh@plover-tools.example"), QStringLiteral("Re: Order picking"),
            QStringLiteral("m1@plover-tools.example"), {}, QStringLiteral("owen.marsh@plover-tools.example"),
            1790000000000, QStringLiteral("Sounds good,\nsend the deck."));
        QCOMPARE(draft.subject, QStringLiteral("Re: Order picking"));
        QVERIFY(draft.text.contains(QLatin1String("> Sounds good,\n> send the deck.")));
        QString problem;
        DoNotContactRepository(db).add(QStringLiteral("owen.marsh@plover-tools.example"), QStringLiteral("asked"), 0,
                                       &problem);
        {
            ui::ComposeDialog compose(*workspace(), draft);
            compose.show();
            QTest::mouseClick(compose.findChild<QPushButton*>(QStringLiteral("composeSend")), Qt::LeftButton);
            QVERIFY(compose.findChild<QLabel*>(QStringLiteral("composeProblem"))->isVisible());
            QCOMPARE(compose.queuedId(), 0);
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
            compose.toField()->setText(QStringLiteral("june.park@plover-tools.example"));
            QTest::mouseClick(compose.findChild<QPushButton*>(QStringLiteral("composeSend")), Qt::LeftButton);
            QVERIFY(compose.queuedId() > 0);
            QCOMPARE(compose.result(), int(QDialog::Accepted));
        }
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT in_reply_to || ' ' || state FROM outbox")).toString(),
                 QStringLiteral("m1@plover-tools.example queued"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'outbox.send'")).toInt(), 1);
        // One click corrects the category; the correction is kept for the classifier.
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("categoryCorrection"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("interested")));
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("correctCategoryButton")), Qt::LeftButton);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT classification FROM messages WHERE id = 1")).toString(),
                 QStringLiteral("interested"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT label FROM classifier_corrections")).toString(),
                 QStringLiteral("interested"));
        // Opened is read; another thread, unread, stands out in bold and is what "Unread only" shows.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT seen FROM messages WHERE id = 1")).toInt(), 1);
        Sql::run(db,
                 QStringLiteral("INSERT INTO threads (account_id, subject, last_message_at, classification, "
                                "created_at) VALUES (1, 'Pricing question', 1780000000000, 'question', 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, from_address, "
                                "to_addresses, subject, body_text, sent_at, classification, created_at) VALUES (2, "
                                "1, 'inbound', 'rita.vance@osprey-labs.example', 'dana@kestrel-labs.example', "
                                "'Pricing question', 'How much per seat?', 1780000000000, 'question', 0)"));
        ChangeHub::notify(ChangeHub::Prospects);
        QTRY_COMPARE(view->threadList()->count(), 2);
        QVERIFY(view->threadList()->item(1)->font().bold());
        QVERIFY(!view->threadList()->item(0)->font().bold());
        view->findChild<QCheckBox*>(QStringLiteral("unreadOnly"))->setChecked(true);
        QCOMPARE(view->threadList()->count(), 1);
        QVERIFY(view->threadList()->item(0)->text().contains(QLatin1String("Pricing question")));
        // Showing it reads it: the filter keeps it until the next reload, then it is gone.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT seen FROM messages WHERE thread_id = 2")).toInt(), 1);
        view->findChild<QCheckBox*>(QStringLiteral("unreadOnly"))->setChecked(false);
        auto* search = view->findChild<QLineEdit*>(QStringLiteral("conversationSearch"));
        search->setText(QStringLiteral("osprey"));
        QCOMPARE(view->threadList()->count(), 1);
        search->setText(QStringLiteral("no such prospect 100%"));
        QVERIFY(view->isShowingEmptyState());
        search->clear();
        QCOMPARE(view->threadList()->count(), 2);
        Sql::run(db, QStringLiteral("DELETE FROM messages WHERE thread_id = 2"));
        Sql::run(db, QStringLiteral("DELETE FROM threads WHERE id = 2"));
        ChangeHub::notify(ChangeHub::Prospects);
        QTRY_COMPARE(view->threadList()->count(), 1);

        // The category filter.
        auto* filter = view->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("bounce")));
        Q_EMIT filter->activated(filter->currentIndex());
        QVERIFY(view->isShowingEmptyState());
        filter->setCurrentIndex(filter->findData(QStringLiteral("interested")));
        Q_EMIT filter->activated(filter->currentIndex());
        QCOMPARE(view->threadList()->count(), 1);
        // The Outbox tab: a message a crash left uncertain waits for the rep, who says it went.
        ui::OutboxPanel* outbox = view->outbox();
        QTRY_COMPARE(outbox->table()->rowCount(), 1);
        QCOMPARE(outbox->table()->item(0, 2)->text(), QStringLiteral("Waiting"));
        Sql::run(db, QStringLiteral("UPDATE outbox SET state = 'uncertain', last_error = 'The app stopped'"));
        ChangeHub::notify(ChangeHub::Outbox);
        QTRY_COMPARE(outbox->needsAttention(), 1);
        QVERIFY(view->tabs()->tabText(1).contains(QLatin1String("1")));
        outbox->table()->selectRow(0);
        auto* confirm = outbox->findChild<QPushButton*>(QStringLiteral("outboxConfirm"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT state FROM outbox")).toString(), QStringLiteral("sent"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'outbound'")).toInt(),
                 1);
        QTRY_COMPARE(outbox->needsAttention(), 0);
        QCOMPARE(view->tabs()->tabText(1), QStringLiteral("Outbox"));
    }

    // A reply the Inbox agent is not sure of says "Check me" in the thread list (a visible badge) and on
    // the message, a sure one does not; Confirm keeps the category as the rep's and the marks go.
    void uncertainRepliesAreMarkedUntilConfirmed()
    {
        const QSqlDatabase db = workspace()->connection();
        ui::ConversationsView* view = window()->conversationsView();
        Sql::run(db,
                 QStringLiteral("INSERT INTO mail_accounts (display_name, email, imap_host, smtp_host, username, "
                                "secret_key, created_at) VALUES ('Work', 'dana@kestrel-labs.example', '127.0.0.1', "
                                "'127.0.0.1', 'dana', 'k', 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO threads (id, account_id, subject, last_message_at, classification, "
                                "created_at) VALUES (1, 1, 'Re: Order picking', 1790000000000, 'interested', 0), "
                                "(2, 1, 'Re: Pricing', 1780000000000, 'question', 0)"));
        Sql::run(db,
                 QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, from_address, to_addresses, "
                                "subject, body_text, sent_at, classification, classification_confidence, "
                                "created_at) VALUES (1, 1, 'inbound', 'owen.marsh@plover-tools.example', "
                                "'dana@kestrel-labs.example', 'Re: Order picking', 'Maybe later in the year.', "
                                "1790000000000, 'interested', 0.45, 0), (2, 1, 'inbound', "
                                "'rita.vance@osprey-labs.example', 'dana@kestrel-labs.example', 'Re: Pricing', "
                                "'How much per seat?', 1780000000000, 'question', 0.92, 0)"));
        ChangeHub::notify(ChangeHub::Prospects);
        window()->showView(MainWindow::View::Conversations);
        QListWidget* list = view->threadList();
        QTRY_COMPARE(list->count(), 2);
        const int badgeRole = ui::BadgeDelegate::BadgeRole;
        QCOMPARE(list->item(0)->data(badgeRole).toString(), QStringLiteral("Check me"));
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("not sure this is “Interested”")));
        QVERIFY(list->item(1)->data(badgeRole).toString().isEmpty());
        // The badge is drawn, in its own colour, at the right of the row and only there.
        const auto badgeColourAt = [list](int row) {
            QStyleOptionViewItem option;
            option.initFrom(list);
            option.rect = list->visualItemRect(list->item(row));
            const QRect pill = ui::BadgeDelegate::badgeRect(option, QStringLiteral("Check me"));
            const QImage image = list->viewport()->grab().toImage();
            return image.pixelColor(pill.left() + 3, pill.center().y());
        };
        QCOMPARE(badgeColourAt(0), QColor(0xfd, 0xef, 0xc3));
        QVERIFY(badgeColourAt(1) != QColor(0xfd, 0xef, 0xc3));
        auto* badge = view->findChild<QLabel*>(QStringLiteral("reviewBadge"));
        auto* confirm = view->findChild<QPushButton*>(QStringLiteral("confirmCategoryButton"));
        QVERIFY(view->reader()->toPlainText().contains(QLatin1String("Check me")));
        QVERIFY(badge->isVisibleTo(view) && confirm->isVisibleTo(view) && confirm->isEnabled());
        QVERIFY(badge->toolTip().contains(QLatin1String("confirm or correct it")));
        bool explained = false; // the mark on the message says why in its tooltip
        for (QTextBlock block = view->reader()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                explained = explained || it.fragment().charFormat().toolTip().contains(QLatin1String("not sure"));
            }
        }
        QVERIFY(explained);
        // The sure reply has no mark.
        list->setCurrentRow(1);
        QVERIFY(view->reader()->toPlainText().contains(QLatin1String("How much per seat?")));
        QVERIFY(!view->reader()->toPlainText().contains(QLatin1String("Check me")));
        QVERIFY(!badge->isVisibleTo(view) && !confirm->isVisibleTo(view));
        // "Replies to check" lists only the unsure one.
        auto* filter = view->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        filter->setCurrentIndex(1);
        Q_EMIT filter->activated(1);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("Order picking")));
        // Another category in the box is a correction, not a confirmation.
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("categoryCorrection"));
        auto* correct = view->findChild<QPushButton*>(QStringLiteral("correctCategoryButton"));
        QVERIFY(!correct->isVisibleTo(view));
        combo->setCurrentIndex(combo->findData(QStringLiteral("not_interested")));
        QVERIFY(!confirm->isVisibleTo(view) && correct->isVisibleTo(view));
        combo->setCurrentIndex(combo->findData(QStringLiteral("interested")));
        QVERIFY(confirm->isVisibleTo(view) && !correct->isVisibleTo(view));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT label FROM classifier_corrections WHERE message_id = 1")).toString(),
            QStringLiteral("interested"));
        QTRY_VERIFY(view->isShowingEmptyState()); // nothing left to check
        filter->setCurrentIndex(0);
        Q_EMIT filter->activated(0);
        QTRY_COMPARE(list->count(), 2);
        QVERIFY(list->item(0)->data(badgeRole).toString().isEmpty());
        QVERIFY(badgeColourAt(0) != QColor(0xfd, 0xef, 0xc3));
        list->setCurrentRow(0);
        QVERIFY(!view->reader()->toPlainText().contains(QLatin1String("Check me")));
        QVERIFY(!badge->isVisibleTo(view) && !confirm->isVisibleTo(view));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT classification FROM messages WHERE id = 1")).toString(),
                 QStringLiteral("interested"));
    }

    // The Inbox agent wakes as soon as a job lands in the queue (the composer's send, a sync queued straight
    // into the repository) and asks the SecretStore for the mailbox's password from its own thread; the
    // store runs the keychain job on the GUI thread and the answer comes back to the agent's thread. No
    // keychain is reachable here, so each job fails at once with the keychain's message, and nothing
    // crashes.
    void inboxAgentWakesAndAsksTheKeychainFromItsThread()
    {
        const QSqlDatabase db = workspace()->connection();
        Sql::run(db,
                 QStringLiteral("INSERT INTO mail_accounts (display_name, email, imap_host, smtp_host, username, "
                                "secret_key, created_at) VALUES ('Work', 'dana@kestrel-labs.example', '127.0.0.1', "
                                "'127.0.0.1', 'dana', 'k', 0)"));
        const auto jobOf = [&db](const char* kind) {
            return Sql::scalar(db,
                               QStringLiteral("SELECT state || ': ' || coalesce(last_error, '') FROM jobs WHERE "
                                              "kind = :k ORDER BY id DESC LIMIT 1"),
                               {{":k", QString::fromLatin1(kind)}})
                .toString();
        };
        const QString noPassword = QStringLiteral("failed: No password for Work: No keychain is available");
        {
            ui::ComposeDialog compose(*workspace(),
                                      ui::ComposeDialog::reply(1, QStringLiteral("june.park@plover-tools.example"),
                                                               QStringLiteral("Order picking"),
                                                               QStringLiteral("m1@plover-tools.example"), {},
                                                               QStringLiteral("june.park@plover-tools.example"),
                                                               1790000000000, QStringLiteral("Send the deck.")));
            compose.show();
            QTest::mouseClick(compose.findChild<QPushButton*>(QStringLiteral("composeSend")), Qt::LeftButton);
            QVERIFY(compose.queuedId() > 0);
        }
        QTRY_VERIFY2_WITH_TIMEOUT(jobOf("outbox.send").startsWith(noPassword), qPrintable(jobOf("outbox.send")), 15000);
        // Nothing left: the message waits in the outbox for a mailbox password.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT state FROM outbox")).toString(), QStringLiteral("queued"));
        // A sync queued straight into the repository, as a view would, wakes the agent too.
        JobRepository(db).enqueue(agents::inbox::InboxAgent::syncJob(1), Clock::instance().nowMs());
        QTRY_VERIFY2_WITH_TIMEOUT(jobOf("inbox.sync").startsWith(noPassword), qPrintable(jobOf("inbox.sync")), 15000);
        // And it is back to waiting for work, in a window that still answers.
        ui::AgentsView* agentsView = window()->agentsView();
        int inboxRow = -1;
        for (int row = 0; row < agentsView->agentModel()->rowCount(); ++row) {
            if (agentsView->agentModel()->index(row, AgentStatusModel::Name).data().toString()
                == QLatin1String("Inbox")) {
                inboxRow = row;
            }
        }
        QVERIFY(inboxRow >= 0);
        QTRY_COMPARE(agentsView->agentModel()->index(inboxRow, AgentStatusModel::State).data().toString(),
                     QStringLiteral("Waiting for work"));
        window()->showView(MainWindow::View::Agents);
        QTRY_VERIFY(agentsView->isVisible());
    }

    // Research from the Prospects view: the context action and "Add company…" queue the Research agent;
    // the detail panel shows the score's reasons and each researched fact with its page; the ideal
    // customer is edited in Settings and rescoring is queued.
    // Contact forms from the views: a prospect without a website is told at once; an approved form goes
    // to the Form Filler, which checks the do-not-contact list again before it opens anything.
    void contactFormsFromProspectsAndApprovals()
    {
        const QSqlDatabase db = workspace()->connection();
        window()->showView(MainWindow::View::Prospects);
        ui::ProspectsView* view = window()->prospectsView();
        const qint64 homeless
            = Sql::scalar(db, QStringLiteral("SELECT id FROM prospects ORDER BY id LIMIT 1")).toLongLong();
        Sql::run(db, QStringLiteral("UPDATE prospects SET company_id = NULL WHERE id = :id"), {{":id", homeless}});
        view->detailPanel()->showProspect(homeless);
        auto* table = view->findChild<QTableView*>();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(ProspectTableModel::ProspectIdRole).toLongLong() == homeless) {
                table->selectRow(row);
            }
        }
        QCOMPARE(view->fillContactFormsOfSelection(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            Sql::scalar(db,
                        QStringLiteral("SELECT state || ': ' || coalesce(last_error, '') FROM jobs WHERE kind = "
                                       "'forms.prepare'"))
                .toString()
                .left(7),
            QStringLiteral("failed:"), 20000);
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT last_error FROM jobs WHERE kind = 'forms.prepare'"))
                    .toString()
                    .contains(QStringLiteral("no company website")));

        // A prepared form for another prospect, whose company then asks not to be contacted.
        const qint64 prospect
            = Sql::scalar(db,
                          QStringLiteral("SELECT id FROM prospects WHERE company_id IS NOT NULL ORDER BY id LIMIT 1"))
                  .toLongLong();
        const QString domain = Sql::scalar(db,
                                           QStringLiteral("SELECT c.domain FROM prospects p JOIN companies c ON "
                                                          "c.id = p.company_id WHERE p.id = :id"),
                                           {{":id", prospect}})
                                   .toString();
        Sql::run(db, QStringLiteral("DELETE FROM drafts"));
        Draft draft;
        draft.prospectId = prospect;
        draft.channel = QStringLiteral("form");
        draft.toAddress = QStringLiteral("https://%1/contact/").arg(domain);
        draft.subject = QStringLiteral("A question");
        draft.body = QStringLiteral("Hello.");
        draft.createdBy = QStringLiteral("form_filler");
        const qint64 now = Clock::instance().nowMs();
        const qint64 draftId = DraftRepository(db).create(draft, now);
        models::FormSubmission submission;
        submission.prospectId = prospect;
        submission.draftId = draftId;
        submission.domain = domain;
        submission.url = QStringLiteral("https://%1/").arg(domain);
        submission.status = QStringLiteral("prepared");
        models::FormSubmissionRepository(db).create(submission, now);
        window()->showView(MainWindow::View::Approvals);
        ui::ApprovalsView* approvals = window()->approvalsView();
        QTRY_COMPARE(approvals->model()->rowCount(), 1);
        QVERIFY(
            approvals->model()->index(0, 0).data().toString().contains(QStringLiteral("Contact form · A question")));
        QString problem;
        models::DoNotContactRepository(db).add(domain, QStringLiteral("asked by phone"), now, &problem);
        approvals->approveCurrent();
        QTRY_COMPARE(approvals->model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(Sql::scalar(db,
                                              QStringLiteral("SELECT status FROM form_submissions WHERE draft_id = "
                                                             ":d"),
                                              {{":d", draftId}})
                                      .toString(),
                                  QStringLiteral("abandoned"), 20000);
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT status FROM drafts WHERE id = :d"), {{":d", draftId}}).toString(),
            QStringLiteral("failed"));
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT summary FROM activities WHERE kind = 'form_abandoned'"))
                    .toString()
                    .contains(QStringLiteral("do-not-contact")));
    }

    // Settings › Local API: a key made in the app works against the server the app starts, and the
    // recent requests show up; turning it off stops it.
    void localApiFromSettings()
    {
        qputenv("SALES_COPILOT_SECRET_API_SIGNING_KEY",
                QByteArray("gui-test-signing-key-0123456789abcdef0123456789").toBase64());
        window()->showView(MainWindow::View::Settings);
        ui::SettingsView* view = window()->settingsView();
        const QString created = view->createApiKey(QStringLiteral("GUI script"), {QStringLiteral("read")});
        QVERIFY(created.contains(QLatin1Char('\n')));
        QVERIFY(view->findChild<QListWidget*>(QStringLiteral("apiKeys"))
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("GUI script")));
        // A free port below the ephemeral range (32768 and up on Linux): the test binds it again on every
        // address later, and a parallel test's outgoing connection could meanwhile take an ephemeral
        // one as its local port.
        int port = 0;
        for (int candidate = 20000 + int(QCoreApplication::applicationPid() % 9000); port == 0 && candidate < 32000;
             candidate += 7) {
            QTcpServer probe;
            if (probe.listen(QHostAddress::Any, quint16(candidate))) {
                port = candidate;
            }
        }
        QVERIFY(port > 0);
        auto* portBox = view->findChild<QSpinBox*>(QStringLiteral("api_port"));
        portBox->setValue(port);
        Q_EMIT portBox->editingFinished();
        view->findChild<QCheckBox*>(QStringLiteral("api_enabled"))->setChecked(true);
        auto* status = view->findChild<QLabel*>(QStringLiteral("apiStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Listening on http://127.0.0.1:%1").arg(port), 10000);

        auto post = [&](const QByteArray& request) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (!socket.waitForConnected(5000)) {
                return QByteArray();
            }
            socket.write(request);
            QByteArray answer;
            while (socket.waitForReadyRead(3000)) {
                answer += socket.readAll();
                if (answer.contains("\r\n\r\n")) {
                    const int length
                        = answer.mid(answer.indexOf("Content-Length:") + 15, 12).trimmed().split('\r').value(0).toInt();
                    if (answer.size() - answer.indexOf("\r\n\r\n") - 4 >= length) {
                        break;
                    }
                }
            }
            return answer;
        };
        const QByteArray form
            = "grant_type=client_credentials&client_id=" + created.section(QLatin1Char('\n'), 0, 0).toUtf8()
            + "&client_secret=" + QUrl::toPercentEncoding(created.section(QLatin1Char('\n'), 1, 1));
        const QByteArray answer = post("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                       "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                                       + QByteArray::number(form.size()) + "\r\n\r\n" + form);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("\"scope\":\"read\""));
        QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QListWidget*>(QStringLiteral("apiRequests"))->count() > 0
                                     && view->findChild<QListWidget*>(QStringLiteral("apiRequests"))
                                            ->item(0)
                                            ->text()
                                            .contains(QStringLiteral("/v1/auth/token")),
                                 10000);
        view->findChild<QCheckBox*>(QStringLiteral("api_enabled"))->setChecked(false);
        QTRY_COMPARE(status->text(), QStringLiteral("Off"));
        QVERIFY(post("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").isEmpty());

        // Open to the network: HTTPS only, with the fingerprint of the workspace's certificate shown.
        auto* certificate = view->findChild<QLabel*>(QStringLiteral("apiCertificate"));
        QVERIFY(!certificate->isVisibleTo(view));
        auto* bind = view->findChild<QComboBox*>(QStringLiteral("api_bind"));
        bind->setCurrentIndex(bind->findData(QStringLiteral("0.0.0.0")));
        Q_EMIT bind->activated(bind->currentIndex());
        view->findChild<QCheckBox*>(QStringLiteral("api_enabled"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(
            status->text(),
            QStringLiteral("Listening on https://0.0.0.0:%1, that is on every network address of this computer")
                .arg(port),
            10000);
        QVERIFY(certificate->isVisibleTo(view));
        QFile pem(workspace()->directory() + QStringLiteral("/api-tls-cert.pem"));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QByteArray base64 = pem.readAll();
        base64 = base64.mid(base64.indexOf('\n') + 1);
        base64 = base64.left(base64.indexOf("-----END"));
        const QByteArray digest
            = QCryptographicHash::hash(QByteArray::fromBase64(base64), QCryptographicHash::Sha256).toHex(':').toUpper();
        QCOMPARE(certificate->text(), QString::fromLatin1(digest));
        QVERIFY(!post("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startsWith("HTTP/"));
        bind->setCurrentIndex(bind->findData(QStringLiteral("127.0.0.1")));
        Q_EMIT bind->activated(bind->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Listening on http://127.0.0.1:%1").arg(port), 10000);
        QVERIFY(!certificate->isVisibleTo(view));
        view->findChild<QCheckBox*>(QStringLiteral("api_enabled"))->setChecked(false);
        QTRY_COMPARE(status->text(), QStringLiteral("Off"));
        qunsetenv("SALES_COPILOT_SECRET_API_SIGNING_KEY");
    }

    void researchFromTheProspectsViewAndTheIdealCustomer()
    {
        const QSqlDatabase db = workspace()->connection();
        window()->showView(MainWindow::View::Prospects);
        ui::ProspectsView* view = window()->prospectsView();
        auto* table = view->findChild<QTableView*>();
        table->selectRow(0);
        table->selectionModel()->select(view->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->researchSelection(), 2);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'research.company'")).toInt(),
                 2);
        QVERIFY(!view->addCompanyByDomain(QStringLiteral("not a domain")));
        QVERIFY(view->addCompanyByDomain(QStringLiteral("https://www.Heron-Works.example/about")));
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT json_extract(payload, '$.domain') FROM jobs WHERE kind = "
                                            "'research.company' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("heron-works.example"));

        // What research found, as the detail panel shows it.
        const qint64 prospect
            = Sql::scalar(db, QStringLiteral("SELECT id FROM prospects ORDER BY id LIMIT 1")).toLongLong();
        const qint64 company
            = Sql::scalar(db, QStringLiteral("SELECT company_id FROM prospects WHERE id = :id"), {{":id", prospect}})
                  .toLongLong();
        Sql::run(db,
                 QStringLiteral("INSERT INTO company_facts VALUES (:c, 'technologies', '[\"HubSpot\",\"WordPress\"]', "
                                "'https://heron-works.example/about.html', 1790000000000), (:c, 'size_hint', '11-50', "
                                "'https://heron-works.example/', 1790000000000)"),
                 {{":c", company}});
        Sql::run(db, QStringLiteral("UPDATE prospects SET title = 'Head of Sales' WHERE id = :id"),
                 {{":id", prospect}});
        window()->prospectsView()->detailPanel()->showProspect(prospect);
        const QString card = window()->prospectsView()->detailPanel()->researchCard()->text();
        QVERIFY2(card.contains(QLatin1String("+30 title matches head of sales")), qPrintable(card));
        QVERIFY2(card.contains(QLatin1String("HubSpot, WordPress")), qPrintable(card));
        QVERIFY2(card.contains(QLatin1String("/about.html")), qPrintable(card));

        // The ideal customer, edited in Settings: saved, and a rescoring queued.
        window()->showView(MainWindow::View::Settings);
        auto* countries = window()->settingsView()->findChild<QLineEdit*>(QStringLiteral("icp_countries"));
        QVERIFY(countries);
        countries->setText(QStringLiteral("FR, GB"));
        Q_EMIT countries->editingFinished();
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT json_extract(value, '$.countries[1]') FROM settings WHERE key = "
                                            "'icp'"))
                     .toString(),
                 QStringLiteral("GB"));
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'research.score' AND state = "
                                            "'queued'"))
                     .toInt(),
                 1);
    }

    // The composer's To field: part of a name, a company or an address offers the prospects it names as
    // "Name — Company <email>", and choosing one (from the keyboard) puts its address in the field.
    void composerLooksProspectsUpAsYouType()
    {
        const QSqlDatabase db = workspace()->connection();
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT p.first_name, p.last_name, p.email, c.name, p.title FROM "
                                              "prospects p JOIN companies c ON c.id = p.company_id WHERE "
                                              "p.language = 'en' ORDER BY p.id LIMIT 1"));
        QVERIFY(q.next());
        const QString first = q.value(0).toString();
        const QString last = q.value(1).toString();
        const QString email = q.value(2).toString();
        const QString company = q.value(3).toString();
        QStringList titleWords = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::sort(titleWords.begin(), titleWords.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        q.finish();
        const QString offered = QStringLiteral("%1 %2 — %3 <%4>").arg(first, last, company, email);

        ui::ComposeDialog compose(*workspace(), models::OutboxMessage {});
        compose.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compose));
        QLineEdit* to = compose.toField();
        QCompleter* completer = compose.toCompleter();
        QAbstractItemModel* offers = completer->completionModel();
        const auto rowOf = [offers](const QString& text) {
            for (int row = 0; row < offers->rowCount(); ++row) {
                if (offers->index(row, 0).data().toString() == text) {
                    return row;
                }
            }
            return -1;
        };
        // By the company's name: only its people.
        QTest::keyClicks(
            to,
            company.left(company.indexOf(QLatin1Char(' ')) > 0 ? company.indexOf(QLatin1Char(' ')) : company.size()));
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(offers->rowCount() >= 1 && offers->rowCount() <= 8);
        for (int row = 0; row < offers->rowCount(); ++row) {
            QVERIFY2(offers->index(row, 0).data().toString().contains(company.section(QLatin1Char(' '), 0, 0)),
                     qPrintable(offers->index(row, 0).data().toString()));
        }
        // By part of the address.
        to->clear();
        QTest::keyClicks(to, email.left(email.indexOf(QLatin1Char('@')) - 1));
        QTRY_VERIFY(rowOf(offered) >= 0);
        // By part of the name: first name and the start of the last one.
        to->clear();
        QTest::keyClicks(to, first + QLatin1Char(' ') + last.left(3));
        QTRY_VERIFY2(rowOf(offered) >= 0, qPrintable(offered));
        QVERIFY(completer->popup()->isVisible());
        QCOMPARE(to->text(), first + QLatin1Char(' ') + last.left(3)); // nothing replaced while browsing
        completer->popup()->setCurrentIndex(offers->index(rowOf(offered), 0));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(to->text(), email);
        QTRY_VERIFY(!completer->popup()->isVisible());
        // A word in no name, company or address offers nothing; nor does the title, which is not looked up.
        for (const QString& word : {QStringLiteral("zzqx"), titleWords.value(0)}) {
            to->clear();
            QTest::keyClicks(to, first);
            QTRY_VERIFY(completer->popup()->isVisible());
            QTest::keyClicks(to, QLatin1Char(' ') + word);
            QTRY_COMPARE(offers->rowCount(), 0);
            QVERIFY(!completer->popup()->isVisible());
        }
    }

    // Approvals says which mailbox an email goes from (its own, else the first one, else that there is
    // none yet) and, for a draft that stands for a sequence's step, which step and when it is due.
    void approvalsShowTheMailboxAndTheSequenceStep()
    {
        window()->showView(MainWindow::View::Approvals);
        ui::ApprovalsView* view = window()->approvalsView();
        auto* from = view->findChild<QLabel*>(QStringLiteral("approvalFrom"));
        auto* step = view->findChild<QLabel*>(QStringLiteral("approvalStep"));
        QVERIFY(from && step);
        QVERIFY(view->currentDraftId() > 0);
        QCOMPARE(from->text(), QStringLiteral("From: No mailbox yet — add one in Settings"));
        QVERIFY(!step->isVisibleTo(view)); // demo drafts are no sequence's step

        const QSqlDatabase db = workspace()->connection();
        MailAccount dana;
        dana.displayName = QStringLiteral("Dana Reyes");
        dana.email = QStringLiteral("dana@kestrel-labs.example");
        dana.imapHost = dana.smtpHost = QStringLiteral("127.0.0.1");
        dana.username = QStringLiteral("dana");
        const qint64 now = Clock::instance().nowMs();
        const qint64 danaId = MailAccountRepository(db).add(dana, now);
        QTRY_COMPARE(from->text(), QStringLiteral("From: Dana Reyes <dana@kestrel-labs.example>"));
        MailAccount sales = dana;
        sales.displayName = QStringLiteral("Kestrel Sales");
        sales.email = QStringLiteral("sales@kestrel-labs.example");
        const qint64 salesId = MailAccountRepository(db).add(sales, now);
        QVERIFY(salesId > danaId);

        // A follow-up drafted for the second step (an email) of the prospect's enrollment, from the
        // second mailbox.
        Sql::run(db, QStringLiteral("INSERT INTO sequences (name, created_at) VALUES ('Q1 outreach', 0)"));
        const qint64 sequence = Sql::scalar(db, QStringLiteral("SELECT max(id) FROM sequences")).toLongLong();
        const char* channels[] = {"email", "email", "linkedin_task"};
        for (int i = 0; i < 3; ++i) {
            Sql::run(db,
                     QStringLiteral("INSERT INTO sequence_steps (sequence_id, position, channel, delay_days) VALUES "
                                    "(:s, :p, :c, 3)"),
                     {{":s", sequence}, {":p", i + 1}, {":c", QLatin1String(channels[i])}});
        }
        const qint64 prospect
            = Sql::scalar(db,
                          QStringLiteral("SELECT id FROM prospects WHERE email IS NOT NULL ORDER BY id DESC LIMIT 1"))
                  .toLongLong();
        QCOMPARE(SequenceRepository(db).enroll({prospect}, sequence, QStringLiteral("rep"), now).enrolled, 1);
        // Due next Tuesday at 09:00, this computer's time.
        QDate tuesday = QDate::currentDate().addDays(2);
        while (tuesday.dayOfWeek() != Qt::Tuesday) {
            tuesday = tuesday.addDays(1);
        }
        const qint64 due = QDateTime(tuesday, QTime(9, 0)).toMSecsSinceEpoch();
        Sql::run(
            db, QStringLiteral("UPDATE enrollments SET current_step = 1, next_action_at = :due WHERE prospect_id = :p"),
            {{":due", due}, {":p", prospect}});
        Sql::run(db, QStringLiteral("DELETE FROM drafts"));
        Draft followUp;
        followUp.prospectId = prospect;
        followUp.kind = QStringLiteral("follow_up");
        followUp.accountId = salesId;
        followUp.toAddress
            = Sql::scalar(db, QStringLiteral("SELECT email FROM prospects WHERE id = :id"), {{":id", prospect}})
                  .toString();
        followUp.subject = QStringLiteral("Following up");
        followUp.body = QStringLiteral("Hi,\n\nFollowing up on my note.\n\nBest regards,");
        followUp.createdBy = QStringLiteral("decision");
        const qint64 followUpId = DraftRepository(db).create(followUp, now);
        QTRY_COMPARE(view->model()->rowCount(), 1); // the only draft now (ids are reused after the DELETE)
        QCOMPARE(view->currentDraftId(), followUpId);
        QCOMPARE(from->text(), QStringLiteral("From: Kestrel Sales <sales@kestrel-labs.example>"));
        QVERIFY(step->isVisibleTo(view));
        QCOMPARE(step->text(),
                 QStringLiteral("Step 2 of 3 of “Q1 outreach” — due Tue %1 %2, 09:00")
                     .arg(tuesday.day())
                     .arg(QLocale().monthName(tuesday.month(), QLocale::ShortFormat)));
        // The next step is the LinkedIn task: no email draft stands for it.
        Sql::run(db, QStringLiteral("UPDATE enrollments SET current_step = 2 WHERE prospect_id = :p"),
                 {{":p", prospect}});
        ChangeHub::notify(ChangeHub::Drafts);
        QTRY_VERIFY(!step->isVisibleTo(view));
        // Its mailbox removed, a draft goes from the first one.
        MailAccountRepository(db).remove(salesId);
        QTRY_COMPARE(from->text(), QStringLiteral("From: Dana Reyes <dana@kestrel-labs.example>"));
    }

    // The signature set in Settings › Mailboxes ends every email draft, under its closing; without one,
    // drafts are signed with the mailbox's name; never a bare "Best regards,".
    void draftsEndWithTheSignatureFromSettings()
    {
        const QSqlDatabase db = workspace()->connection();
        window()->showView(MainWindow::View::Settings);
        auto* signatureField = window()->settingsView()->findChild<QPlainTextEdit*>(QStringLiteral("mailSignature"));
        QVERIFY(signatureField);
        QCOMPARE(signatureField->toPlainText(), QString()); // empty by default
        const QString signature = QStringLiteral("Dana Reyes\nAccount Executive, Kestrel Labs");
        signatureField->setPlainText(signature);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'mail.signature'")).toString(),
                 signature);

        Draft draft;
        draft.prospectId = Sql::scalar(db, QStringLiteral("SELECT min(id) FROM prospects")).toLongLong();
        draft.toAddress
            = Sql::scalar(db, QStringLiteral("SELECT email FROM prospects WHERE id = :id"), {{":id", draft.prospectId}})
                  .toString();
        draft.subject = QStringLiteral("Order picking");
        draft.body = QStringLiteral("Hi,\n\nWould you have 20 minutes next week?\n\nBest regards,\n");
        draft.createdBy = QStringLiteral("conversation");
        const qint64 now = Clock::instance().nowMs();
        const qint64 signedId = DraftRepository(db).create(draft, now);
        const QString signedBody
            = QStringLiteral("Hi,\n\nWould you have 20 minutes next week?\n\nBest regards,\n") + signature;
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT body FROM drafts WHERE id = :id"), {{":id", signedId}}).toString(),
            signedBody);
        window()->showView(MainWindow::View::Approvals);
        ui::ApprovalsView* view = window()->approvalsView();
        auto* body = view->findChild<QTextBrowser*>();
        QTRY_VERIFY(view->model()->rowOf(signedId) >= 0);
        // The demo's drafts, written before there was a signature, end with it too.
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            view->findChild<QListView*>()->setCurrentIndex(view->model()->index(row, 0));
            QVERIFY2(body->toPlainText().endsWith(QStringLiteral(",\n") + signature), // "Bien cordialement," too
                     qPrintable(body->toPlainText()));
        }
        view->findChild<QListView*>()->setCurrentIndex(view->model()->index(view->model()->rowOf(signedId), 0));
        QCOMPARE(body->toPlainText(), signedBody);

        // No signature: the name of the mailbox it goes from.
        signatureField->clear();
        MailAccount account;
        account.displayName = QStringLiteral("Dana Reyes");
        account.email = QStringLiteral("dana@kestrel-labs.example");
        account.imapHost = account.smtpHost = QStringLiteral("127.0.0.1");
        account.username = QStringLiteral("dana");
        MailAccountRepository(db).add(account, now);
        draft.subject = QStringLiteral("Second note");
        const qint64 byName = DraftRepository(db).create(draft, now);
        QCOMPARE(DraftRepository(db).find(byName)->body,
                 QStringLiteral("Hi,\n\nWould you have 20 minutes next week?\n\nBest regards,\nDana Reyes"));
        // Approved, the email goes out as the rep saw it.
        QTRY_VERIFY(view->model()->rowOf(byName) >= 0);
        view->findChild<QListView*>()->setCurrentIndex(view->model()->index(view->model()->rowOf(byName), 0));
        QTRY_VERIFY(body->toPlainText().endsWith(QStringLiteral("Best regards,\nDana Reyes")));
        view->approveCurrent();
        QTRY_COMPARE(
            Sql::scalar(db, QStringLiteral("SELECT body_text FROM outbox WHERE draft_id = :id"), {{":id", byName}})
                .toString(),
            QStringLiteral("Hi,\n\nWould you have 20 minutes next week?\n\nBest regards,\nDana Reyes"));
    }

    void frenchInterfaceIsComplete()
    {
        // init() installed the French translation before it built the window.
        const auto* sidebar = window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Prospects"));
        QCOMPARE(sidebar->item(2)->text(), QStringLiteral("Approbations  (5)"));
        QCOMPARE(sidebar->item(6)->text(), QStringLiteral("Calendrier"));
        QCOMPARE(sidebar->item(7)->text(), QStringLiteral("Modèles"));
        QCOMPARE(sidebar->item(8)->text(), QStringLiteral("Paramètres"));
        QCOMPARE(window()->prospectsView()->model()->headerData(ProspectTableModel::Company, Qt::Horizontal).toString(),
                 QStringLiteral("Entreprise"));
    }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
