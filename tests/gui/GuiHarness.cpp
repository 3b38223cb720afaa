#include "GuiHarness.h"

#include "app/Application.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace sc::tests {

void GuiHarness::initProcess()
{
    QStandardPaths::setTestModeEnabled(true);
    // The app's own settings (column widths, the details shown) in a folder of this run, never the
    // developer's, and never carried from one run to the next.
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    app::Application::setIdentity();
    app::Application::installTranslations(QStringLiteral("en"));
}

bool GuiHarness::open(const Fixture& fixture)
{
    if (fixture.french) {
        m_french = std::make_unique<QTranslator>();
        if (!m_french->load(QStringLiteral(":/i18n/sales-copilot_fr.qm")) || m_french->isEmpty()) {
            return false;
        }
        QCoreApplication::installTranslator(m_french.get());
    }
    m_workspace
        = std::make_unique<models::Workspace>(models::Workspace::open(m_dir.filePath(QLatin1String(fixture.folder))));
    if (fixture.prospects > 0) {
        models::DemoGenerator::Options options;
        options.prospects = fixture.prospects;
        models::DemoGenerator::generate(m_workspace->connection(), options, Clock::instance().nowMs());
    }
    m_app = std::make_unique<app::DesktopApp>(*m_workspace, QStringLiteral("system"));
    m_app->start();
    return QTest::qWaitForWindowExposed(window());
}

void GuiHarness::close()
{
    m_app.reset(); // stops the agents before the workspace's connection goes
    if (m_workspace) {
        m_workspace->releaseConnection();
        m_workspace.reset();
    }
    if (m_french) {
        QCoreApplication::removeTranslator(m_french.get());
        m_french.reset();
    }
    qunsetenv("SALES_COPILOT_SECRET_API_SIGNING_KEY");
}

} // namespace sc::tests
