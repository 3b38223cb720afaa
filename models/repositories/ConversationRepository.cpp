#include "ConversationRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

#include <QSqlQuery>

namespace sc::models {

ConversationRepository::ConversationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ConversationRepository::Thread> ConversationRepository::threads(const ThreadFilter& filter, int limit) const
{
    // The other party: the prospect's name, else who wrote last, else whom the rep wrote to.
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT * FROM (SELECT t.id, t.subject, coalesce(nullif(trim(p.first_name || ' ' || p.last_name), ''), "
            "(SELECT m.from_address FROM messages m WHERE m.thread_id = t.id AND m.direction = 'inbound' ORDER BY "
            "m.sent_at DESC LIMIT 1), (SELECT m.to_addresses FROM messages m WHERE m.thread_id = t.id ORDER BY "
            "m.sent_at DESC LIMIT 1), '') AS counterpart, coalesce(t.classification, ''), "
            "coalesce(t.last_message_at, 0) AS last_at, (SELECT count(*) FROM messages m WHERE m.thread_id = t.id), "
            "(SELECT count(*) FROM messages m WHERE m.thread_id = t.id AND m.direction = 'inbound' AND m.seen = 0) "
            "AS unread, coalesce(p.email, '') AS email FROM threads t LEFT JOIN prospects p ON p.id = t.prospect_id "
            "WHERE (:c = '' OR t.classification = :c)) WHERE (:u = 0 OR unread > 0) AND (:q = '' OR counterpart "
            "LIKE :like ESCAPE '\\' OR subject LIKE :like ESCAPE '\\' OR email LIKE :like ESCAPE '\\') ORDER BY "
            "last_at DESC, id DESC LIMIT :l"),
        {{":c", filter.category.isEmpty() ? QStringLiteral("") : filter.category}, // '' binds as text, not NULL
         {":u", filter.unreadOnly ? 1 : 0},
         {":q", filter.text.trimmed().isEmpty() ? QStringLiteral("") : filter.text.trimmed()},
         {":like", QLatin1Char('%') + Sql::likePattern(filter.text.trimmed()) + QLatin1Char('%')},
         {":l", limit}});
    QList<Thread> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toInt()});
    }
    return list;
}

void ConversationRepository::markThreadRead(qint64 threadId)
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE messages SET seen = CASE WHEN uid IS NULL THEN 1 ELSE 2 END WHERE "
                                          "thread_id = :t AND seen = 0"),
                           {{":t", threadId}});
    if (q.numRowsAffected() > 0) {
        ChangeHub::notify(ChangeHub::Prospects);
    }
}

QList<ConversationRepository::Message> ConversationRepository::messages(qint64 threadId) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT id, direction, coalesce(from_address, ''), coalesce(to_addresses, ''), "
            "coalesce(subject, ''), coalesce(sent_at, 0), coalesce(body_text, ''), "
            "coalesce(body_html, ''), coalesce(classification, ''), "
            "coalesce(classification_confidence, 0), coalesce(message_id, ''), coalesce(references_header, ''), "
            "account_id FROM messages WHERE thread_id = :t "
            "ORDER BY sent_at, id"),
        {{":t", threadId}});
    QList<Message> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("inbound"), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString(), q.value(9).toDouble(), q.value(10).toString(),
                     q.value(11).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), q.value(12).toLongLong()});
    }
    return list;
}

void ConversationRepository::correct(qint64 messageId, const QString& category, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery m
        = Sql::run(m_db,
                   QStringLiteral("SELECT m.thread_id, coalesce(m.body_text, ''), coalesce(m.classification, ''), "
                                  "t.prospect_id FROM messages m LEFT JOIN threads t ON t.id = m.thread_id WHERE "
                                  "m.id = :id AND m.direction = 'inbound'"),
                   {{":id", messageId}});
    if (!m.next()) {
        throw StoreError(QStringLiteral("This message is not an inbound message any more."));
    }
    const qint64 thread = m.value(0).toLongLong();
    const QString text = m.value(1).toString();
    const QString before = m.value(2).toString();
    const qint64 prospect = m.value(3).toLongLong();
    m.finish();
    if (before == category) {
        return;
    }
    Sql::run(m_db,
             QStringLiteral("UPDATE messages SET classification = :c, classification_confidence = 1 WHERE id = :id"),
             {{":c", category}, {":id", messageId}});
    Sql::run(m_db, QStringLiteral("UPDATE threads SET classification = :c WHERE id = :t"),
             {{":c", category}, {":t", thread}});
    Sql::run(
        m_db,
        QStringLiteral("INSERT INTO classifier_corrections (message_id, label, text, created_at) VALUES (:m, :l, :t, "
                       ":now)"),
        {{":m", messageId}, {":l", category}, {":t", text}, {":now", now}});
    AuditLog log(m_db);
    if (prospect > 0) {
        log.addActivity(prospect, QStringLiteral("email.recategorised"),
                        QStringLiteral("Reply marked %1 (was %2)").arg(category, before), actor,
                        QStringLiteral("messages"), messageId, now);
    }
    log.append(actor, QStringLiteral("messages.correct"), QStringLiteral("messages"), messageId,
               QStringLiteral("%1 -> %2").arg(before, category), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

QList<QPair<QString, QString>> ConversationRepository::corrections() const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT label, text FROM classifier_corrections ORDER BY id"));
    QList<QPair<QString, QString>> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString()});
    }
    return list;
}

} // namespace sc::models
