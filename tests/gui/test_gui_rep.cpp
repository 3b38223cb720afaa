// What a sales rep trips over, checked offscreen in English and in French at 1280 and 1024 px: text
// that fits its widget, errors in the rep's words with a way out, and nothing that waits unseen.
#include "GuiHarness.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/itemmodels/AgentStatusModel.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/itemmodels/JobListModel.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/store/Sql.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/MailAccountDialog.h"
#include "ui/views/agents/AgentsView.h"
#include "ui/views/approvals/ApprovalsView.h"
#include "ui/views/conversations/ConversationsView.h"
#include "ui/views/conversations/OutboxPanel.h"
#include "ui/views/settings/SettingsView.h"
#include "ui/widgets/EmptyState.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace sc;
using Fixture = tests::GuiHarness::Fixture;
using ui::MainWindow;

namespace {

constexpr Fixture kFixtures[] = {
    {"emptyStatesFitTheirTextInEnglish", "empty-en", 0},
    {"emptyStatesFitTheirTextInFrench", "empty-fr", 0, true},
    {"keychainTroubleIsExplainedWithRetry", "keychain", 0},
    {"approvedWithoutAMailboxWaitsVisiblyInTheOutbox", "no-mailbox", 30},
    {"agentsSayWhatTheyLackAndDoneIsWhole", "agents", 0},
};

} // namespace

class TestGuiRep : public QObject
{
    Q_OBJECT

    tests::GuiHarness m_harness;

    MainWindow* window() const { return m_harness.window(); }

    // Every label of every visible empty state is as tall as its wrapped text needs.
    void emptyStatesFit()
    {
        const QList<MainWindow::View> views {MainWindow::View::Prospects, MainWindow::View::Approvals,
                                             MainWindow::View::Agents, MainWindow::View::Conversations};
        int checked = 0;
        for (const int width : {1280, 1024}) {
            window()->resize(width, 800);
            for (const MainWindow::View view : views) {
                window()->showView(view);
                QApplication::processEvents();
                for (const ui::EmptyState* empty : window()->findChildren<ui::EmptyState*>()) {
                    if (!empty->isVisible()) {
                        continue;
                    }
                    for (const QLabel* label : empty->findChildren<QLabel*>()) {
                        if (label->text().isEmpty()) {
                            continue;
                        }
                        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                                 qPrintable(QStringLiteral("%1 px wide, \"%2\": %3 px tall, needs %4")
                                                .arg(width)
                                                .arg(label->text())
                                                .arg(label->height())
                                                .arg(label->heightForWidth(label->width()))));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
    }

    // The first button of `parent` with this text.
    static QPushButton* button(QWidget* parent, const QString& text)
    {
        for (QPushButton* b : parent->findChildren<QPushButton*>()) {
            if (b->text() == text) {
                return b;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { tests::GuiHarness::initProcess(); }

    void init() { QVERIFY2(m_harness.openForCurrentTest(kFixtures), "every test has a row in kFixtures"); }

    void cleanup() { m_harness.close(); }

    void emptyStatesFitTheirTextInEnglish() { emptyStatesFit(); }

    void emptyStatesFitTheirTextInFrench() { emptyStatesFit(); }

    // Approved with no mailbox to send from: the email waits in the Outbox with the reason, and its
    // button opens the mailbox dialog in Settings; nothing is hidden in the timeline alone.
    void approvedWithoutAMailboxWaitsVisiblyInTheOutbox()
    {
        window()->showView(MainWindow::View::Approvals);
        ui::ApprovalsView* approvals = window()->approvalsView();
        QTRY_VERIFY(approvals->model()->rowCount() > 0);
        const qint64 draft = approvals->currentDraftId();
        const QString subject = models::DraftRepository(m_harness.workspace().connection()).find(draft)->subject;
        approvals->approveCurrent();
        window()->showView(MainWindow::View::Conversations);
        ui::OutboxPanel* outbox = window()->conversationsView()->outbox();
        auto* table = outbox->findChild<QTableWidget*>(QStringLiteral("outboxTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), subject);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Waiting for a mailbox"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("No mailbox yet — add one in Settings"));
        window()->conversationsView()->tabs()->setCurrentWidget(outbox);
        auto* add = outbox->findChild<QPushButton*>(QStringLiteral("outboxAddMailbox"));
        QTRY_VERIFY(add->isVisible());
        QTimer::singleShot(0, this, [] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<ui::MailAccountDialog*>(top); dialog && dialog->isVisible()) {
                    dialog->reject();
                }
            }
        });
        add->click();
        QCOMPARE(window()->currentView(), MainWindow::View::Settings);
        QTRY_VERIFY(!window()->findChildren<ui::MailAccountDialog*>().isEmpty()
                    || std::any_of(QApplication::topLevelWidgets().cbegin(), QApplication::topLevelWidgets().cend(),
                                   [](QWidget* w) { return qobject_cast<ui::MailAccountDialog*>(w) != nullptr; }));
    }

    // The Inbox agent without a mailbox says so (not "Waiting for work"), and a job that finished
    // reads 100% whatever step it last saved.
    void agentsSayWhatTheyLackAndDoneIsWhole()
    {
        window()->showView(MainWindow::View::Agents);
        models::AgentStatusModel* agents = window()->agentsView()->agentModel();
        auto stateOf = [agents](const char* id) {
            for (int row = 0; row < agents->rowCount(); ++row) {
                if (agents->index(row, 0).data(models::AgentStatusModel::AgentIdRole).toString() == QLatin1String(id)) {
                    return agents->index(row, models::AgentStatusModel::State).data().toString();
                }
            }
            return QStringLiteral("(no such agent)");
        };
        QTRY_COMPARE(stateOf("inbox"), QStringLiteral("No mailbox — add one in Settings"));
        QTRY_COMPARE(stateOf("import"), QStringLiteral("Waiting for work"));

        const QSqlDatabase db = m_harness.workspace().connection();
        models::JobRepository jobs(db);
        models::NewJob job;
        job.kind = QStringLiteral("housekeeping.tidy");
        job.runAt = 4102444800000; // not due: the housekeeping agent leaves it to this test
        const qint64 id = jobs.enqueue(job, Clock::instance().nowMs());
        models::Sql::run(db, QStringLiteral("UPDATE jobs SET state = 'running' WHERE id = :id"), {{":id", id}});
        jobs.setProgress(id, 80, QStringLiteral("Tidying"), Clock::instance().nowMs());
        jobs.succeed(id, {}, Clock::instance().nowMs());
        models::ChangeHub::notify(models::ChangeHub::Jobs);
        models::JobListModel* list = window()->agentsView()->jobModel();
        auto shown = [list, id](int column) {
            for (int row = 0; row < list->rowCount(); ++row) {
                if (list->index(row, 0).data(models::JobListModel::JobIdRole).toLongLong() == id) {
                    return list->index(row, column).data().toString();
                }
            }
            return QStringLiteral("(not listed)");
        };
        QTRY_COMPARE(shown(models::JobListModel::State), QStringLiteral("Done"));
        QCOMPARE(shown(models::JobListModel::Progress), QStringLiteral("100%"));
    }
};

QTEST_MAIN(TestGuiRep)
#include "test_gui_rep.moc"
