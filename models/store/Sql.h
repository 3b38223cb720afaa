#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <utility>

namespace sc::models {

using SqlBindings = std::initializer_list<std::pair<const char*, QVariant>>;

// Prepared statements only: every statement goes through here, which prepares, binds by name and
// turns failures into StoreError with the statement's first line for context.
namespace Sql {
QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
void bind(QSqlQuery& query, SqlBindings bindings);
void exec(QSqlQuery& query);
// prepare + bind + exec in one call; the returned query is positioned before the first row.
QSqlQuery run(const QSqlDatabase& db, const QString& sql, SqlBindings bindings = {});
// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql, SqlBindings bindings = {});
// Binding text: an empty string as SQL NULL (optional columns), or as '' for NOT NULL columns (a
// QString that is null, as QJsonValue and QVariant hand out for "", binds as NULL otherwise).
QVariant orNull(const QString& text);
QString notNull(const QString& text);
// Throws the error as DiskFullError when SQLite ran out of space, else as StoreError.
[[noreturn]] void raise(const QSqlError& error, const QString& message);
// Escapes % and _ for a LIKE ... ESCAPE '\' pattern.
QString likePattern(const QString& text);
} // namespace Sql

// Opens a transaction and rolls it back unless commit() was called (also on exceptions).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace sc::models
