#pragma once

#include "SettingKeys.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace sc::models {

// Typed reads and writes of the workspace's settings (SettingsRepository), with keys and defaults from
// the one table in SettingKeys: an unset setting, or one that is not a number where a number is due,
// reads as its default.
class WorkspaceSettings
{
public:
    explicit WorkspaceSettings(QSqlDatabase db);

    // The stored text (even empty), else the default.
    QString text(Setting setting) const;
    bool flag(Setting setting) const;
    // A stored whole number at or above the table's minimum, else the default.
    int integer(Setting setting) const;
    double number(Setting setting) const;
    // Comma-separated, empty parts dropped.
    QStringList list(Setting setting) const;
    // The stored JSON object, or an empty one.
    QJsonObject json(Setting setting) const;

    void setText(Setting setting, const QString& value);
    void setFlag(Setting setting, bool value);
    void setInteger(Setting setting, int value);
    void setJson(Setting setting, const QJsonObject& value);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
