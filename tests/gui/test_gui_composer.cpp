// The composer's AI and the drafting entry points, offscreen against a local model server
// (tests/support/llm_server.py): Write with AI streams into the body and fills the subject, Stop keeps
// what arrived, Rewrite › Shorter can be undone, no provider disables Rewrite; Draft emails… queues one
// job for the selection; Draft a reply on an interested thread makes a reply draft linked to the message.
#include "GuiHarness.h"
#include "LlmServer.h"
#include "TemplateFixture.h"
#include "agents/conversation/ConversationAgent.h"
#include "models/ChangeHub.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/LlmRepository.h"
#include "models/store/Sql.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AiComposer.h"
#include "ui/dialogs/ComposeDialog.h"
#include "ui/dialogs/DraftEmailsDialog.h"
#include "ui/services/DraftService.h"
#include "ui/views/conversations/ConversationsView.h"
#include "ui/views/conversations/ReplyDraftBar.h"
#include "ui/views/prospects/ProspectsView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sc;
using Fixture = tests::GuiHarness::Fixture;
namespace Sql = sc::models::Sql;

namespace {

constexpr Fixture kFixtures[] = {
    {"writeWithAiStreamsIntoTheBodyAndSetsTheSubject", "write", 0},
    {"stopKeepsWhatArrived", "stop", 0},
    {"rewriteShorterCanBeUndone", "rewrite", 0},
    {"withoutAProviderRewriteIsOffAndWriteUsesTheTemplate", "no-provider", 0},
    {"draftEmailsQueuesOneJobForTheSelection", "draft-emails", 20},
    {"draftAReplyOnAnInterestedThread", "reply", 0},
    {"screenshotsInEnglish", "shots-en", 0},
    {"screenshotsInFrench", "shots-fr", 0, true},
};

const QString HarborAddress = QStringLiteral("avery@harbor-foods.example");

} // namespace

class TestGuiComposer : public QObject
{
    Q_OBJECT

    tests::GuiHarness m_harness;
    tests::LlmServer m_server;
    int m_serial = 0;
    qint64 m_prospect = 0;

    ui::MainWindow* window() const { return m_harness.window(); }
    ui::DraftService* service() const { return m_harness.app().draftService(); }

    // A mailbox, Avery Quinn at Harbor Foods and, unless scenario is null, the local server as the AI
    // provider answering with that scenario.
    void prepare(const char* scenario)
    {
        const QSqlDatabase db = m_harness.workspace().connection();
        tests::addMailbox(db, QStringLiteral("Robin Vale"));
        m_prospect = tests::addHarborProspect(db);
        if (scenario == nullptr) {
            return;
        }
        models::LlmRepository::Provider p;
        p.name = QStringLiteral("local");
        p.kind = QStringLiteral("openai-compatible");
        p.baseUrl = m_server.baseUrl() + QStringLiteral("/v1");
        p.model = QStringLiteral("%1#g%2").arg(QLatin1String(scenario)).arg(++m_serial);
        QString problem;
        QVERIFY2(models::LlmRepository(db).saveProvider(p, 1, &problem) > 0, qPrintable(problem));
        models::LlmRepository(db).setActiveProvider(p.name);
    }

    ui::ComposeDialog* openComposer(const QString& body = {})
    {
        models::OutboxMessage m;
        m.toAddress = HarborAddress;
        m.text = body;
        auto* dialog = new ui::ComposeDialog(m_harness.workspace(), m, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setDraftService(service());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog)) {
            return nullptr;
        }
        return dialog;
    }

    // A thread with one inbound message from Avery, classified as category; the message's id.
    qint64 addReply(const QString& category)
    {
        const QSqlDatabase db = m_harness.workspace().connection();
        Sql::run(db,
                 QStringLiteral("INSERT INTO threads (account_id, prospect_id, subject, last_message_at, "
                                "classification, created_at) VALUES (1, :p, 'Re: A question', 2000, :c, 1)"),
                 {{":p", m_prospect}, {":c", category}});
        const qint64 thread = Sql::scalar(db, QStringLiteral("SELECT max(id) FROM threads")).toLongLong();
        Sql::run(db,
                 QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, message_id, from_address, "
                                "subject, body_text, sent_at, classification, classification_confidence, language, "
                                "created_at) VALUES (:t, 1, 'inbound', :mid, :from, 'Re: A question', :text, 2000, "
                                ":c, 0.9, 'en', 2)"),
                 {{":t", thread},
                  {":mid", QStringLiteral("m%1@harbor-foods.example").arg(thread)},
                  {":from", HarborAddress},
                  {":text", QStringLiteral("Sounds interesting. What does it cost for 12 drivers?")},
                  {":c", category}});
        models::ChangeHub::notify(models::ChangeHub::Prospects); // the view lists threads again
        return Sql::scalar(db, QStringLiteral("SELECT max(id) FROM messages")).toLongLong();
    }

    void saveShot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
        }
    }

    // Every button of the row shows its whole text.
    static void buttonsFit(const QWidget* widget)
    {
        for (const QAbstractButton* b : widget->findChildren<QAbstractButton*>()) {
            if (b->isVisible() && !b->text().isEmpty()) {
                QVERIFY2(b->width() >= b->sizeHint().width() - 1, qPrintable(b->text()));
            }
        }
    }

    void screenshots(const QString& language);

