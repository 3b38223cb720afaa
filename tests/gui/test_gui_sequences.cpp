// The Sequences view, offscreen: a sequence made in the editor appears with its live counts, enrollments move
// them, a prospect or the whole sequence pauses and resumes, and an invalid edit says why and saves nothing;
// an A/B step's declared winner goes to the rest once the rep confirms; Best send times… opens the heat map.
#include "GuiHarness.h"
#include "SequenceResults.h"
#include "models/Clock.h"
#include "models/repositories/SequenceRepository.h"
#include "models/store/Sql.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/SendTimesDialog.h"
#include "ui/views/sequences/SequenceDetails.h"
#include "ui/views/sequences/SequenceEditorDialog.h"
#include "ui/views/sequences/SequenceStepEditor.h"
#include "ui/views/sequences/SequencesView.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/SendTimeHeatmap.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sc;
using Fixture = tests::GuiHarness::Fixture;
using ui::MainWindow;
using ui::SequenceDetails;
using ui::SequencesView;

namespace {

constexpr Fixture kFixtures[] = {
    {"emptyStateLeadsToTheEditor", "seq-empty", 0},
    {"shortcutsKeepTheirViews", "seq-keys", 0},
    {"editorCreatesASequenceWhoseCountsFollow", "seq-create", 40},
    {"invalidEditShowsTheErrorAndSavesNothing", "seq-invalid", 5},
    {"abVerdictNamesAWinnerOnlyWhenTheTestDoes", "seq-verdict", 0},
    {"winnerGoesToTheRestOnceTheRepConfirms", "seq-winner", 0},
    {"bestSendTimesOpensTheHeatmap", "seq-send-times", 0},
    {"walkThroughInEnglish", "seq-walk-en", 200},
    {"walkThroughInFrench", "seq-walk-fr", 200, true},
};

QByteArray storedJson(const models::Workspace& workspace, const QString& name)
{
    const auto stored = models::SequenceRepository(workspace.connection()).find(name);
    return stored ? QJsonDocument(stored->definition.toJson()).toJson(QJsonDocument::Compact) : QByteArray();
}

} // namespace

class TestGuiSequences : public QObject
{
    Q_OBJECT

    tests::GuiHarness m_harness;

    MainWindow* window() const { return m_harness.window(); }
    SequencesView* view() const { return window()->sequencesView(); }

