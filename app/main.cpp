#include "agents/formfiller/FormFiller.h"
#include "app/AppSettings.h"
#include "app/Application.h"
#include "app/DesktopApp.h"
#include "app/GuiOptions.h"

#include <QApplication>

int main(int argc, char** argv)
{
    // Chromium (contact forms) needs its process settings before the application object exists.
    sc::agents::formfiller::FormFiller::prepareProcess();
    QApplication app(argc, argv);
    sc::app::Application::setIdentity();
    return sc::app::runGui(app);
}
