#include "StatementCache.h"

namespace sc::models {

namespace {
// More distinct statements than any loop of ours runs: past it, something builds SQL by hand.
constexpr qsizetype MaxStatements = 64;
} // namespace

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StatementCache::~StatementCache() = default;

QSqlQuery& StatementCache::run(const QString& sql, SqlBindings bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= MaxStatements) {
            m_statements.clear();
        }
        it = m_statements.insert(sql, Sql::prepare(m_db, sql));
    }
    QSqlQuery& query = *it;
    Sql::bind(query, bindings);
    Sql::exec(query);
    return query;
}

QVariant StatementCache::scalar(const QString& sql, SqlBindings bindings)
{
    QSqlQuery& query = run(sql, bindings);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

int StatementCache::exec(const QString& sql, SqlBindings bindings)
{
    QSqlQuery& query = run(sql, bindings);
    const int rows = query.numRowsAffected();
    query.finish();
    return rows;
}

qint64 StatementCache::insert(const QString& sql, SqlBindings bindings)
{
    QSqlQuery& query = run(sql, bindings);
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    return id;
}

} // namespace sc::models
