#pragma once

class QApplication;

namespace sc::app {

// Parses the GUI's command line, opens the workspace (a demo one the first time, when asked) and runs
// the window. --screenshot FILE renders the window to a PNG and exits (used to look at the UI in CI).
int runGui(QApplication& app);

} // namespace sc::app
