#include "agents/formfiller/FormFiller.h"
#include "app/AppSettings.h"
#include "app/Application.h"
#include "app/cli/Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>
#include <vector>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    // Filling forms runs Chromium: it needs a QApplication prepared before it exists (offscreen
    // without a display, no sandbox as root, host rules on its command line). Other commands stay
    // light.
    std::vector<QByteArray> storage;
    std::vector<char*> engineArgv;
    int engineArgc = 0;
    std::unique_ptr<QCoreApplication> app;
    if (sc::app::Cli::needsWebEngine(arguments)) {
        QStringList connectTo;
        for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
            if (arguments.at(i) == QLatin1String("--connect-to")) {
                connectTo << arguments.at(i + 1);
            } else if (arguments.at(i).startsWith(QLatin1String("--connect-to="))) {
                connectTo << arguments.at(i).mid(13);
            }
        }
        if (!arguments.isEmpty() && arguments.last().startsWith(QLatin1String("--connect-to="))) {
            connectTo << arguments.last().mid(13);
        }
        const QByteArrayList extra = sc::agents::formfiller::FormFiller::prepareProcess(connectTo);
        for (int i = 0; i < argc; ++i) {
            storage.emplace_back(argv[i]);
        }
        for (const QByteArray& e : extra) {
            storage.push_back(e);
        }
        for (QByteArray& s : storage) {
            engineArgv.push_back(s.data());
        }
        engineArgv.push_back(nullptr);
        engineArgc = int(storage.size());
        app = std::make_unique<QApplication>(engineArgc, engineArgv.data());
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    sc::app::Application::setIdentity();
    sc::app::Application::installTranslations(sc::app::AppSettings::effectiveLanguage());
    sc::app::Cli cli;
    const int code = cli.run(arguments);
    if (code != sc::app::Cli::Pending) {
        return code;
    }
    QObject::connect(&cli, &sc::app::Cli::finished, app.get(), [](int exitCode) { QCoreApplication::exit(exitCode); });
    return QCoreApplication::exec();
}
