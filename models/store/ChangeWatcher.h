#pragma once

#include <QString>
#include <functional>
#include <mutex>

struct sqlite3;
struct sqlite3_stmt;

namespace sc::models {

// Whether anything was committed to a database file since the last look, by any connection of any
// process: SQLite's data_version on a connection of its own that never writes, so the answer means
// the same whichever thread asks. Threads with connections of their own ask it only when their own
// connection's data_version moved; one change then runs onChange once, not once per thread.
class ChangeWatcher
{
public:
    explicit ChangeWatcher(const QString& databasePath);
    ~ChangeWatcher();
    ChangeWatcher(const ChangeWatcher&) = delete;
    ChangeWatcher& operator=(const ChangeWatcher&) = delete;

    // Runs onChange (under the watcher's lock, so no other thread is told "no change" before it has
    // run) when something was committed since the last call, or when the watcher cannot tell.
    void check(const std::function<void()>& onChange);

private:
    std::mutex m_mutex;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_version = nullptr;
    long long m_lastSeen = -1;
};

} // namespace sc::models
