#include "SearchIndex.h"

#include "Sql.h"

#include <QSqlQuery>
#include <QStringList>

namespace sc::models {

namespace {

const QString IndexRows
    = QStringLiteral("INSERT INTO prospects_fts (rowid, name, email, company, title, notes) "
                     "SELECT p.id, p.first_name || ' ' || p.last_name, p.email, c.name, p.title, p.notes "
                     "FROM prospects p LEFT JOIN companies c ON c.id = p.company_id WHERE p.deleted_at IS NULL AND ");

} // namespace

DeferredSearchIndex::DeferredSearchIndex(const QSqlDatabase& db)
    : m_db(db)
{
    Sql::run(m_db, QStringLiteral("INSERT INTO search_index_deferred (only) VALUES (1)"));
    // Rowids of new prospects are always above the largest one (INTEGER PRIMARY KEY takes max + 1).
    m_lastIdBefore = Sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM prospects")).toLongLong();
}

void DeferredSearchIndex::flush()
{
    if (m_flushed) {
        return;
    }
    QSqlQuery forget = Sql::prepare(m_db, QStringLiteral("DELETE FROM prospects_fts WHERE rowid = :id"));
    QSqlQuery index = Sql::prepare(m_db, IndexRows + QStringLiteral("p.id = :id"));
    for (const qint64 id : std::as_const(m_changed)) {
        if (id > m_lastIdBefore) {
            continue; // created in this transaction: indexed with the new rows below
        }
        Sql::bind(forget, {{":id", id}});
        Sql::exec(forget);
        Sql::bind(index, {{":id", id}});
        Sql::exec(index);
    }
    Sql::run(m_db, IndexRows + QStringLiteral("p.id > :last"), {{":last", m_lastIdBefore}});
    Sql::run(m_db, QStringLiteral("DELETE FROM search_index_deferred"));
    m_flushed = true;
}

} // namespace sc::models
