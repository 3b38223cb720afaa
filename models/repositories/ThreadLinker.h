#pragma once

#include "../store/StatementCache.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sc::models {

struct SyncedMessage;

// Threads mail as mail clients do (JWZ's algorithm, kept incrementally as notmuch does): every
// Message-ID an account has seen, of a message it holds or only named in References/In-Reply-To (a
// placeholder for a parent that never arrived), maps to one thread. A message joins the thread of any
// id it names or is named by, whatever the order the messages arrive in; when its ids lie in several
// threads, those are one conversation and are merged into the oldest. Runs in the caller's transaction;
// every step is an indexed lookup.
class ThreadLinker
{
public:
    // statements: the caller's, so that a sync prepares the lookups once for all its messages.
    explicit ThreadLinker(StatementCache& statements);
    // The ids a message links: its own, its In-Reply-To, then its References; each once, none empty.
    static QStringList ids(const SyncedMessage& message);
    // The thread the ids belong to, 0 when none does; when they lie in several, those are merged into
    // the oldest first.
    qint64 find(qint64 accountId, const QStringList& ids);
    // The ids belong to the thread from now on (those known already do: find() made it so).
    void record(qint64 accountId, const QStringList& ids, qint64 threadId);

private:
    // Everything of `merged` moves to `survivor` (messages, ids, drafts, timeline lines); the survivor
    // keeps the latest time, a prospect, and the category of the thread whose latest message is newer.
    void merge(qint64 survivor, qint64 merged);

    StatementCache& m_statements;
    QSqlDatabase m_db;
};

} // namespace sc::models
