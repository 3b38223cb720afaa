#include "ConversationRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

#include <QSqlQuery>

namespace sc::models {

const QStringList& ConversationRepository::categories()
{
    static const QStringList list {QStringLiteral("interested"),     QStringLiteral("meeting_time"),
                                   QStringLiteral("question"),       QStringLiteral("referral"),
                                   QStringLiteral("not_interested"), QStringLiteral("unsubscribe"),
                                   QStringLiteral("auto_reply"),     QStringLiteral("bounce"),
                                   QStringLiteral("complaint"),      QStringLiteral("other")};
    return list;
}

ConversationRepository::ConversationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ConversationRepository::Thread> ConversationRepository::threads(const ThreadFilter& filter, int limit) const
{
    // The other party: the prospect's name, else who wrote last, else whom the rep wrote to. Only the
    // filters in use are in the statement, so one thread is found by its key, not by a scan.
    QStringList inner;
    QStringList outer;
    if (!filter.category.isEmpty()) {
        inner << QStringLiteral("t.classification = :c");
    }
    if (filter.prospectId > 0) {
        inner << QStringLiteral("t.prospect_id = :p");
    }
    if (filter.threadId > 0) {
        inner << QStringLiteral("t.id = :t");
    }
    if (filter.unreadOnly) {
        outer << QStringLiteral("unread > 0");
    }
    if (filter.needsReviewOnly) {
        outer << QStringLiteral("review = 1");
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        outer << QStringLiteral("(counterpart LIKE :like ESCAPE '\\' OR subject LIKE :like ESCAPE '\\' OR email LIKE "
                                ":like ESCAPE '\\')");
    }
    if (filter.beforeId > 0) {
        outer << QStringLiteral("(last_at < :bl OR (last_at = :bl AND id < :bi))");
    }
    QSqlQuery q = Sql::prepare(
        m_db,
        QStringLiteral(
            "SELECT * FROM (SELECT t.id, t.subject, coalesce(nullif(trim(p.first_name || ' ' || p.last_name), ''), "
            "(SELECT m.from_address FROM messages m WHERE m.thread_id = t.id AND m.direction = 'inbound' ORDER BY "
            "m.sent_at DESC LIMIT 1), (SELECT m.to_addresses FROM messages m WHERE m.thread_id = t.id ORDER BY "
            "m.sent_at DESC LIMIT 1), '') AS counterpart, coalesce(t.classification, ''), "
            "coalesce(t.last_message_at, 0) AS last_at, (SELECT count(*) FROM messages m WHERE m.thread_id = t.id), "
            "(SELECT count(*) FROM messages m WHERE m.thread_id = t.id AND m.direction = 'inbound' AND m.seen = 0) "
            "AS unread, coalesce(p.email, '') AS email, coalesce(t.prospect_id, 0) AS prospect, coalesce((SELECT "
            "CASE WHEN coalesce(m.classification_confidence, 0) < :review AND NOT EXISTS (SELECT 1 FROM "
            "classifier_corrections c WHERE c.message_id = m.id) THEN 1 ELSE 0 END FROM messages m WHERE m.thread_id "
            "= t.id AND m.direction = 'inbound' ORDER BY m.sent_at DESC, m.id DESC LIMIT 1), 0) AS review FROM "
            "threads t "
            "LEFT JOIN prospects p ON p.id = t.prospect_id%1)%2 ORDER BY last_at DESC, id DESC LIMIT :l")
            .arg(inner.isEmpty() ? QString() : QStringLiteral(" WHERE ") + inner.join(QStringLiteral(" AND ")),
                 outer.isEmpty() ? QString() : QStringLiteral(" WHERE ") + outer.join(QStringLiteral(" AND "))));
    if (!filter.category.isEmpty()) {
        q.bindValue(QStringLiteral(":c"), filter.category);
    }
    if (filter.prospectId > 0) {
        q.bindValue(QStringLiteral(":p"), filter.prospectId);
    }
    if (filter.threadId > 0) {
        q.bindValue(QStringLiteral(":t"), filter.threadId);
    }
    if (!text.isEmpty()) {
        q.bindValue(QStringLiteral(":like"), QLatin1Char('%') + Sql::likePattern(text) + QLatin1Char('%'));
    }
    if (filter.beforeId > 0) {
        q.bindValue(QStringLiteral(":bl"), filter.beforeLastAt);
        q.bindValue(QStringLiteral(":bi"), filter.beforeId);
    }
    q.bindValue(QStringLiteral(":review"), NeedsReviewBelow);
    q.bindValue(QStringLiteral(":l"), limit);
    Sql::exec(q);
    QList<Thread> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toInt(), q.value(8).toLongLong(),
                     q.value(9).toInt() != 0});
    }
    return list;
}