    // The list's row of `name`, column `column`; empty when there is no such row.
    QString cell(const QString& name, int column) const
    {
        const QTreeWidget* list = view()->sequenceList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(SequencesView::NameColumn) == name) {
                return list->topLevelItem(i)->text(column);
            }
        }
        return {};
    }

    ui::SequenceEditorDialog* openedEditor() const
    {
        ui::SequenceEditorDialog* editor = view()->editor();
        return editor != nullptr && editor->isVisible() ? editor : nullptr;
    }

    // Every widget of `widgets` is as wide as it asks to be, inside the window, and a wrapped label as tall as
    // its text needs.
    void checkFits(const QList<QWidget*>& widgets, const QString& where)
    {
        for (QWidget* w : widgets) {
            QVERIFY2(w->isVisible(), qPrintable(where + w->objectName()));
            const QString name
                = QStringLiteral("%1 %2 \"%3\"").arg(where, w->objectName(), w->property("text").toString());
            if (auto* label = qobject_cast<QLabel*>(w); label && label->wordWrap()) {
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(name));
            } else {
                QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(name));
            }
            const QPoint right = w->mapTo(w->window(), QPoint(w->width(), w->height()));
            QVERIFY2(right.x() <= w->window()->width() && right.y() <= w->window()->height(), qPrintable(name));
        }
    }

    void walkThrough(const QString& language)
    {
        const QString dir = qEnvironmentVariable("SC_WALKTHROUGH_DIR");
        auto shoot = [&](QWidget* widget, const QString& name) {
            QApplication::processEvents();
            const QImage image = widget->grab().toImage();
            QVERIFY2(!image.isNull() && image.width() > 100, qPrintable(name));
            if (!dir.isEmpty()) {
                QVERIFY(image.save(QStringLiteral("%1/%2-sequences-%3.png").arg(dir, language, name)));
            }
        };
        const QString name = QStringLiteral("Outbound Q1 — Heads of Operations in mid-sized logistics companies "
                                            "(France & Benelux), second wave");
        QString error;
        auto definition = models::SequenceDefinition::fromJson(
            QJsonDocument::fromJson(R"({"name": "-", "timezone": "Europe/Paris", "holidays": ["2027-01-01"],
                "stop_company_on_reply": true, "steps": [
                {"channel": "email", "variants": [{"name": "A", "weight": 50, "subject": "Quick question", "body": "Hi"},
                                                  {"name": "B", "weight": 50, "subject": "Late deliveries", "body": "Hello"}]},
                {"channel": "wait", "business_days": 3}, {"channel": "email", "template": "follow_up"},
                {"channel": "email", "ai": {"instruction": "mention their new office"}},
                {"channel": "task", "kind": "linkedin", "title": "Visit {{first_name}} {{last_name}} of {{company}} on LinkedIn"},
                {"channel": "form"}]})")
                .object(),
            &error);
        QVERIFY2(definition, qPrintable(error));
        definition->name = name;
        models::SequenceRepository sequences(m_harness.workspace().connection());
        const qint64 now = Clock::instance().nowMs();
        const qint64 id = sequences.create(*definition, QStringLiteral("test"), now);
        QList<qint64> ids;
        QSqlQuery q = models::Sql::run(m_harness.workspace().connection(),
                                       QStringLiteral("SELECT id FROM prospects WHERE email IS NOT NULL ORDER BY id "
                                                      "LIMIT 30"));
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
        }
        q.finish();
        sequences.enroll(ids, id, QStringLiteral("test"), now, true);
        sequences.setProspectPaused(id, ids.at(0), true, QStringLiteral("test"), now);

        window()->showView(MainWindow::View::Sequences);
        QTRY_VERIFY(view()->isVisible());
        QVERIFY(view()->selectSequence(name));
        QCOMPARE(view()->currentSequenceId(), id);
        SequenceDetails* details = view()->details();
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)}) {
            window()->resize(size);
            details->tabs()->setCurrentIndex(0);
            QTest::qWait(50);
            const QString where = QStringLiteral("%1 %2px:").arg(language).arg(size.width());
            checkFits(QList<QWidget*> {view()->newButton(), view()->sendTimesButton(), details->pauseButton(),
                                       details->duplicateButton(), details->editButton(),
                                       details->findChild<QLabel*>(QStringLiteral("sequenceTitle")),
                                       details->findChild<QLabel*>(QStringLiteral("sequenceSchedule"))},
                      where);
            shoot(window(), QStringLiteral("steps-%1").arg(size.width()));
            details->tabs()->setCurrentIndex(1);
            details->prospectTable()->selectRow(0);
            QTest::qWait(50);
            checkFits({details->prospectPauseButton()}, where);
            shoot(window(), QStringLiteral("prospects-%1").arg(size.width()));
        }
        ui::SequenceEditorDialog* editor = view()->editCurrent();
        QTRY_VERIFY(openedEditor() == editor);
        QTest::qWait(50);
        checkFits(QList<QWidget*> {editor->saveButton(), editor->nameField(), editor->perDayBox(), editor->dayBox(6)},
                  language + QStringLiteral(" editor:"));
        shoot(editor, QStringLiteral("editor-schedule"));
        editor->findChild<QTabWidget*>(QStringLiteral("sequenceEditorTabs"))->setCurrentIndex(1);
        editor->stepList()->setCurrentRow(0);
        QTest::qWait(50);
        shoot(editor, QStringLiteral("editor-email"));
        editor->stepList()->setCurrentRow(4);
        QTest::qWait(50);
        checkFits({editor->stepEditor()->taskTitleField()}, language + QStringLiteral(" editor:"));
        shoot(editor, QStringLiteral("editor-task"));
        editor->reject();
    }

