#include "AppSettings.h"

#include "models/settings/SettingKeys.h"

#include <QLocale>
#include <QSettings>

namespace sc::app {

QString AppSettings::language()
{
    return QSettings()
        .value(models::SettingKeys::key(models::Setting::UiLanguage),
               models::SettingKeys::defaultValue(models::Setting::UiLanguage))
        .toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(models::SettingKeys::key(models::Setting::UiLanguage), language);
}

QString AppSettings::workspaceDirectory()
{
    return QSettings()
        .value(models::SettingKeys::key(models::Setting::WorkspaceDirectory),
               models::SettingKeys::defaultValue(models::Setting::WorkspaceDirectory))
        .toString();
}

void AppSettings::setWorkspaceDirectory(const QString& directory)
{
    QSettings().setValue(models::SettingKeys::key(models::Setting::WorkspaceDirectory), directory);
}

QString AppSettings::effectiveLanguage()
{
    const QString chosen = language();
    if (chosen == QLatin1String("en") || chosen == QLatin1String("fr")) {
        return chosen;
    }
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace sc::app
