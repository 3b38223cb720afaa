#include "Sql.h"

#include "StoreError.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "salescopilot.store", QtInfoMsg)

namespace sc::models::Sql {

namespace {
QString context(const QString& sql)
{
    return sql.simplified().left(80);
}

bool isDiskFull(const QSqlError& error)
{
    // SQLITE_FULL (13), as the primary or an extended result code; the text when a driver gives none.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return (ok && (code & 0xff) == 13) || error.databaseText().contains(QLatin1String("database or disk is full"));
}
} // namespace

[[noreturn]] void raise(const QSqlError& error, const QString& message)
{
    if (isDiskFull(error)) {
        throw DiskFullError(message);
    }
    throw StoreError(message);
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        raise(query.lastError(), QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), context(sql)));
    }
    return query;
}

void bind(QSqlQuery& query, SqlBindings bindings)
{
    for (const auto& [name, value] : bindings) {
        query.bindValue(QString::fromLatin1(name), value);
    }
}

void exec(QSqlQuery& query)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = query.exec();
    // QT_LOGGING_RULES="salescopilot.store.debug=true" lists statements slower than 50 ms.
    if (const qint64 ms = timer.elapsed(); ms >= 50) {
        qCDebug(lcStore) << "slow statement:" << ms << "ms" << query.lastQuery().simplified();
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        qCWarning(lcStore) << "statement failed:" << error.text() << context(query.lastQuery());
        raise(error, QStringLiteral("%1 (in: %2)").arg(error.text(), context(query.lastQuery())));
    }
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, SqlBindings bindings)
{
    QSqlQuery query = prepare(db, sql);
    bind(query, bindings);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, SqlBindings bindings)
{
    QSqlQuery query = run(db, sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace sc::models::Sql

namespace sc::models {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE: take the write lock up front, waiting through the busy timeout. A deferred
    // transaction that reads first and writes later fails at once with SQLITE_BUSY when another
    // connection committed in between (its snapshot cannot be upgraded), and no timeout helps.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        Sql::raise(begin.lastError(), QStringLiteral("cannot start a transaction: %1").arg(begin.lastError().text()));
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        m_db.rollback();
    }
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_done = true;
        Sql::raise(error, QStringLiteral("cannot commit: %1").arg(error.text()));
    }
    m_done = true;
}

} // namespace sc::models
