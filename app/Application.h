#pragma once

#include "agents/core/AgentHost.h"
#include "models/Workspace.h"

#include <QString>
#include <memory>

class QCoreApplication;

namespace sc::agents::formfiller {
class FormBrowser;
}

namespace sc::app {

// The composition root shared by the GUI and the CLI: application identity, translations, which
// workspace to open, and which agents exist. Adding an agent means one line in createAgentHost().
class Application
{
public:
    static void setIdentity();
    // Installs the translators for language ("en", "fr") on the running application.
    static void installTranslations(const QString& language);
    // --workspace DIR, else the folder chosen in Settings, else the default location.
    static QString resolveWorkspaceDirectory(const QString& fromCommandLine);
    // browser: where contact-form pages run (the GUI thread); without one, form jobs wait for the app.
    static std::unique_ptr<agents::AgentHost> createAgentHost(const models::Workspace& workspace,
                                                              agents::formfiller::FormBrowser* browser = nullptr);
    // A stable scope for keychain entries of this workspace.
    static QString secretScope(const models::Workspace& workspace);
    // SALES_COPILOT_SECRET_<NAME>: where a machine without a keychain keeps a mailbox's password.
    static QString secretVariable(const QString& accountName);
    static QString versionText();
};

} // namespace sc::app
