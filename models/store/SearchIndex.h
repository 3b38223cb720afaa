#pragma once

#include <QList>
#include <QSqlDatabase>

namespace sc::models {

// Defers the prospects search index for one write transaction (see migration 005). Construct it
// inside the transaction, write prospects, tell it which existing prospects changed, and call
// flush() before committing: the new rows and the changed ones are indexed in one statement each,
// instead of one trigger-driven FTS5 write per row. If the transaction rolls back, so does the
// deferral. Not for nesting: one deferral per transaction.
class DeferredSearchIndex
{
public:
    explicit DeferredSearchIndex(const QSqlDatabase& db);
    DeferredSearchIndex(const DeferredSearchIndex&) = delete;
    DeferredSearchIndex& operator=(const DeferredSearchIndex&) = delete;
    ~DeferredSearchIndex() = default;

    // An existing prospect whose name, email, company, title or notes changed.
    void changed(qint64 prospectId) { m_changed.append(prospectId); }
    // Indexes what was written and ends the deferral; the transaction can commit.
    void flush();

private:
    QSqlDatabase m_db;
    qint64 m_lastIdBefore = 0;
    QList<qint64> m_changed;
    bool m_flushed = false;
};

} // namespace sc::models
