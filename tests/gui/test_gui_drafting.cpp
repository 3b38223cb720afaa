// Drafts a model wrote, as a rep meets them: Approvals says which model wrote one, what it cost, the
// documents it drew on, and highlights what to check; Regenerate… writes it again with the rep's
// instruction; Reject… keeps the rep's reason. Settings › AI providers sets a provider up, tests it,
// prices its model and caps the month's spending. The model is a real local server (llm_server.py).
#include "GuiHarness.h"
#include "LlmServer.h"
#include "agents/conversation/ProviderSetup.h"
#include "agents/conversation/drafting/Drafter.h"
#include "agents/conversation/knowledge/KnowledgeBase.h"
#include "models/Clock.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/LlmRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/Sql.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ProviderDialog.h"
#include "ui/views/approvals/ApprovalsView.h"
#include "ui/views/approvals/DraftDetails.h"
#include "ui/views/settings/SettingsView.h"
#include "ui/views/settings/pages/AiProvidersPage.h"
#include "ui/views/settings/pages/KnowledgeBasePage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

using namespace sc;
using Fixture = tests::GuiHarness::Fixture;
using agents::conversation::Drafter;
using models::LlmRepository;
using ui::MainWindow;

namespace {

constexpr Fixture kFixtures[] = {
    {"approvalsShowWhatTheModelUsedAndRegenerate", "approvals-ai", 12},
    {"settingsAddATestedPricedProvider", "settings-ai", 0},
    {"settingsKnowledgeBaseAddSearchRemove", "settings-kb", 0},
};

} // namespace

class TestGuiDrafting : public QObject
{
    Q_OBJECT

    tests::GuiHarness m_harness;
    tests::LlmServer m_server;

    MainWindow* window() const { return m_harness.window(); }
    QSqlDatabase db() const { return m_harness.workspace().connection(); }

    LlmRepository::Provider localProvider(const QString& model) const
    {
        LlmRepository::Provider p;
        p.name = QStringLiteral("local");
        p.kind = QStringLiteral("openai-compatible");
        p.baseUrl = m_server.baseUrl() + QStringLiteral("/v1");
        p.model = model;
        return p;
    }

    // A draft the Drafter wrote with the local model for the first prospect (after `after`) it may write to.
    qint64 draftWithModel(const LlmRepository::Provider& provider, qint64 after = 0)
    {
        const QList<QVariant> candidates = [this, after] {
            QList<QVariant> ids;
            QSqlQuery q = models::Sql::run(db(),
                                           QStringLiteral("SELECT id FROM prospects WHERE id > :a AND email <> '' "
                                                          "AND deleted_at IS NULL ORDER BY id"),
                                           {{":a", after}});
            while (q.next()) {
                ids << q.value(0);
            }
            return ids;
        }();
        Drafter drafter(db());
        agents::conversation::ProviderSetup::equip(drafter, provider, QString());
        for (const QVariant& id : candidates) {
            // A new first email: a prospect with a draft waiting already is skipped by nobody here.
            const Drafter::Outcome out = drafter.draft({.prospectId = id.toLongLong()}, Clock::instance().nowMs());
            if (out.ok() && out.fromModel) {
                return out.draft.id;
            }
        }
        return 0;
    }

    void select(ui::ApprovalsView* view, qint64 draftId)
    {
        auto* list = view->findChild<QListView*>();
        QTRY_VERIFY(view->model()->rowOf(draftId) >= 0);
        list->setCurrentIndex(view->model()->index(view->model()->rowOf(draftId), 0));
        QCOMPARE(view->currentDraftId(), draftId);
    }

    // The background colour of the first place `text` is in the draft's body; invalid when none.
    static QColor highlightOf(QTextBrowser* body, const QString& text)
    {
        const QTextCursor found = body->document()->find(text);
        if (found.isNull()) {
            return {};
        }
        QTextCursor inside(body->document());
        inside.setPosition(found.selectionStart() + 1);
        return inside.charFormat().background().style() == Qt::NoBrush ? QColor()
                                                                       : inside.charFormat().background().color();
    }

private Q_SLOTS:
    void initTestCase()
    {
        tests::GuiHarness::initProcess();
        QVERIFY(m_server.start());
    }

