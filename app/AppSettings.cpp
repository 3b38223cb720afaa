#include "AppSettings.h"

#include <QLocale>
#include <QSettings>

namespace sc::app {

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::workspaceDirectory()
{
    return QSettings().value(QStringLiteral("workspace/directory")).toString();
}

void AppSettings::setWorkspaceDirectory(const QString& directory)
{
    QSettings().setValue(QStringLiteral("workspace/directory"), directory);
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