private Q_SLOTS:
    void initTestCase()
    {
        tests::GuiHarness::initProcess();
        QVERIFY(m_server.start());
    }

    void init() { QVERIFY(m_harness.openForCurrentTest(kFixtures)); }
    void cleanup() { m_harness.close(); }

    void writeWithAiStreamsIntoTheBodyAndSetsTheSubject()
    {
        prepare("draft");
        ui::ComposeDialog* dialog = openComposer();
        QVERIFY(dialog);
        ui::AiComposer* ai = dialog->aiComposer();
        QVERIFY(ai->writeButton()->isEnabled());
        QVERIFY(ai->rewriteButton()->isEnabled());
        // What the body holds after each delta: it grows while the model writes.
        QStringList seen;
        connect(service(), &ui::DraftService::delta, dialog,
                [&seen, dialog] { seen << dialog->bodyField()->toPlainText(); });
        QTest::mouseClick(ai->writeButton(), Qt::LeftButton);
        QVERIFY(ai->isStreaming());
        QVERIFY(ai->writingIndicator()->isVisible());
        QVERIFY(dialog->bodyField()->isReadOnly());
        QVERIFY(!ai->writeButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!ai->isStreaming(), 15000);
        QVERIFY2(ai->statusLine()->text().isEmpty(), qPrintable(ai->statusLine()->text()));
        // Harbor Foods is in France: the model writes in French, "Objet : …" first.
        QCOMPARE(dialog->subjectField()->text(), QStringLiteral("Une question pour Harbor Foods"));
        const QString body = dialog->bodyField()->toPlainText();
        QVERIFY2(body.startsWith(QStringLiteral("Bonjour Avery")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("Objet")));
        QVERIFY(seen.size() >= 2);
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                             [&body](const QString& s) { return !s.isEmpty() && s.size() < body.size(); }),
                 qPrintable(seen.join(QStringLiteral(" | "))));
        QVERIFY(!dialog->bodyField()->isReadOnly());
        QVERIFY(!ai->writingIndicator()->isVisible());
        QVERIFY(ai->undoButton()->isVisible());
        // Write with AI stores nothing: the email is the rep's until sent.
        QCOMPARE(models::DraftRepository(m_harness.workspace().connection()).pendingCount(), 0);
        dialog->close();
    }

    void stopKeepsWhatArrived()
    {
        prepare("trickle");
        ui::ComposeDialog* dialog = openComposer();
        QVERIFY(dialog);
        ui::AiComposer* ai = dialog->aiComposer();
        QSignalSpy done(service(), &ui::DraftService::drafted);
        QTest::mouseClick(ai->writeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->bodyField()->toPlainText().contains(QStringLiteral("token 2")), 10000);
        QVERIFY(ai->stopButton()->isVisible());
        QTest::mouseClick(ai->stopButton(), Qt::LeftButton);
        QVERIFY(!ai->isStreaming());
        QVERIFY(!dialog->bodyField()->isReadOnly());
        const QString kept = dialog->bodyField()->toPlainText();
        QVERIFY(kept.contains(QStringLiteral("token 0")));
        QVERIFY(!kept.contains(QStringLiteral("token 49")));
        // The cancelled request ends; nothing it still said reaches the body.
        QVERIFY(done.wait(15000));
        QTest::qWait(50);
        QCOMPARE(dialog->bodyField()->toPlainText(), kept);
        QVERIFY(ai->statusLine()->text().contains(QStringLiteral("kept")));
        QVERIFY(ai->undoButton()->isVisible());
        QTest::mouseClick(ai->undoButton(), Qt::LeftButton);
        QCOMPARE(dialog->bodyField()->toPlainText(), QString());
        dialog->close();
    }

    void rewriteShorterCanBeUndone()
    {
        prepare("draft");
        const QString original = QStringLiteral(
            "Hi Avery,\n\nI wanted to reach out about our route planner, which cuts the time your team spends "
            "planning deliveries every single morning by a lot.\n\nWould you have a few minutes next week?");
        ui::ComposeDialog* dialog = openComposer(original);
        QVERIFY(dialog);
        dialog->subjectField()->setText(QStringLiteral("Route planning"));
        ui::AiComposer* ai = dialog->aiComposer();
        QAction* shorter = ai->rewriteMenu()->findChild<QAction*>(QStringLiteral("rewriteShorter"));
        QVERIFY(shorter);
        shorter->trigger();
        QVERIFY(ai->isStreaming());
        QVERIFY(dialog->bodyField()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!ai->isStreaming(), 15000);
        QVERIFY2(ai->statusLine()->text().isEmpty(), qPrintable(ai->statusLine()->text()));
        QVERIFY(dialog->bodyField()->toPlainText() != original);
        QVERIFY(dialog->bodyField()->toPlainText().contains(QStringLiteral("Would a short call")));
        // The server's rewrite of the prompt it was sent: the rep's text, not a quote.
        const QJsonArray sent = m_server.requests();
        QVERIFY(!sent.isEmpty());
        QVERIFY(QJsonDocument(sent.last().toObject()).toJson().contains("route planner"));
        QVERIFY(ai->undoButton()->isVisible());
        QCOMPARE(ai->undoButton()->text(), QStringLiteral("Undo rewrite"));
        QTest::mouseClick(ai->undoButton(), Qt::LeftButton);
        QCOMPARE(dialog->bodyField()->toPlainText(), original);
        QCOMPARE(dialog->subjectField()->text(), QStringLiteral("Route planning"));
        QVERIFY(!ai->undoButton()->isVisible());
        dialog->close();
    }

    void withoutAProviderRewriteIsOffAndWriteUsesTheTemplate()
    {
        prepare(nullptr);
        ui::ComposeDialog* dialog = openComposer(QStringLiteral("My own words."));
        QVERIFY(dialog);
        ui::AiComposer* ai = dialog->aiComposer();
        QVERIFY(!ai->rewriteButton()->isEnabled());
        QCOMPARE(ai->rewriteButton()->toolTip(), QStringLiteral("Add an AI provider in Settings"));
        QVERIFY(ai->writeButton()->isEnabled());
        QTest::mouseClick(ai->writeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ai->isStreaming(), 15000);
        QVERIFY(!dialog->subjectField()->text().isEmpty());
        const QString body = dialog->bodyField()->toPlainText();
        QVERIFY2(body.contains(QStringLiteral("Avery")), qPrintable(body));
        QVERIFY2(body.endsWith(QStringLiteral("My own words.")), qPrintable(body)); // the rep's text stays
        QVERIFY2(ai->statusLine()->text().contains(QStringLiteral("template")), qPrintable(ai->statusLine()->text()));
        // A recipient who is no prospect: nothing to write from.
        dialog->toField()->setText(QStringLiteral("someone@elsewhere.example"));
        QVERIFY(!ai->writeButton()->isEnabled());
        dialog->close();
    }

    void draftEmailsQueuesOneJobForTheSelection()
    {
        window()->showView(ui::MainWindow::View::Prospects);
        ui::ProspectsView* view = window()->prospectsView();
        auto* table = view->findChild<QTableView*>();
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() >= 3);
        table->selectionModel()->clearSelection();
        for (int row = 0; row < 3; ++row) {
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const QList<qint64> selected = view->selectedProspectIds();
        QCOMPARE(selected.size(), 3);
        ui::DraftEmailsDialog* dialog = view->draftEmailsForSelection();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->templateBox()->itemData(0).toString(), QString());
        QCOMPARE(dialog->templateBox()->itemText(0), QStringLiteral("Default for the prospect's language"));
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("follow_up")));
        QVERIFY(dialog->templateBox()->count() >= 2); // the shipped follow-ups
        dialog->templateBox()->setCurrentIndex(1);
        const QString chosen = dialog->templateBox()->currentData().toString();
        dialog->instructionField()->setText(QStringLiteral("mention the webinar"));
        // (The English plural forms come with the translations the lead updates.)
        QVERIFY(dialog->queueButton()->text().startsWith(QStringLiteral("Draft 3 email")));
        QPointer<ui::DraftEmailsDialog> alive(dialog);
        QTest::mouseClick(dialog->queueButton(), Qt::LeftButton);
        QTRY_VERIFY(!alive || !alive->isVisible());

        models::JobRepository::Filter filter;
        filter.kinds = {QString::fromLatin1(agents::conversation::ConversationAgent::DraftKind)};
        const QList<models::Job> jobs = models::JobRepository(m_harness.workspace().connection()).list(filter);
        QCOMPARE(jobs.size(), 1);
        const QJsonObject payload = jobs.first().payload;
        QList<qint64> queued;
        for (const QJsonValue& v : payload.value(QStringLiteral("prospects")).toArray()) {
            queued << v.toInteger();
        }
        QCOMPARE(queued, selected);
        QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("follow_up"));
        QCOMPARE(payload.value(QStringLiteral("template")).toString(), chosen);
        QCOMPARE(payload.value(QStringLiteral("instruction")).toString(), QStringLiteral("mention the webinar"));
        bool said = false;
        for (const QLabel* label : view->findChildren<QLabel*>()) {
            said = said || (label->isVisible() && label->text().startsWith(QStringLiteral("Drafting 3 email")));
        }
        QVERIFY(said);
    }

    void draftAReplyOnAnInterestedThread()
    {
        prepare("draft");
        const qint64 unsubscribed = addReply(QStringLiteral("unsubscribe"));
        const qint64 message = addReply(QStringLiteral("interested"));
        window()->showView(ui::MainWindow::View::Conversations);
        ui::ConversationsView* view = window()->conversationsView();
        QTRY_COMPARE(view->threadList()->count(), 2);
        // Newest first: both threads have the same time, the interested one has the larger id.
        view->threadList()->setCurrentRow(0);
        QVERIFY(view->draftReplyButton()->isEnabled());
        QTest::mouseClick(view->draftReplyButton(), Qt::LeftButton);
        QVERIFY(view->replyDraftBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->replyDraftBar()->openApprovalsButton()->isVisible(), 15000);
        QVERIFY2(view->replyDraftBar()->message()->text().contains(QStringLiteral("drafted: see Approvals")),
                 qPrintable(view->replyDraftBar()->message()->text()));
        models::DraftRepository drafts(m_harness.workspace().connection());
        QVERIFY(drafts.hasDraftReplyingTo(message));
        QVERIFY(!drafts.hasDraftReplyingTo(unsubscribed));
        window()->resize(1024, 768);
        buttonsFit(view->replyDraftBar());
        saveShot(window(), QStringLiteral("reply-drafted-en.png"));
        QTest::mouseClick(view->replyDraftBar()->openApprovalsButton(), Qt::LeftButton);
        QCOMPARE(window()->currentView(), ui::MainWindow::View::Approvals);

        // An unsubscribe is never answered: said in the rep's words, nothing drafted.
        window()->showView(ui::MainWindow::View::Conversations);
        view->threadList()->setCurrentRow(1);
        QVERIFY(!view->replyDraftBar()->isVisible());
        QTest::mouseClick(view->draftReplyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->replyDraftBar()->message()->text().startsWith(QStringLiteral("Drafting")),
                                 15000);
        QVERIFY2(view->replyDraftBar()->message()->text().contains(QStringLiteral("never answered")),
                 qPrintable(view->replyDraftBar()->message()->text()));
        QVERIFY(!view->replyDraftBar()->openApprovalsButton()->isVisible());
        QVERIFY(!drafts.hasDraftReplyingTo(unsubscribed));
        saveShot(window(), QStringLiteral("reply-refused-en.png"));
    }

    void screenshotsInEnglish() { screenshots(QStringLiteral("en")); }
    void screenshotsInFrench() { screenshots(QStringLiteral("fr")); }
};