    void init() { QVERIFY2(m_harness.openForCurrentTest(kFixtures), "every test has a row in kFixtures"); }

    void cleanup() { m_harness.close(); }

    void approvalsShowWhatTheModelUsedAndRegenerate()
    {
        // The rep's offer, for the model to quote and for the sources line.
        QTemporaryDir files;
        const QString offer = files.filePath(QStringLiteral("offer.txt"));
        {
            QFile out(offer);
            QVERIFY(out.open(QIODevice::WriteOnly));
            // Drafts look up the prospect's industry: the offer names the demo companies' ones.
            const QString industries = models::Sql::scalar(db(),
                                                           QStringLiteral("SELECT group_concat(DISTINCT "
                                                                          "industry) FROM companies"))
                                           .toString();
            out.write(QStringLiteral("Our route planner cuts delivery planning time by 30% for food distributors. "
                                     "Plans start at 49 euros per month. We work with %1.")
                          .arg(industries)
                          .toUtf8());
        }
        QVERIFY(agents::conversation::KnowledgeBase(db()).addFile(offer, Clock::instance().nowMs()).ok());
        LlmRepository llm(db());
        QString problem;
        const QString first = QStringLiteral("ungrounded#g1");
        QVERIFY2(llm.saveProvider(localProvider(first), Clock::instance().nowMs(), &problem) > 0, qPrintable(problem));
        llm.setActiveProvider(QStringLiteral("local"));
        llm.setPrice({first, 3, 15});
        const qint64 id = draftWithModel(localProvider(first));
        QVERIFY(id > 0);

        window()->showView(MainWindow::View::Approvals);
        ui::ApprovalsView* view = window()->approvalsView();
        select(view, id);
        const models::Draft stored = *models::DraftRepository(db()).find(id);
        QVERIFY(stored.inputTokens > 0 && stored.cost > 0);
        auto* modelLine = view->findChild<QLabel*>(QStringLiteral("draftModel"));
        QVERIFY(modelLine->isVisibleTo(view));
        QVERIFY2(modelLine->text().contains(first) && modelLine->text().contains(QStringLiteral(" in / "))
                     && modelLine->text().contains(QStringLiteral("$0.")),
                 qPrintable(modelLine->text()));
        QCOMPARE(modelLine->text(), QStringLiteral("Written by ") + ui::DraftDetails::modelLine(stored));
        auto* sources = view->findChild<QLabel*>(QStringLiteral("draftSources"));
        QVERIFY2(sources->isVisibleTo(view) && sources->text().contains(QStringLiteral("offer.txt")),
                 qPrintable(sources->text()));
        // The price and the product no document holds: listed, and yellow in the body.
        auto* check = view->findChild<QLabel*>(QStringLiteral("draftCheck"));
        QVERIFY(check->isVisibleTo(view));
        QVERIFY2(check->text().contains(QStringLiteral("Check before approving"))
                     && check->text().contains(QStringLiteral("Rocket Suite")),
                 qPrintable(check->text()));
        auto* body = view->findChild<QTextBrowser*>(QStringLiteral("draftBody"));
        QVERIFY(body->toPlainText().contains(QStringLiteral("Rocket Suite")));
        QVERIFY(highlightOf(body, QStringLiteral("Rocket Suite")).isValid());
        QVERIFY(!highlightOf(body, QStringLiteral("Would a short call")).isValid());

        // Regenerate… with an instruction, by a model that keeps to the documents this time.
        const QString second = QStringLiteral("draft#g2");
        QVERIFY(llm.saveProvider(localProvider(second), Clock::instance().nowMs(), &problem) > 0);
        auto* regenerate = view->findChild<QPushButton*>(QStringLiteral("regenerateButton"));
        QVERIFY(regenerate->isVisibleTo(view) && regenerate->isEnabled());
        regenerate->click();
        QInputDialog* ask = nullptr;
        QTRY_VERIFY((ask = view->findChild<QInputDialog*>(QStringLiteral("regenerateDialog"))) != nullptr);
        ask->setTextValue(QStringLiteral("shorter"));
        ask->accept();
        QVERIFY(view->isRegenerating());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRegenerating(), 15000);
        QCOMPARE(view->currentDraftId(), id);
        const models::Draft fresh = *models::DraftRepository(db()).find(id);
        QCOMPARE(fresh.instruction, QStringLiteral("shorter"));
        QCOMPARE(fresh.model, second);
        QVERIFY(!fresh.body.contains(QStringLiteral("Rocket Suite")));
        QTRY_VERIFY(!body->toPlainText().contains(QStringLiteral("Rocket Suite")));
        QVERIFY(!check->isVisibleTo(view));
        QVERIFY(
            view->findChild<QLabel*>(QStringLiteral("draftInstruction"))->text().contains(QStringLiteral("shorter")));
        const QJsonArray asked = m_server.requests(second);
        QCOMPARE(asked.size(), 1);
        QVERIFY(QJsonDocument(asked.at(0).toObject()).toJson().contains("The rep asks: shorter"));

