#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// Workspace-level settings (name, caps, rules). Never a secret: those go to the SecretStore.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);
    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
