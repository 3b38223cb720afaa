// GUI smoke and behaviour tests on the offscreen platform: every view opens on a demo workspace,
// approvals work from the keyboard, empty states show, the Agents view routes cancel/retry to the
// real AgentHost, the tray speaks up, and the French UI is complete.
#include "app/Application.h"
#include "app/DesktopApp.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "models/entities/Draft.h"
#include "models/itemmodels/AgentStatusModel.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/itemmodels/JobListModel.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/Sql.h"
#include "ui/MainWindow.h"
#include "ui/TrayNotifier.h"
#include "ui/dialogs/EditDraftDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/views/agents/AgentsView.h"
#include "ui/views/approvals/ApprovalsView.h"
#include "ui/views/prospects/ProspectDetailPanel.h"
#include "ui/views/prospects/ProspectsView.h"
#include "ui/views/settings/SettingsView.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sc;
using namespace sc::models;
using ui::MainWindow;

class TestGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<app::DesktopApp> m_app;

    MainWindow* window() const { return m_app->window(); }

    void openApp(const char* name, int prospects)
    {
        m_app.reset();
        if (m_workspace) {
            m_workspace->releaseConnection();
        }
        m_workspace = std::make_unique<Workspace>(Workspace::open(m_dir.filePath(QString::fromLatin1(name))));
        if (prospects > 0) {
            DemoGenerator::Options options;
            options.prospects = prospects;
            DemoGenerator::generate(m_workspace->connection(), options, Clock::instance().nowMs());
        }
        m_app = std::make_unique<app::DesktopApp>(*m_workspace, QStringLiteral("system"));
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        app::Application::setIdentity();
        app::Application::installTranslations(QStringLiteral("en")); // English plural forms, as the app does
    }

    void cleanupTestCase()
    {
        m_app.reset();
        if (m_workspace) {
            m_workspace->releaseConnection();
        }
    }

    void everyViewOpens()
    {
        openApp("views", 300);
        QCOMPARE(window()->windowTitle(), QStringLiteral("Sales Copilot — Demo"));
        const auto* sidebar = window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 4); // Prospects, Approvals, Agents, Settings — no placeholders
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Approvals  (5)"));
        const QList<QPair<MainWindow::View, QWidget*>> views {
            {MainWindow::View::Prospects, window()->prospectsView()},
            {MainWindow::View::Approvals, window()->approvalsView()},
            {MainWindow::View::Agents, window()->agentsView()},
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
        openApp("search", 120);
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
        const QSqlDatabase db = m_workspace->connection();
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

    void approvalsFromTheKeyboard()
    {
        openApp("approvals", 60);
        window()->showView(MainWindow::View::Approvals);
        ui::ApprovalsView* view = window()->approvalsView();
        QCOMPARE(view->model()->rowCount(), 5);
        const qint64 first = view->currentDraftId();
        QVERIFY(first > 0);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QVERIFY(view->currentDraftId() != first); // the next draft is selected
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        const QSqlDatabase db = m_workspace->connection();
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
        QCOMPARE(window()->findChild<QListWidget*>(QStringLiteral("sidebar"))->item(1)->text(),
                 QStringLiteral("Approvals"));
    }

    void trayNotifiesWhenADraftArrives()
    {
        openApp("tray", 60);
        Draft draft;
        draft.toAddress = QStringLiteral("casey.quimby@harbor-foods-1.example");
        draft.subject = QStringLiteral("Hello");
        draft.body = QStringLiteral("Body");
        draft.createdBy = QStringLiteral("conversation");
        DraftRepository(m_workspace->connection()).create(draft, Clock::instance().nowMs());
        QTRY_COMPARE(m_app->tray()->lastMessage(), QStringLiteral("6 drafts waiting for your approval."));
        m_app->tray()->jobFailed(7, QStringLiteral("Tidy up the workspace"), QStringLiteral("disk full"));
        QCOMPARE(m_app->tray()->lastTitle(), QStringLiteral("A job failed"));
        QCOMPARE(m_app->tray()->lastMessage(), QStringLiteral("Tidy up the workspace: disk full"));
    }

    void agentsViewCancelsAndRetriesThroughTheHost()
    {
        openApp("agents", 10);
        window()->showView(MainWindow::View::Agents);
        ui::AgentsView* view = window()->agentsView();
        QCOMPARE(view->agentModel()->rowCount(), 2);
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
        openApp("settings", 0);
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
    }

    void importDialogMapsColumnsAndImports()
    {
        openApp("import", 0);
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
        QCOMPARE(m_app->importDialog(), dialog);
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
        const QSqlDatabase db = m_workspace->connection();
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
        QTRY_VERIFY(!m_app->importDialog());

        // A file without an email column cannot be imported, and the dialog says why.
        importButton->click();
        dialog = m_app->importDialog();
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
        QTRY_VERIFY(!m_app->importDialog());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM prospects")).toInt(), 3);
    }

    void frenchInterfaceIsComplete()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/sales-copilot_fr.qm")));
        QVERIFY(!translator.isEmpty());
        QCoreApplication::installTranslator(&translator);
        openApp("french", 60);
        const auto* sidebar = window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Prospects"));
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Approbations  (5)"));
        QCOMPARE(sidebar->item(3)->text(), QStringLiteral("Paramètres"));
        QCOMPARE(window()->prospectsView()->model()->headerData(ProspectTableModel::Company, Qt::Horizontal).toString(),
                 QStringLiteral("Entreprise"));
        m_app.reset();
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
