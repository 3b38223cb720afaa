#include "Workspace.h"

#include "settings/WorkspaceSettings.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sc::models {

QString Workspace::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspaces/default");
}

Workspace Workspace::open(const QString& directory)
{
    Workspace ws;
    ws.m_directory = QDir::cleanPath(QDir(directory).absolutePath());
    if (!QDir().mkpath(ws.m_directory)) {
        throw StoreError(QCoreApplication::translate("sc::models::Workspace", "Cannot create the workspace folder %1.")
                             .arg(QDir::toNativeSeparators(ws.m_directory)));
    }
    ws.m_databasePath = ws.m_directory + QLatin1Char('/') + QLatin1String(DatabaseFileName);
    ws.m_created = !QFileInfo::exists(ws.m_databasePath);
    const QSqlDatabase db = ws.connection();
    Migrator(Migrator::load()).migrate(db);
    return ws;
}

QString Workspace::name() const
{
    const QString stored = WorkspaceSettings(connection()).text(Setting::WorkspaceName);
    return stored.isEmpty() ? QFileInfo(m_directory).fileName() : stored;
}

void Workspace::setName(const QString& name) const
{
    WorkspaceSettings(connection()).setText(Setting::WorkspaceName, name.trimmed());
}

QSqlDatabase Workspace::connection() const
{
    return Database::connection(m_databasePath);
}

void Workspace::releaseConnection() const
{
    Database::release(m_databasePath);
}

} // namespace sc::models
