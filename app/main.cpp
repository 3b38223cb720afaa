#include "app/AppSettings.h"
#include "app/Application.h"
#include "app/DesktopApp.h"
#include "app/GuiOptions.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    sc::app::Application::setIdentity();
    return sc::app::runGui(app);
}