private Q_SLOTS:
    void initTestCase() { tests::GuiHarness::initProcess(); }

    void init() { QVERIFY2(m_harness.openForCurrentTest(kFixtures), "every test has a row in kFixtures"); }

    void cleanup() { m_harness.close(); }

    void emptyStateLeadsToTheEditor()
    {
        window()->showView(MainWindow::View::Sequences);
        QTRY_VERIFY(view()->isVisible());
        QVERIFY(view()->isShowingEmptyState());
        const auto* empty = view()->findChild<ui::EmptyState*>();
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No sequence yet"));
        for (const QLabel* label : empty->findChildren<QLabel*>()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
        auto* start = view()->findChild<QPushButton*>(QStringLiteral("firstSequenceButton"));
        QVERIFY(start && start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(openedEditor() != nullptr);
        openedEditor()->reject();
        QTRY_VERIFY(view()->editor() == nullptr); // deleted on close
        QVERIFY(view()->isShowingEmptyState());
    }

    void shortcutsKeepTheirViews()
    {
        const struct
        {
            Qt::Key key;
            MainWindow::View view;
        } keys[] = {{Qt::Key_1, MainWindow::View::Prospects}, {Qt::Key_2, MainWindow::View::Approvals},
                    {Qt::Key_3, MainWindow::View::Agents},    {Qt::Key_4, MainWindow::View::Conversations},
                    {Qt::Key_5, MainWindow::View::Templates}, {Qt::Key_6, MainWindow::View::Sequences}};
        for (const auto& k : keys) {
            QTest::keyClick(window(), k.key, Qt::ControlModifier);
            QCOMPARE(window()->currentView(), k.view);
        }
        QTRY_VERIFY(view()->isVisible());
    }

    void editorCreatesASequenceWhoseCountsFollow()
    {
        window()->showView(MainWindow::View::Sequences);
        QTRY_VERIFY(view()->isVisible());
        const int demo = view()->sequenceList()->topLevelItemCount(); // the demo workspace comes with some
        QTest::mouseClick(view()->newButton(), Qt::LeftButton);
        ui::SequenceEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = openedEditor()) != nullptr);

        editor->nameField()->clear();
        QTest::keyClicks(editor->nameField(), QStringLiteral("Outbound Q1"));
        editor->timeZoneBox()->setEditText(QStringLiteral("Europe/Paris"));
        editor->perDayBox()->setValue(30);
        // Step 1: an A/B email.
        editor->addStep(QStringLiteral("email"));
        ui::SequenceStepEditor* step = editor->stepEditor();
        QCOMPARE(step->versionTabs()->count(), 1);
        QTest::keyClicks(step->versionSubject(0), QStringLiteral("Hello {{first_name}}"));
        QTest::keyClicks(step->versionBody(0), QStringLiteral("A short note."));
        step->addVersion();
        QCOMPARE(step->versionName(1)->text(), QStringLiteral("B"));
        QTest::keyClicks(step->versionSubject(1), QStringLiteral("A question for {{company}}"));
        QTest::keyClicks(step->versionBody(1), QStringLiteral("A longer note."));
        step->approvalBox()->setCurrentIndex(1); // sent automatically
        // Step 2: wait 3 business days; step 3: a call.
        editor->addStep(QStringLiteral("wait"));
        editor->stepEditor()->waitDaysBox()->setValue(3);
        editor->addStep(QStringLiteral("task"));
        QCOMPARE(editor->stepList()->count(), 3);
        QVERIFY(editor->stepList()->item(0)->text().startsWith(QStringLiteral("1. Email: A/B test of A, B")));
        // "days" once the English plural forms are in translations/sales-copilot_en.ts
        QVERIFY(editor->stepList()->item(1)->text().startsWith(QStringLiteral("2. Wait 3 business day")));
        // Reordered and back: the list follows the steps.
        editor->moveCurrentStep(-1);
        QVERIFY(editor->stepList()->item(1)->text().startsWith(QStringLiteral("2. Call: Call {{first_name}}")));
        editor->moveCurrentStep(1);
        QVERIFY(editor->stepList()->item(2)->text().startsWith(QStringLiteral("3. Call: Call {{first_name}}")));
        // A form step added and removed again.
        editor->addStep(QStringLiteral("form"));
        QCOMPARE(editor->stepList()->count(), 4);
        editor->removeCurrentStep();
        QCOMPARE(editor->stepList()->count(), 3);

        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(view()->editor() == nullptr);
        QVERIFY(!view()->isShowingEmptyState());
        QCOMPARE(view()->sequenceList()->topLevelItemCount(), demo + 1);
        QCOMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::StepsColumn), QStringLiteral("3"));
        QCOMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::EnrolledColumn), QStringLiteral("0"));
        QCOMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::StateColumn), QStringLiteral("Running"));

        // What was stored is the file the editor wrote.
        models::SequenceRepository sequences(m_harness.workspace().connection());
        const auto stored = sequences.find(QStringLiteral("Outbound Q1"));
        QVERIFY(stored);
        QCOMPARE(view()->currentSequenceId(), stored->id);
        const models::SequenceDefinition& d = stored->definition;
        QCOMPARE(d.timezone, QStringLiteral("Europe/Paris"));
        QCOMPARE(d.perDay, 30);
        QCOMPARE(d.steps.size(), 3);
        QCOMPARE(d.steps.at(0).variants.size(), 2);
        QCOMPARE(d.steps.at(0).variants.at(1).subject, QStringLiteral("A question for {{company}}"));
        QVERIFY(!d.steps.at(0).approval);
        QCOMPARE(d.steps.at(1).businessDays, 3);
        QCOMPARE(d.steps.at(2).taskKind, QStringLiteral("call"));
        QCOMPARE(d.steps.at(2).title, QStringLiteral("Call {{first_name}}"));

        // The A/B step shows both versions and no winner yet.
        const QTreeWidget* results = view()->details()->resultsTree();
        QCOMPARE(results->topLevelItemCount(), 3);
        const QTreeWidgetItem* ab = results->topLevelItem(0);
        QCOMPARE(ab->childCount(), 3);
        QCOMPARE(ab->child(0)->text(SequenceDetails::StepColumn), QStringLiteral("Version A"));
        QCOMPARE(ab->child(1)->text(SequenceDetails::SentColumn), QStringLiteral("0"));
        QVERIFY2(ab->child(2)
                     ->text(SequenceDetails::StepColumn)
                     .startsWith(QStringLiteral("No winner yet: needs 100 sends per version at 95% confidence")),
                 qPrintable(ab->child(2)->text(SequenceDetails::StepColumn)));

        // Enrolled through the repository: the counts follow without a click.
        QList<qint64> ids;
        QSqlQuery q = models::Sql::run(m_harness.workspace().connection(),
                                       QStringLiteral("SELECT id FROM prospects WHERE email IS NOT NULL AND "
                                                      "deleted_at IS NULL ORDER BY id LIMIT 12"));
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
        }
        q.finish();
        QCOMPARE(ids.size(), 12);
        const auto enrolled
            = sequences.enroll(ids, stored->id, QStringLiteral("test"), Clock::instance().nowMs(), true).enrolled;
        QVERIFY(enrolled > 0);
        const QString count = QString::number(enrolled);
        QTRY_COMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::EnrolledColumn), count);
        QCOMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::RunningColumn), count);
        QCOMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::PausedColumn), QStringLiteral("0"));
        QTableWidget* table = view()->details()->prospectTable();
        QCOMPARE(table->rowCount(), enrolled);
        QCOMPARE(view()->details()->tabs()->tabText(1), QStringLiteral("Prospects (%1)").arg(enrolled));

        // One prospect paused and resumed.
        view()->details()->tabs()->setCurrentIndex(1);
        QPushButton* pauseProspect = view()->details()->prospectPauseButton();
        QVERIFY(!pauseProspect->isEnabled()); // nobody selected
        table->selectRow(0);
        const qint64 prospect = view()->details()->selectedProspect();
        QVERIFY(prospect > 0);
        QCOMPARE(pauseProspect->text(), QStringLiteral("Pause prospect"));
        QTest::mouseClick(pauseProspect, Qt::LeftButton);
        QTRY_COMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::PausedColumn), QStringLiteral("1"));
        QCOMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::RunningColumn), QString::number(enrolled - 1));
        QCOMPARE(view()->details()->selectedProspect(), prospect); // the rep stays on them
        const int row = table->selectedItems().first()->row();
        QCOMPARE(table->item(row, SequenceDetails::StateColumn)->text(), QStringLiteral("Paused"));
        QCOMPARE(pauseProspect->text(), QStringLiteral("Resume prospect"));
        QCOMPARE(sequences.forProspect(prospect).first().status, QStringLiteral("paused"));
        QTest::mouseClick(pauseProspect, Qt::LeftButton);
        QTRY_COMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::PausedColumn), QStringLiteral("0"));
        QCOMPARE(sequences.forProspect(prospect).first().status, QStringLiteral("active"));

        // The whole sequence paused and resumed.
        QPushButton* pause = view()->details()->pauseButton();
        QCOMPARE(pause->text(), QStringLiteral("Pause sequence"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::StateColumn), QStringLiteral("Paused"));
        QVERIFY(!sequences.find(stored->id)->active);
        QCOMPARE(view()->details()->pauseButton()->text(), QStringLiteral("Resume sequence"));
        QTest::mouseClick(view()->details()->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::StateColumn), QStringLiteral("Running"));
        QVERIFY(sequences.find(stored->id)->active);

        // Edit… opens what is stored; Duplicate saves a copy under a free name.
        QTest::mouseClick(view()->details()->editButton(), Qt::LeftButton);
        QTRY_VERIFY((editor = openedEditor()) != nullptr);
        QCOMPARE(editor->nameField()->text(), QStringLiteral("Outbound Q1"));
        QCOMPARE(editor->stepList()->count(), 3);
        QString problem;
        const auto reread = models::SequenceDefinition::fromJson(editor->json(), &problem);
        QVERIFY2(reread, qPrintable(problem));
        QCOMPARE(reread->toJson(), d.toJson()); // the editor writes back what it read
        editor->reject();
        QTRY_VERIFY(view()->editor() == nullptr);
        QTest::mouseClick(view()->details()->duplicateButton(), Qt::LeftButton);
        QTRY_VERIFY((editor = openedEditor()) != nullptr);
        QCOMPARE(editor->nameField()->text(), QStringLiteral("Outbound Q1 (copy)"));
        QVERIFY(editor->save());
        QTRY_COMPARE(view()->sequenceList()->topLevelItemCount(), demo + 2);
        QCOMPARE(cell(QStringLiteral("Outbound Q1 (copy)"), SequencesView::EnrolledColumn), QStringLiteral("0"));
        QCOMPARE(cell(QStringLiteral("Outbound Q1"), SequencesView::EnrolledColumn), count);
        QCOMPARE(storedJson(m_harness.workspace(), QStringLiteral("Outbound Q1 (copy)")).size(),
                 storedJson(m_harness.workspace(), QStringLiteral("Outbound Q1")).size() + 7);
    }

    void invalidEditShowsTheErrorAndSavesNothing()
    {
        QString error;
        const auto definition = models::SequenceDefinition::fromJson(
            QJsonDocument::fromJson(R"({"name": "Follow-ups", "timezone": "Europe/Paris",
                "steps": [{"channel": "email", "template": "follow_up"}, {"channel": "wait", "business_days": 2},
                          {"channel": "task", "kind": "linkedin", "title": "Visit {{first_name}}"}],
                "x_owner": "kept"})")
                .object(),
            &error);
        QVERIFY2(definition, qPrintable(error));
        models::SequenceRepository(m_harness.workspace().connection())
            .create(*definition, QStringLiteral("test"), Clock::instance().nowMs());
        const QByteArray before = storedJson(m_harness.workspace(), QStringLiteral("Follow-ups"));
        const qsizetype stored = models::SequenceRepository(m_harness.workspace().connection()).list().size();
        QVERIFY(before.contains("x_owner"));
        window()->showView(MainWindow::View::Sequences);
        QTRY_COMPARE(view()->sequenceList()->topLevelItemCount(), int(stored));
        QVERIFY(view()->selectSequence(QStringLiteral("Follow-ups")));

        QTest::mouseClick(view()->details()->editButton(), Qt::LeftButton);
        ui::SequenceEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = openedEditor()) != nullptr);
        QVERIFY(editor->json().contains(QStringLiteral("x_owner"))); // a field the app does not know stays
        QCOMPARE(editor->stepEditor()->templateBox()->currentData().toString(), QStringLiteral("follow_up"));

        // A task without a title: said in plain words, on the step, and nothing stored.
        editor->stepList()->setCurrentRow(2);
        editor->stepEditor()->taskTitleField()->clear();
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QCOMPARE(editor->errorText(), QStringLiteral("Step 3: the task needs a title."));
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->stepList()->currentRow(), 2);
        QCOMPARE(storedJson(m_harness.workspace(), QStringLiteral("Follow-ups")), before);
        QTest::keyClicks(editor->stepEditor()->taskTitleField(), QStringLiteral("Visit {{first_name}}"));

        // A wait of no days, then a time zone that does not exist, then no name.
        editor->stepList()->setCurrentRow(1);
        editor->stepEditor()->waitDaysBox()->setValue(0);
        QVERIFY(!editor->save());
        QCOMPARE(editor->errorText(), QStringLiteral("Step 2: a wait lasts at least 1 business day."));
        editor->stepEditor()->waitDaysBox()->setValue(2);
        editor->timeZoneBox()->setEditText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!editor->save());
        QVERIFY2(editor->errorText().startsWith(QStringLiteral("“Mars/Olympus” is not a time zone")),
                 qPrintable(editor->errorText()));
        editor->timeZoneBox()->setEditText(QStringLiteral("Europe/Paris"));
        editor->nameField()->clear();
        QVERIFY(!editor->save());
        QCOMPARE(editor->errorText(), QStringLiteral("Give the sequence a name."));
        QCOMPARE(storedJson(m_harness.workspace(), QStringLiteral("Follow-ups")), before);
        editor->reject();
        QTRY_VERIFY(view()->editor() == nullptr);

        // A new sequence with a taken name, then with nothing but a wait: nothing stored either.
        editor = view()->newSequence();
        QTRY_VERIFY(openedEditor() == editor);
        editor->nameField()->setText(QStringLiteral("follow-ups"));
        editor->addStep(QStringLiteral("wait"));
        QVERIFY(!editor->save());
        QCOMPARE(editor->errorText(),
                 QStringLiteral("Add at least one step that does something: an email, a task or a contact form."));
        editor->addStep(QStringLiteral("form"));
        QVERIFY(!editor->save());
        QVERIFY2(editor->errorText().contains(QStringLiteral("already exists")), qPrintable(editor->errorText()));
        editor->reject();
        QTRY_VERIFY(view()->editor() == nullptr);
        QCOMPARE(models::SequenceRepository(m_harness.workspace().connection()).list().size(), stored);
        QCOMPARE(view()->sequenceList()->topLevelItemCount(), int(stored));
    }

    void abVerdictNamesAWinnerOnlyWhenTheTestDoes()
    {
        using agents::decision::AbTest;
        const QList<AbTest::Arm> few {{QStringLiteral("A"), 1, 40, 4}, {QStringLiteral("B"), 1, 38, 9}};
        QVERIFY(SequenceDetails::verdictText(AbTest::verdict(few), few)
                    .startsWith(QStringLiteral("No winner yet: needs 100 sends per version at 95% confidence")));
        const QList<AbTest::Arm> many {{QStringLiteral("A"), 1, 200, 10}, {QStringLiteral("B"), 1, 200, 40}};
        const AbTest::Verdict clear = AbTest::verdict(many);
        QCOMPARE(clear.winner, 1);
        QVERIFY2(SequenceDetails::verdictText(clear, many).startsWith(QStringLiteral("Winner: version B (p = ")),
                 qPrintable(SequenceDetails::verdictText(clear, many)));
        const QList<AbTest::Arm> close {{QStringLiteral("A"), 1, 150, 15}, {QStringLiteral("B"), 1, 150, 16}};
        QVERIFY(SequenceDetails::verdictText(AbTest::verdict(close), close)
                    .startsWith(QStringLiteral("No winner yet: the difference is not significant")));
    }

    void winnerGoesToTheRestOnceTheRepConfirms()
    {
        QString error;
        const auto definition
            = models::SequenceDefinition::fromJson(QJsonDocument::fromJson(R"({"name": "Outbound Q1", "steps": [
                {"channel": "email", "variants": [{"name": "A", "weight": 50, "subject": "Hi", "body": "Hi"},
                                                  {"name": "B", "weight": 50, "subject": "Hello", "body": "Hello"}]},
                {"channel": "wait", "business_days": 3},
                {"channel": "email", "variants": [{"name": "A", "weight": 50, "subject": "Re: Hi", "body": "Again"},
                                                  {"name": "B", "weight": 50, "subject": "Re: Hello", "body": "Again"}]}]})")
                                                       .object(),
                                                   &error);
        QVERIFY2(definition, qPrintable(error));
        const QSqlDatabase db = m_harness.workspace().connection();
        models::SequenceRepository sequences(db);
        const qint64 id = sequences.create(*definition, QStringLiteral("test"), Clock::instance().nowMs());
        // Step 1: B answers 20% against A's 5%, 200 sends each; step 3: too few sends to call.
        tests::fakeStepResults(db, id, 0, {{QStringLiteral("A"), 200, 10}, {QStringLiteral("B"), 200, 40}},
                               Clock::instance().nowMs());
        tests::fakeStepResults(db, id, 2, {{QStringLiteral("A"), 30, 1}, {QStringLiteral("B"), 30, 9}},
                               Clock::instance().nowMs());
        window()->showView(MainWindow::View::Sequences);
        QTRY_VERIFY(view()->isVisible());
        QVERIFY(view()->selectSequence(QStringLiteral("Outbound Q1")));
        SequenceDetails* details = view()->details();
        const auto weights = [&sequences, id](int step) {
            QList<int> list;
            for (const models::SequenceVariant& v : sequences.find(id)->definition.steps.at(step).variants) {
                list.append(v.weight);
            }
            return list;
        };

        // Only the step with a winner offers it.
        QVERIFY(details->sendWinnerButton(2) == nullptr);
        QPushButton* send = details->sendWinnerButton(0);
        QVERIFY(send);
        QTRY_VERIFY(send->isVisible());
        QCOMPARE(send->text(), QStringLiteral("Send version B to the rest"));
        QVERIFY(send->width() >= send->sizeHint().width());
        const QTreeWidgetItem* ab = details->resultsTree()->topLevelItem(0);
        QVERIFY2(ab->child(2)->text(SequenceDetails::StepColumn).startsWith(QStringLiteral("Winner: version B")),
                 qPrintable(ab->child(2)->text(SequenceDetails::StepColumn)));

        // Asked first: cancelled, nothing changes.
        QTest::mouseClick(send, Qt::LeftButton);
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY((confirm = view()->findChild<QMessageBox*>(QStringLiteral("sendWinnerConfirm"))) != nullptr);
        QCOMPARE(confirm->text(), QStringLiteral("Everyone who has not reached step 1 yet gets version B."));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(view()->findChild<QMessageBox*>(QStringLiteral("sendWinnerConfirm")) == nullptr);
        QCOMPARE(weights(0), QList<int>({50, 50}));

        // Confirmed: A goes to weight 0, B keeps its own, the other test goes on; the step says so.
        QTest::mouseClick(details->sendWinnerButton(0), Qt::LeftButton);
        QTRY_VERIFY((confirm = view()->findChild<QMessageBox*>(QStringLiteral("sendWinnerConfirm"))) != nullptr);
        auto* accept = confirm->findChild<QPushButton*>(QStringLiteral("confirmSendWinnerButton"));
        QVERIFY(accept);
        accept->click();
        QTRY_COMPARE(weights(0), QList<int>({0, 50}));
        QCOMPARE(weights(2), QList<int>({50, 50}));
        QTRY_VERIFY(details->sendWinnerButton(0) == nullptr);
        ab = details->resultsTree()->topLevelItem(0);
        QCOMPARE(ab->childCount(), 4); // A, B, the verdict, what it sends
        QCOMPARE(ab->child(3)->text(SequenceDetails::StepColumn),
                 QStringLiteral("Sending version B to everyone from now on"));
        QVERIFY(details->resultsTree()->topLevelItem(2)->childCount() == 3); // no line, no button
        QCOMPARE(models::Sql::scalar(db,
                                     QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                                    "'sequences.send_winner'"))
                     .toString(),
                 QStringLiteral("rep"));
    }

    void bestSendTimesOpensTheHeatmap()
    {
        window()->showView(MainWindow::View::Sequences);
        QTRY_VERIFY(view()->isVisible());
        const auto opened = [] {
            QList<ui::SendTimesDialog*> list;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<ui::SendTimesDialog*>(w); dialog && dialog->isVisible()) {
                    list.append(dialog);
                }
            }
            return list;
        };
        QPushButton* button = view()->sendTimesButton();
        QVERIFY(button && button->isVisible()); // in the header, also with no sequence yet
        QCOMPARE(button->text(), QStringLiteral("Best send times…"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(opened().size(), 1);
        ui::SendTimesDialog* dialog = opened().first();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Fewer than 50 replies: no pattern, and what happens meanwhile, in words.
        QVERIFY(!dialog->heatmap()->hasPattern());
        QVERIFY2(dialog->summary().contains(QStringLiteral("(0 of 50 so far)"))
                     && dialog->summary().endsWith(
                         QStringLiteral("Until then, steps run at the first moment inside business hours.")),
                 qPrintable(dialog->summary()));
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("sendTimesSummary"));
        QVERIFY(summary && summary->height() >= summary->heightForWidth(summary->width()));
        if (const QString dir = qEnvironmentVariable("SC_WALKTHROUGH_DIR"); !dir.isEmpty()) {
            QVERIFY(dialog->grab().toImage().save(dir + QStringLiteral("/en-sequences-send-times.png")));
        }
        // Pressed again: the same dialog comes forward.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(opened().size(), 1);
        QCOMPARE(view()->showSendTimes(), dialog);
        dialog->close();
        QTRY_VERIFY(opened().isEmpty());
    }

    void walkThroughInEnglish() { walkThrough(QStringLiteral("en")); }

    void walkThroughInFrench() { walkThrough(QStringLiteral("fr")); }
};

QTEST_MAIN(TestGuiSequences)
#include "test_gui_sequences.moc"
