#include "GuiOptions.h"

#include "AppSettings.h"
#include "Application.h"
#include "DesktopApp.h"
#include "models/Clock.h"
#include "models/demo/DemoGenerator.h"
#include "models/store/StoreError.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QMetaEnum>
#include <QScrollArea>
#include <QTimer>

namespace sc::app {

int runGui(QApplication& app)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sales-copilot.svg")));
    QApplication::setDesktopFileName(QStringLiteral("sales-copilot"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sales Copilot"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace folder to open."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("demo-if-new"), QStringLiteral("Fill a new workspace with demo data.")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Interface language for this run (en, fr)."),
                      QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("screenshot"), QStringLiteral("Save the window as PNG and quit."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("show"), QStringLiteral("Scroll the view to the widget with this object name."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("Window size for this run, e.g. 1024x768."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("view"),
                      QStringLiteral("View to show: Prospects, Approvals, Agents, Conversations, Templates, Settings."),
                      QStringLiteral("NAME")});
    parser.process(app);

    const QString language = parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language"))
                                                                      : AppSettings::effectiveLanguage();
    Application::installTranslations(language);

    std::unique_ptr<models::Workspace> workspace;
    try {
        workspace = std::make_unique<models::Workspace>(
            models::Workspace::open(Application::resolveWorkspaceDirectory(parser.value(QStringLiteral("workspace")))));
        if (workspace->isNew() && parser.isSet(QStringLiteral("demo-if-new"))) {
            models::DemoGenerator::generate(workspace->connection(), {}, Clock::instance().nowMs());
        }
    } catch (const models::StoreError& error) {
        // Nothing else runs yet, so a modal box here cannot re-enter anything.
        QMessageBox::critical(nullptr, QObject::tr("Sales Copilot"),
                              QObject::tr("The workspace could not be opened.\n\n%1").arg(error.message()));
        return 1;
    }

    DesktopApp desktop(*workspace, AppSettings::language());
    QObject::connect(&app, &QApplication::aboutToQuit, &desktop, [&desktop] { desktop.shutdown(); });
    desktop.start();
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0) {
            desktop.window()->resize(parts.at(0).toInt(), parts.at(1).toInt());
        }
    }
    if (parser.isSet(QStringLiteral("view"))) {
        bool ok = false;
        const int view = QMetaEnum::fromType<ui::MainWindow::View>().keyToValue(
            parser.value(QStringLiteral("view")).toLatin1().constData(), &ok);
        if (ok) {
            desktop.window()->showView(static_cast<ui::MainWindow::View>(view));
        }
    }
    if (parser.isSet(QStringLiteral("show"))) {
        const QString name = parser.value(QStringLiteral("show"));
        QTimer::singleShot(500, &app, [&desktop, name] {
            if (QWidget* target = desktop.window()->findChild<QWidget*>(name)) {
                for (QWidget* w = target->parentWidget(); w != nullptr; w = w->parentWidget()) {
                    if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                        scroll->ensureWidgetVisible(target, 0, 0);
                        break;
                    }
                }
            }
        });
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(1500, &app, [&desktop, file] {
            const bool saved = desktop.window()->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    const int code = QApplication::exec();
    desktop.shutdown();
    workspace->releaseConnection();
    return code;
}

} // namespace sc::app
