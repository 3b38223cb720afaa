#pragma once

#include "app/DesktopApp.h"
#include "models/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

namespace sc::tests {

// One GUI test's app: a fresh workspace (with `prospects` demo prospects, 0 for an empty one), the
// French translation installed before the window is built when asked, and the whole DesktopApp
// (window, tray, agents), closed in the right order by close().
class GuiHarness
{
public:
    struct Fixture
    {
        const char* test;
        const char* folder;
        int prospects;
        bool french = false;
    };

    // Test paths, identity and the English plural forms, as the app installs them: once per process.
    static void initProcess();

    bool open(const Fixture& fixture);
    // The row of `table` named after the running test function, opened; false when there is none
    // (every test has a row) or the app did not come up.
    template<qsizetype N> bool openForCurrentTest(const Fixture (&table)[N])
    {
        for (const Fixture& fixture : table) {
            if (qstrcmp(fixture.test, QTest::currentTestFunction()) == 0) {
                return open(fixture);
            }
        }
        return false;
    }
    void close();
    app::DesktopApp& app() const { return *m_app; }
    ui::MainWindow* window() const { return m_app->window(); }
    models::Workspace& workspace() const { return *m_workspace; }
    QString folder(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<app::DesktopApp> m_app;
    std::unique_ptr<QTranslator> m_french;
};

} // namespace sc::tests