void TestGuiComposer::screenshots(const QString& language)
{
    prepare("trickle");
    // The composer while the model writes.
    ui::ComposeDialog* dialog = openComposer();
    QVERIFY(dialog);
    ui::AiComposer* ai = dialog->aiComposer();
    QTest::mouseClick(ai->writeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->bodyField()->toPlainText().contains(QStringLiteral("token 4")), 10000);
    buttonsFit(dialog);
    QVERIFY(ai->writingIndicator()->isVisible());
    saveShot(dialog, QStringLiteral("composer-streaming-%1.png").arg(language));
    ai->stop();
    buttonsFit(dialog);
    saveShot(dialog, QStringLiteral("composer-stopped-%1.png").arg(language));
    dialog->close();

    // Draft emails… on the one prospect.
    auto* drafts = new ui::DraftEmailsDialog(m_harness.workspace(), {m_prospect}, window());
    drafts->setAttribute(Qt::WA_DeleteOnClose);
    drafts->show();
    QVERIFY(QTest::qWaitForWindowExposed(drafts));
    buttonsFit(drafts);
    for (const QComboBox* box : drafts->findChildren<QComboBox*>()) {
        QVERIFY2(box->width() >= box->minimumSizeHint().width(), qPrintable(box->currentText()));
    }
    saveShot(drafts, QStringLiteral("draft-emails-%1.png").arg(language));
    drafts->close();
}

QTEST_MAIN(TestGuiComposer)
#include "test_gui_composer.moc"
