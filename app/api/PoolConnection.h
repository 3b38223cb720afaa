#pragma once

#include <QSqlDatabase>

namespace sc::models {
class Workspace;
}

namespace sc::app::api {

// The calling pool thread's own connection to the workspace, kept for the thread's life: no lookup
// in Qt's connection registry per request, and closed when the thread ends (a server restarted from
// Settings would otherwise leave its threads' connections open).
namespace PoolConnection {
// Valid until this thread asks again for another workspace.
const QSqlDatabase& of(const models::Workspace& workspace);
} // namespace PoolConnection

} // namespace sc::app::api
