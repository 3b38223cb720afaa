#include "ChangeWatcher.h"

#include <sqlite3.h>

namespace sc::models {

ChangeWatcher::ChangeWatcher(const QString& databasePath)
{
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
            == SQLITE_OK
        && sqlite3_busy_timeout(m_db, 5000) == SQLITE_OK
        && sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &m_version, nullptr) == SQLITE_OK) {
        return;
    }
    sqlite3_finalize(m_version);
    m_version = nullptr; // check() then always reports a change: never a stale answer
}

ChangeWatcher::~ChangeWatcher()
{
    sqlite3_finalize(m_version);
    sqlite3_close_v2(m_db);
}

void ChangeWatcher::check(const std::function<void()>& onChange)
{
    const std::lock_guard lock(m_mutex);
    long long now = -1;
    if (m_version && sqlite3_step(m_version) == SQLITE_ROW) {
        now = sqlite3_column_int64(m_version, 0);
    }
    if (m_version) {
        sqlite3_reset(m_version);
    }
    if (now < 0 || now != m_lastSeen) {
        m_lastSeen = now;
        onChange();
    }
}

} // namespace sc::models