std::optional<ConversationRepository::Thread> ConversationRepository::thread(qint64 id) const
{
    if (id <= 0) {
        return std::nullopt;
    }
    ThreadFilter filter;
    filter.threadId = id;
    const QList<Thread> list = threads(filter, 1);
    return list.isEmpty() ? std::nullopt : std::optional<Thread>(list.first());
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

namespace {

// A thread's messages, or one message by its id.
QList<ConversationRepository::Message> selectMessages(const QSqlDatabase& db, qint64 threadId, qint64 messageId)
{
    using Message = ConversationRepository::Message;
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral(
            "SELECT id, direction, coalesce(from_address, ''), coalesce(to_addresses, ''), "
            "coalesce(subject, ''), coalesce(sent_at, 0), coalesce(body_text, ''), "
            "coalesce(body_html, ''), coalesce(classification, ''), "
            "coalesce(classification_confidence, 0), coalesce(message_id, ''), coalesce(references_header, ''), "
            "account_id, coalesce(thread_id, 0), CASE WHEN EXISTS (SELECT 1 FROM classifier_corrections c WHERE "
            "c.message_id = messages.id) THEN 1 ELSE 0 END, coalesce(language, '') FROM messages WHERE %1 = :key ORDER "
            "BY sent_at, id")
            .arg(threadId > 0 ? QStringLiteral("thread_id") : QStringLiteral("id")),
        {{":key", threadId > 0 ? threadId : messageId}});
    QList<Message> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("inbound"), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString(), q.value(9).toDouble(), q.value(10).toString(),
                     q.value(11).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), q.value(12).toLongLong(),
                     q.value(13).toLongLong(), q.value(14).toInt() != 0, false, q.value(15).toString()});
        Message& m = list.last();
        m.needsReview = m.inbound && ConversationRepository::needsReview(m.confidence, m.corrected);
    }
    return list;
}

} // namespace

QList<ConversationRepository::Message> ConversationRepository::messages(qint64 threadId) const
{
    return threadId > 0 ? selectMessages(m_db, threadId, 0) : QList<Message>();
}

std::optional<ConversationRepository::Message> ConversationRepository::message(qint64 id) const
{
    const QList<Message> list = id > 0 ? selectMessages(m_db, 0, id) : QList<Message>();
    return list.isEmpty() ? std::nullopt : std::optional<Message>(list.first());
}

void ConversationRepository::correct(qint64 messageId, const QString& category, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery m = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT m.thread_id, coalesce(m.body_text, ''), coalesce(m.classification, ''), "
            "t.prospect_id, CASE WHEN EXISTS (SELECT 1 FROM classifier_corrections c WHERE c.message_id = m.id) "
            "THEN 1 ELSE 0 END "
            "FROM messages m LEFT JOIN threads t ON t.id = m.thread_id WHERE m.id = :id AND "
            "m.direction = 'inbound'"),
        {{":id", messageId}});
    if (!m.next()) {
        throw ValidationError(QStringLiteral("This message is not an inbound message any more."));
    }
    const qint64 thread = m.value(0).toLongLong();
    const QString text = m.value(1).toString();
    const QString before = m.value(2).toString();
    const qint64 prospect = m.value(3).toLongLong();
    const bool corrected = m.value(4).toInt() != 0;
    m.finish();
    // The same category again is the rep's confirmation: kept once, so the message is theirs, not a guess.
    const bool confirmation = before == category;
    if (confirmation && corrected) {
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
    if (confirmation) {
        log.append(actor, QStringLiteral("messages.confirm"), QStringLiteral("messages"), messageId, category, now);
    } else {
        if (prospect > 0) {
            log.addActivity(prospect, QStringLiteral("email.recategorised"),
                            QStringLiteral("Reply marked %1 (was %2)").arg(category, before), actor,
                            QStringLiteral("messages"), messageId, now);
        }
        log.append(actor, QStringLiteral("messages.correct"), QStringLiteral("messages"), messageId,
                   QStringLiteral("%1 -> %2").arg(before, category), now);
    }
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

void ConversationRepository::confirm(qint64 messageId, const QString& actor, qint64 now)
{
    const std::optional<Message> m = message(messageId);
    if (!m || !m->inbound) {
        throw ValidationError(QStringLiteral("This message is not an inbound message any more."));
    }
    if (m->category.isEmpty()) {
        throw ValidationError(QStringLiteral("This message has no category to confirm; choose one."));
    }
    correct(messageId, m->category, actor, now);
}

bool ConversationRepository::isHumanReplyForSequences(const Message& message)
{
    if (!message.inbound) {
        return false;
    }
    if (needsReview(message.confidence, message.corrected)) {
        return true;
    }
    static const QStringList machine {QStringLiteral("bounce"), QStringLiteral("complaint"),
                                      QStringLiteral("auto_reply")};
    return !machine.contains(message.category);
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

QList<QPair<qint64, qint64>> ConversationRepository::repliesAwaitingDraft(const QStringList& categories,
                                                                          qint64 since) const
{
    QList<QPair<qint64, qint64>> out;
    for (const QString& category : categories) {
        QSqlQuery q = Sql::run(
            m_db,
            QStringLiteral("SELECT t.prospect_id, m.id FROM messages m JOIN threads t ON t.id = m.thread_id WHERE "
                           "m.direction = 'inbound' AND m.created_at >= :since AND m.classification = :c AND "
                           "t.prospect_id IS NOT NULL AND m.id = (SELECT x.id FROM messages x WHERE x.thread_id = "
                           "m.thread_id ORDER BY coalesce(x.sent_at, 0) DESC, x.id DESC LIMIT 1) AND NOT EXISTS "
                           "(SELECT 1 FROM drafts d WHERE d.reply_to = m.id) ORDER BY m.id"),
            {{":since", since}, {":c", category}});
        while (q.next()) {
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return out;
}

} // namespace sc::models
