#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace sc::models {

// Per-thread SQLite connections. One thread owns one connection, named after the file and the
// thread, so a repository always uses the connection of the thread it runs on.
class Database
{
public:
    // This thread's connection to the SQLite file at path (":memory:" allowed), opened on first use
    // with WAL, foreign keys, a busy timeout and synchronous=NORMAL. Throws StoreError.
    static QSqlDatabase connection(const QString& path);
    // Closes and removes this thread's connection to path, if any. Call it from the owning thread,
    // after every query on it has been destroyed.
    static void release(const QString& path);
    static QString connectionName(const QString& path);
    // Lets SQLite refresh its query-planner statistics (cheap; run after bulk changes).
    static void optimize(const QSqlDatabase& db);
    // SQLite's data_version on this connection: it changes when another connection commits (caches
    // keyed on it stay true to the file). Uses one prepared statement per thread.
    static qint64 dataVersion(const QSqlDatabase& db);
    // The connection's sqlite3 handle, when Qt's driver runs on the very SQLite library this program
    // is linked to (Linux distributions: the system library); null when Qt carries a private copy.
    static sqlite3* nativeHandle(const QSqlDatabase& db);
    // Copies the write-ahead log back into the database file without blocking readers. True when
    // the whole log was copied.
    static bool checkpoint(const QSqlDatabase& db);
};

// Tunes a connection for one bulk write (import, demo data) and restores it when it goes away. A big
// transaction touches pages all over a table, its indexes and the search index: with SQLite's
// default 2 MB page cache they spill to the WAL mid-transaction and are written again and again,
// and each statement's journal goes to a temporary file, hundreds of thousands of small writes.
class BulkWriteScope
{
public:
    static constexpr int CacheKiB = 64 * 1024;
    explicit BulkWriteScope(const QSqlDatabase& db);
    ~BulkWriteScope();
    BulkWriteScope(const BulkWriteScope&) = delete;
    BulkWriteScope& operator=(const BulkWriteScope&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_cacheSize = 0;
    int m_tempStore = 0;
};

} // namespace sc::models
