#include "ThreadLinker.h"

#include "../entities/SyncedMessage.h"
#include "../store/Sql.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace sc::models {

ThreadLinker::ThreadLinker(StatementCache& statements)
    : m_statements(statements)
    , m_db(statements.database())
{
}

QStringList ThreadLinker::ids(const SyncedMessage& message)
{
    QStringList list;
    QSet<QString> seen;
    const auto add = [&list, &seen](const QString& id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            list.append(id);
        }
    };
    add(message.messageId);
    add(message.inReplyTo);
    for (const QString& id : message.references) {
        add(id);
    }
    return list;
}

qint64 ThreadLinker::find(qint64 accountId, const QStringList& ids)
{
    // One statement prepared once, run per id (each a primary-key lookup): cheaper than passing the
    // list as one value for the one to three ids most messages name, and fine for a References of 100.
    QList<qint64> threads;
    for (const QString& id : ids) {
        const QVariant thread = m_statements.scalar(
            QStringLiteral("SELECT thread_id FROM thread_message_ids WHERE account_id = :a AND message_id = :id"),
            {{":a", accountId}, {":id", id}});
        if (thread.isValid() && !threads.contains(thread.toLongLong())) {
            threads.append(thread.toLongLong());
        }
    }
    if (threads.isEmpty()) {
        return 0;
    }
    std::sort(threads.begin(), threads.end());
    for (qsizetype i = 1; i < threads.size(); ++i) {
        merge(threads.first(), threads.at(i));
    }
    return threads.first();
}

void ThreadLinker::record(qint64 accountId, const QStringList& ids, qint64 threadId)
{
    if (ids.isEmpty() || threadId <= 0) {
        return;
    }
    for (const QString& id : ids) {
        m_statements.exec(QStringLiteral("INSERT INTO thread_message_ids (account_id, message_id, thread_id) VALUES "
                                         "(:a, :id, :t) ON CONFLICT (account_id, message_id) DO NOTHING"),
                          {{":a", accountId}, {":id", id}, {":t", threadId}});
    }
}

void ThreadLinker::merge(qint64 survivor, qint64 merged)
{
    // SQLite evaluates every SET expression on the row as it was, so the category compares old times.
    Sql::run(m_db,
             QStringLiteral(
                 "UPDATE threads SET last_message_at = max(coalesce(last_message_at, 0), coalesce((SELECT "
                 "o.last_message_at FROM threads o WHERE o.id = :m), 0)), prospect_id = coalesce(prospect_id, "
                 "(SELECT o.prospect_id FROM threads o WHERE o.id = :m)), classification = coalesce((SELECT "
                 "o.classification FROM threads o WHERE o.id = :m AND (threads.classification IS NULL OR "
                 "coalesce(o.last_message_at, 0) > coalesce(threads.last_message_at, 0))), classification), subject "
                 "= CASE WHEN subject = '' THEN coalesce((SELECT o.subject FROM threads o WHERE o.id = :m), '') ELSE "
                 "subject END, created_at = min(created_at, coalesce((SELECT o.created_at FROM threads o WHERE o.id "
                 "= :m), created_at)) WHERE id = :s"),
             {{":s", survivor}, {":m", merged}});
    for (const char* statement : {"UPDATE messages SET thread_id = :s WHERE thread_id = :m",
                                  "UPDATE thread_message_ids SET thread_id = :s WHERE thread_id = :m",
                                  "UPDATE drafts SET thread_id = :s WHERE thread_id = :m",
                                  "UPDATE activities SET ref_id = :s WHERE ref_table = 'threads' AND ref_id = :m"}) {
        Sql::run(m_db, QString::fromLatin1(statement), {{":s", survivor}, {":m", merged}});
    }
    Sql::run(m_db, QStringLiteral("DELETE FROM threads WHERE id = :m"), {{":m", merged}});
}

} // namespace sc::models
