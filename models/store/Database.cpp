#include "Database.h"

#include "Sql.h"
#include "StoreError.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QThread>

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

qint64 Database::dataVersion(const QSqlDatabase& db)
{
    thread_local QString connection;
    thread_local QSqlQuery version;
    if (connection != db.connectionName()) {
        version = Sql::prepare(db, QStringLiteral("PRAGMA data_version"));
        connection = db.connectionName();
    }
    Sql::exec(version);
    const qint64 value = version.next() ? version.value(0).toLongLong() : -1;
    version.finish();
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
