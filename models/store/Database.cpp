#include "Database.h"

#include "Sql.h"
#include "StoreError.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <sqlite3.h>

namespace sc::models {

QString Database::connectionName(const QString& path)
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("sc-%1-%2")
        .arg(QString::fromLatin1(hash))
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection(const QString& path)
{
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(path, error));
    }
    try {
        if (path != QLatin1String(":memory:")) {
            QSqlQuery mode = Sql::run(db, QStringLiteral("PRAGMA journal_mode=WAL"));
            if (!mode.next() || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                throw StoreError(QStringLiteral("cannot switch %1 to WAL journaling").arg(path));
            }
        }
        Sql::run(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        Sql::run(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    } catch (const StoreError& error) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(path, error.message()));
    }
    return db;
}

void Database::optimize(const QSqlDatabase& db)
{
    // ANALYZE writes; inside an immediate transaction it waits for the write lock instead of failing.
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("PRAGMA optimize"));
    transaction.commit();
}

bool Database::checkpoint(const QSqlDatabase& db)
{
    QSqlQuery q = Sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    return q.next() && q.value(0).toInt() == 0;
}

sqlite3* Database::nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    if (Sql::scalar(db, QStringLiteral("SELECT sqlite_source_id()")).toString() != QLatin1String(sqlite3_sourceid())) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

qint64 Database::dataVersion(const QSqlDatabase& db)
{
    // Asked at every API request: straight through SQLite when Qt's driver runs on the program's own
    // SQLite (the statement finalized before the thread's connection closes: it is made after it).
    struct Native
    {
        QString connection;
        sqlite3_stmt* statement = nullptr;
        QSqlQuery fallback;
        ~Native() { sqlite3_finalize(statement); }
    };
    thread_local Native native;
    if (native.connection != db.connectionName()) {
        sqlite3_finalize(native.statement);
        native.statement = nullptr;
        native.fallback = QSqlQuery();
        sqlite3* raw = nativeHandle(db);
        if (raw == nullptr
            || sqlite3_prepare_v2(raw, "PRAGMA data_version", -1, &native.statement, nullptr) != SQLITE_OK) {
            native.statement = nullptr;
            native.fallback = Sql::prepare(db, QStringLiteral("PRAGMA data_version"));
        }
        native.connection = db.connectionName();
    }
    if (native.statement != nullptr) {
        const qint64 value
            = sqlite3_step(native.statement) == SQLITE_ROW ? sqlite3_column_int64(native.statement, 0) : -1;
        sqlite3_reset(native.statement);
        return value;
    }
    Sql::exec(native.fallback);
    const qint64 value = native.fallback.next() ? native.fallback.value(0).toLongLong() : -1;
    native.fallback.finish();
    return value;
}

BulkWriteScope::BulkWriteScope(const QSqlDatabase& db)
    : m_db(db)
    , m_cacheSize(Sql::scalar(db, QStringLiteral("PRAGMA cache_size")).toLongLong())
    , m_tempStore(Sql::scalar(db, QStringLiteral("PRAGMA temp_store")).toInt())
{
    Sql::run(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB));
    Sql::run(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BulkWriteScope::~BulkWriteScope()
{
    try {
        Sql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        Sql::run(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
    } catch (const StoreError&) { // the connection is going away, and its settings with it
    }
}

void Database::release(const QString& path)
{
    const QString name = connectionName(path);
    if (!QSqlDatabase::contains(name)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace sc::models
