#include "PoolConnection.h"

#include "models/Workspace.h"

#include <optional>

namespace sc::app::api::PoolConnection {

namespace {

struct ThreadConnection
{
    std::optional<models::Workspace> workspace;
    QSqlDatabase db;
    ~ThreadConnection()
    {
        if (workspace) {
            db = QSqlDatabase();
            workspace->releaseConnection();
        }
    }
};

} // namespace

const QSqlDatabase& of(const models::Workspace& workspace)
{
    thread_local ThreadConnection held;
    if (!held.workspace || held.workspace->databasePath() != workspace.databasePath() || !held.db.isOpen()) {
        held.db = workspace.connection();
        held.workspace = workspace;
    }
    return held.db;
}

} // namespace sc::app::api::PoolConnection