        // Approved as always: through models::approveDraft.
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
        view->approveCurrent();
        QTRY_COMPARE(models::DraftRepository(db()).find(id)->status, models::Draft::Status::Approved);

        // Another draft, rejected with a reason the rep picks.
        const qint64 other = draftWithModel(localProvider(second), stored.prospectId);
        QVERIFY(other > 0 && other != id);
        select(view, other);
        view->findChild<QPushButton*>(QStringLiteral("rejectButton"))->click();
        QInputDialog* why = nullptr;
        QTRY_VERIFY((why = view->findChild<QInputDialog*>(QStringLiteral("rejectReasonDialog"))) != nullptr);
        why->setTextValue(QStringLiteral("Wrong person"));
        why->accept();
        QTRY_COMPARE(models::DraftRepository(db()).find(other)->status, models::Draft::Status::Rejected);
        QCOMPARE(models::DraftRepository(db()).find(other)->rejectReason, QStringLiteral("Wrong person"));
    }

    void settingsAddATestedPricedProvider()
    {
        window()->showView(MainWindow::View::Settings);
        ui::AiProvidersPage* page = window()->settingsView()->aiProvidersPage();
        QTableWidget* table = page->providerTable();
        QCOMPARE(table->rowCount(), 0);
        page->findChild<QPushButton*>(QStringLiteral("addProviderButton"))->click();
        ui::ProviderDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ui::ProviderDialog*>()) != nullptr);
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("providerKind"));
        auto* baseUrl = dialog->findChild<QLineEdit*>(QStringLiteral("providerBaseUrl"));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("anthropic"));
        QCOMPARE(kind->currentText(), QStringLiteral("Anthropic (Claude)"));
        QVERIFY(baseUrl->text().isEmpty());
        kind->setCurrentIndex(kind->findData(QStringLiteral("openai-compatible")));
        QCOMPARE(baseUrl->text(), QStringLiteral("http://localhost:11434/v1")); // Ollama's, prefilled
        // Saved without a name: the reason stays in the dialog.
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("providerProblem"))->isVisibleTo(dialog));
        dialog->findChild<QLineEdit*>(QStringLiteral("providerName"))->setText(QStringLiteral("Office"));
        baseUrl->setText(m_server.baseUrl() + QStringLiteral("/v1"));
        auto* model = dialog->findChild<QLineEdit*>(QStringLiteral("providerModel"));
        model->setText(QStringLiteral("normal#s1"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(page->findChild<ui::ProviderDialog*>() == nullptr);

        // Listed, and the drafts' model since it is the only one.
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::AiProvidersPage::NameColumn)->text(), QStringLiteral("Office"));
        QCOMPARE(table->item(0, ui::AiProvidersPage::ModelColumn)->text(), QStringLiteral("normal#s1"));
        QCOMPARE(table->item(0, ui::AiProvidersPage::KeyColumn)->text(), QStringLiteral("Not needed"));
        QVERIFY(!table->item(0, ui::AiProvidersPage::DraftsColumn)->text().isEmpty());
        QCOMPARE(LlmRepository(db()).activeProvider()->name, QStringLiteral("Office"));

        // Test: one short request, answered in the rep's words.
        table->selectRow(0);
        page->findChild<QPushButton*>(QStringLiteral("testProviderButton"))->click();
        auto* status = page->findChild<QLabel*>(QStringLiteral("providerStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Answers in")), 15000);
        QVERIFY(status->text().startsWith(QStringLiteral("Office: ")));
        QCOMPARE(m_server.requests(QStringLiteral("normal#s1")).size(), 1);

        // Its model got a price row (at 0): the rep sets it.
        auto* prices = page->findChild<QTableWidget*>(QStringLiteral("modelPrices"));
        int row = -1;
        for (int r = 0; r < prices->rowCount(); ++r) {
            if (prices->item(r, 0)->text() == QLatin1String("normal#s1")) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        prices->item(row, 1)->setData(Qt::EditRole, 0.5);
        prices->item(row, 2)->setData(Qt::EditRole, 1.5);
        const auto price = LlmRepository(db()).price(QStringLiteral("normal#s1"));
        QVERIFY(price);
        QCOMPARE(price->inputPerMTok, 0.5);
        QCOMPARE(price->outputPerMTok, 1.5);

        // The month's budget, and what was spent so far.
        auto* budget = page->findChild<QDoubleSpinBox*>(QStringLiteral("monthlyBudget"));
        budget->setValue(12.5);
        Q_EMIT budget->editingFinished();
        QCOMPARE(models::WorkspaceSettings(db()).number(models::Setting::ConversationMonthlyBudget), 12.5);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("spentThisMonth"))
                    ->text()
                    .startsWith(QStringLiteral("Spent this month: ")));

        // A second provider, made the drafts' model with "Use for drafts".
        page->findChild<QPushButton*>(QStringLiteral("addProviderButton"))->click();
        QTRY_VERIFY((dialog = page->findChild<ui::ProviderDialog*>()) != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("providerName"))->setText(QStringLiteral("Claude"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(page->findChild<ui::ProviderDialog*>() == nullptr);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(LlmRepository(db()).activeProvider()->name, QStringLiteral("Office"));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, ui::AiProvidersPage::NameColumn)->text() == QLatin1String("Claude")) {
                table->selectRow(r);
                QCOMPARE(table->item(r, ui::AiProvidersPage::ModelColumn)->text(), QStringLiteral("claude-sonnet-4-5"));
            }
        }
        page->findChild<QPushButton*>(QStringLiteral("useProviderButton"))->click();
        QCOMPARE(LlmRepository(db()).activeProvider()->name, QStringLiteral("Claude"));
    }

    void settingsKnowledgeBaseAddSearchRemove()
    {
        window()->showView(MainWindow::View::Settings);
        ui::KnowledgeBasePage* page = window()->settingsView()->knowledgeBasePage();
        QTableWidget* table = page->documentTable();
        auto* status = page->findChild<QLabel*>(QStringLiteral("knowledgeStatus"));
        QVERIFY(!table->isVisibleTo(page));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("knowledgeBaseEmpty"))->isVisibleTo(page));

        // Added off the GUI thread (the button calls addFiles after its file dialog): a busy line, then
        // the result, a file it cannot read refused by name and the others added.
        QSignalSpy added(page, &ui::KnowledgeBasePage::filesAdded);
        const QString missing = m_harness.folder(QStringLiteral("price-list.pdf"));
        page->addFiles({QStringLiteral(SC_SOURCE_DIR "/tests/data/kb/docs/sla.md"),
                        QStringLiteral(SC_SOURCE_DIR "/tests/data/docx/offer.docx"), missing});
        QVERIFY(page->isAdding());
        QVERIFY2(status->text().startsWith(QStringLiteral("Adding 3 documents")), qPrintable(status->text()));
        QVERIFY(added.wait(15000));
        QVERIFY(!page->isAdding());
        QVERIFY2(status->text().startsWith(QStringLiteral("2 added, 1 refused: price-list.pdf")),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(missing)); // the file name, not the whole path
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->isVisibleTo(page));
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("knowledgeBaseEmpty"))->isVisibleTo(page));
        int slaRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString name = table->item(r, ui::KnowledgeBasePage::NameColumn)->text();
            const QString kind = table->item(r, ui::KnowledgeBasePage::KindColumn)->text();
            if (name == QLatin1String("sla.md")) {
                slaRow = r;
                QCOMPARE(kind, QStringLiteral("Markdown"));
            } else {
                QCOMPARE(name, QStringLiteral("offer.docx"));
                QCOMPARE(kind, QStringLiteral("Word"));
            }
            QVERIFY(table->item(r, ui::KnowledgeBasePage::PassagesColumn)->text().toInt() > 0);
            QVERIFY(!table->item(r, ui::KnowledgeBasePage::AddedColumn)->text().isEmpty());
        }
        QVERIFY(slaRow >= 0);
        QCOMPARE(models::KnowledgeBaseRepository(db()).list().size(), 2);

        // The same file again: refused, said so.
        page->addFiles({QStringLiteral(SC_SOURCE_DIR "/tests/data/kb/docs/sla.md")});
        QVERIFY(added.wait(15000));
        QVERIFY2(status->text().contains(QStringLiteral("already in the knowledge base")), qPrintable(status->text()));
        QCOMPARE(table->rowCount(), 2);

        // Try a question: the passage drafts would find, under its document.
        auto* question = page->findChild<QLineEdit*>(QStringLiteral("knowledgeQuestion"));
        auto* results = page->findChild<QLabel*>(QStringLiteral("knowledgeResults"));
        question->setText(QStringLiteral("incident response time priority 1"));
        page->findChild<QPushButton*>(QStringLiteral("knowledgeSearchButton"))->click();
        QVERIFY(results->isVisibleTo(page));
        QVERIFY2(results->text().contains(QStringLiteral("<b>sla.md</b>"))
                     && results->text().contains(QStringLiteral("within 1 hour")),
                 qPrintable(results->text()));
        question->setText(QStringLiteral("49 euros per month"));
        Q_EMIT question->returnPressed();
        QVERIFY2(results->text().contains(QStringLiteral("offer.docx")), qPrintable(results->text()));

        // Remove, once the rep confirms; Cancel first keeps it.
        auto* remove = page->findChild<QPushButton*>(QStringLiteral("removeKnowledgeButton"));
        table->selectRow(slaRow);
        QVERIFY(remove->isEnabled());
        remove->click();
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY((confirm = page->findChild<QMessageBox*>(QStringLiteral("removeKnowledgeConfirm"))) != nullptr);
        QVERIFY(confirm->text().contains(QStringLiteral("sla.md")));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(page->findChild<QMessageBox*>(QStringLiteral("removeKnowledgeConfirm")) == nullptr);
        QCOMPARE(table->rowCount(), 2);
        table->selectRow(slaRow);
        remove->click();
        QTRY_VERIFY((confirm = page->findChild<QMessageBox*>(QStringLiteral("removeKnowledgeConfirm"))) != nullptr);
        confirm->findChild<QPushButton*>(QStringLiteral("confirmRemoveKnowledgeButton"))->click();
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::KnowledgeBasePage::NameColumn)->text(), QStringLiteral("offer.docx"));
        QCOMPARE(models::KnowledgeBaseRepository(db()).list().size(), 1);
        QCOMPARE(status->text(), QStringLiteral("sla.md removed."));
        question->setText(QStringLiteral("incident response time priority 1"));
        Q_EMIT question->returnPressed();
        QVERIFY(!results->text().contains(QStringLiteral("sla.md")));
    }
};

QTEST_MAIN(TestGuiDrafting)
#include "test_gui_drafting.moc"
