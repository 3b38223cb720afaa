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
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        throw StoreError(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), context(sql)));
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
        throw StoreError(QStringLiteral("%1 (in: %2)").arg(error.text(), context(query.lastQuery())));
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
        throw StoreError(QStringLiteral("cannot start a transaction: %1").arg(begin.lastError().text()));
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
        const QString error = m_db.lastError().text();
        m_db.rollback();
        m_done = true;
        throw StoreError(QStringLiteral("cannot commit: %1").arg(error));
    }
    m_done = true;
}

} // namespace sc::models
