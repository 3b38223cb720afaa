#pragma once

#include <QString>

namespace sc::app {

// Per-user preferences that are not workspace data and not secrets (QSettings): the UI language and
// which workspace folder to open.
class AppSettings
{
public:
    // "system" (follow the OS), "en" or "fr".
    static QString language();
    static void setLanguage(const QString& language);
    static QString workspaceDirectory(); // empty: the default workspace
    static void setWorkspaceDirectory(const QString& directory);
    // The language actually used: the setting, or the system's when it is French, else English.
    static QString effectiveLanguage();
};

} // namespace sc::app
