#include "agents/formfiller/FormFiller.h"
#include "app/AppSettings.h"
#include "app/Application.h"
#include "app/cli/Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    // Filling forms runs Chromium: it needs a QApplication prepared before it exists (offscreen
    // without a display, no sandbox as root, host rules from --connect-to). Other commands stay light.
    std::unique_ptr<QCoreApplication> app;
    if (sc::app::Cli::needsWebEngine(arguments)) {
        QStringList connectTo;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            if (arguments.at(i) == QLatin1String("--connect-to") && i + 1 < arguments.size()) {
                connectTo << arguments.at(i + 1);
            } else if (arguments.at(i).startsWith(QLatin1String("--connect-to="))) {
                connectTo << arguments.at(i).mid(13);
            }
        }
        sc::agents::formfiller::FormFiller::prepareProcess(connectTo);
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    sc::app::Application::setIdentity();
    sc::app::Application::installTranslations(sc::app::AppSettings::effectiveLanguage());
    sc::app::Cli cli;
    // Connected before run(): a command may finish inside it (a secret from the environment answers at
    // once, then the server fails to listen), before the event loop runs; the exit waits for the loop.
    QObject::connect(&cli, &sc::app::Cli::finished, app.get(), [](int exitCode) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    });
    const int code = cli.run(arguments);
    if (code != sc::app::Cli::Pending) {
        return code;
    }
    return QCoreApplication::exec();
}
