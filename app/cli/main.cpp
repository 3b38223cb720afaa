#include "app/AppSettings.h"
#include "app/Application.h"
#include "app/cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    sc::app::Application::setIdentity();
    sc::app::Application::installTranslations(sc::app::AppSettings::effectiveLanguage());
    sc::app::Cli cli;
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    if (code != sc::app::Cli::Pending) {
        return code;
    }
    QObject::connect(&cli, &sc::app::Cli::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    return QCoreApplication::exec();
}
