#include "WorkspaceSettings.h"

#include "../repositories/SettingsRepository.h"

#include <QJsonDocument>

namespace sc::models {

namespace {
const SettingKeys::Entry& workspaceEntry(Setting setting)
{
    const SettingKeys::Entry& e = SettingKeys::entry(setting);
    Q_ASSERT_X(e.scope == SettingKeys::Scope::Workspace, "WorkspaceSettings", e.key);
    return e;
}
} // namespace

WorkspaceSettings::WorkspaceSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString WorkspaceSettings::text(Setting setting) const
{
    return SettingsRepository(m_db).value(QLatin1String(workspaceEntry(setting).key),
                                          SettingKeys::defaultValue(setting));
}

bool WorkspaceSettings::flag(Setting setting) const
{
    return text(setting) == QLatin1String("1");
}

int WorkspaceSettings::integer(Setting setting) const
{
    bool ok = false;
    const int value = text(setting).toInt(&ok);
    return ok && value >= workspaceEntry(setting).minimum ? value : SettingKeys::defaultInt(setting);
}

double WorkspaceSettings::number(Setting setting) const
{
    bool ok = false;
    const double value = text(setting).toDouble(&ok);
    return ok && value >= workspaceEntry(setting).minimum ? value : SettingKeys::defaultNumber(setting);
}

QStringList WorkspaceSettings::list(Setting setting) const
{
    return text(setting).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QJsonObject WorkspaceSettings::json(Setting setting) const
{
    return QJsonDocument::fromJson(text(setting).toUtf8()).object();
}

void WorkspaceSettings::setText(Setting setting, const QString& value)
{
    // The column is NOT NULL: an empty field (a null QString) is stored as the empty text it shows.
    SettingsRepository(m_db).setValue(QLatin1String(workspaceEntry(setting).key),
                                      value.isNull() ? QStringLiteral("") : value);
}

void WorkspaceSettings::setFlag(Setting setting, bool value)
{
    setText(setting, value ? QStringLiteral("1") : QStringLiteral("0"));
}

void WorkspaceSettings::setInteger(Setting setting, int value)
{
    setText(setting, QString::number(value));
}

void WorkspaceSettings::setJson(Setting setting, const QJsonObject& value)
{
    setText(setting, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

} // namespace sc::models
