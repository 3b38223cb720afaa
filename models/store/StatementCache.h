#pragma once

#include "Sql.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sc::models {

// Statements prepared once and run many times, for the loops that store thousands of rows (the
// mailbox sync): SQLite compiling the same statement for every message cost as much as running
// it. Only for statements whose answer is read at once (a value, the rows changed, the new id):
// each use resets the statement. Lives no longer than the caller's use of the connection, so no
// statement outlives the connection it was prepared on.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString& sql, SqlBindings bindings = {});
    // Runs a statement without rows; returns the number of rows it changed.
    int exec(const QString& sql, SqlBindings bindings = {});
    // Runs an INSERT; returns the new row's id.
    qint64 insert(const QString& sql, SqlBindings bindings = {});
    const QSqlDatabase& database() const { return m_db; }

private:
    QSqlQuery& run(const QString& sql, SqlBindings bindings);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace sc::models
