#include "SettingsRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"

namespace sc::models {

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    const QVariant v = Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"), {{":k", key}});
    return v.isValid() ? v.toString() : fallback;
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    // ON CONFLICT ... DO UPDATE is understood by both SQLite and PostgreSQL.
    Sql::run(m_db,
             QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = "
                            "excluded.value"),
             {{":k", key}, {":v", value}});
    ChangeHub::notify(ChangeHub::Settings);
}

} // namespace sc::models
