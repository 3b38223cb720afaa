#include "OutboxRepository.h"

#include "../ChangeHub.h"
#include "../import/Normalize.h"
#include "../store/Sql.h"
#include "AuditLog.h"
#include "DoNotContactRepository.h"
#include "DraftRepository.h"
#include "MailboxRepository.h"

#include <QUuid>
#include <algorithm>

namespace sc::models {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, account_id, draft_id, prospect_id, message_id, in_reply_to, references_header, to_address, "
    "to_name, subject, body_text, body_html, unsubscribe_token, state, attempts, last_error, not_before, "
    "created_at, sent_at, filed, reconciled FROM outbox ");

OutboxMessage readMessage(const QSqlQuery& q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.accountId = q.value(1).toLongLong();
    m.draftId = q.value(2).toLongLong();
    m.prospectId = q.value(3).toLongLong();
    m.messageId = q.value(4).toString();
    m.inReplyTo = q.value(5).toString();
    m.references = q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.toAddress = q.value(7).toString();
    m.toName = q.value(8).toString();
    m.subject = q.value(9).toString();
    m.text = q.value(10).toString();
    m.html = q.value(11).toString();
    m.unsubscribeToken = q.value(12).toString();
    m.state = q.value(13).toString();
    m.attempts = q.value(14).toInt();
    m.lastError = q.value(15).toString();
    m.notBefore = q.value(16).toLongLong();
    m.createdAt = q.value(17).toLongLong();
    m.sentAt = q.value(18).toLongLong();
    m.filed = q.value(19).toBool();
    m.reconciled = q.value(20).toBool();
    return m;
}

QList<OutboxMessage> readAll(QSqlQuery& q)
{
    QList<OutboxMessage> out;
    while (q.next()) {
        out.append(readMessage(q));
    }
    return out;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Angle brackets belong to the header syntax, not to the identifier.
QString bare(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>'))) {
        id = id.mid(1, id.size() - 2);
    }
    return id;
}

} // namespace

NewJob OutboxRepository::sendJob(qint64 accountId, qint64 runAt)
{
    NewJob job;
    job.kind = QString::fromLatin1(SendJobKind);
    job.payload = {{QStringLiteral("account"), accountId}};
    job.runAt = runAt;
    job.maxAttempts = 3;
    job.dedupeKey = QStringLiteral("outbox.send:%1").arg(accountId);
    return job;
}

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 OutboxRepository::enqueue(OutboxMessage m, qint64 now, QString* problem)
{
    m.toAddress = Normalize::email(m.toAddress);
    const QString invalid = Normalize::emailProblem(m.toAddress);
    if (!invalid.isEmpty()) {
        *problem = invalid;
        return 0;
    }
    if (DoNotContactRepository(m_db).isSuppressed(m.toAddress)) {
        *problem = QStringLiteral("%1 is on the do-not-contact list").arg(m.toAddress);
        return 0;
    }
    const QVariant account
        = Sql::scalar(m_db, QStringLiteral("SELECT email FROM mail_accounts WHERE id = :a"), {{":a", m.accountId}});
    if (!account.isValid()) {
        *problem = QStringLiteral("no such mail account");
        return 0;
    }
    if (m.messageId.isEmpty()) {
        const QString address = account.toString();
        const QString domain = address.mid(address.lastIndexOf(QLatin1Char('@')) + 1);
        m.messageId = QStringLiteral("%1@%2").arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                  domain.isEmpty() ? QStringLiteral("localhost") : domain);
    }
    m.messageId = bare(m.messageId);
    m.inReplyTo = bare(m.inReplyTo);
    for (QString& r : m.references) {
        r = bare(r);
    }
    if (!m.inReplyTo.isEmpty() && m.references.isEmpty()) {
        // The thread's chain, oldest first, from what the workspace knows of the message answered.
        m.references = Sql::scalar(m_db,
                                   QStringLiteral("SELECT references_header FROM messages WHERE account_id = :a AND "
                                                  "message_id = :id"),
                                   {{":a", m.accountId}, {":id", m.inReplyTo}})
                           .toString()
                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (m.unsubscribeToken.isEmpty()) {
        m.unsubscribeToken = QUuid::createUuid().toString(QUuid::Id128);
    }
    if (m.prospectId == 0) {
        const QVariant id = Sql::scalar(
            m_db, QStringLiteral("SELECT id FROM prospects WHERE email = :e COLLATE NOCASE AND deleted_at IS NULL"),
            {{":e", m.toAddress}});
        m.prospectId = id.isValid() ? id.toLongLong() : 0;
    }
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO outbox (account_id, draft_id, prospect_id, message_id, in_reply_to, "
                       "references_header, to_address, to_name, subject, body_text, body_html, unsubscribe_token, "
                       "state, not_before, created_at) VALUES (:a, :d, :p, :mid, :irt, :refs, :to, :name, :subj, "
                       ":text, :html, :tok, 'queued', :nb, :now)"),
        {{":a", m.accountId},
         {":d", idOrNull(m.draftId)},
         {":p", idOrNull(m.prospectId)},
         {":mid", m.messageId},
         {":irt", textOrNull(m.inReplyTo)},
         {":refs", textOrNull(m.references.join(QLatin1Char(' ')))},
         {":to", m.toAddress},
         {":name", textOrNull(m.toName)},
         {":subj", m.subject},
         {":text", m.text},
         {":html", textOrNull(m.html)},
         {":tok", m.unsubscribeToken},
         {":nb", m.notBefore},
         {":now", now}});
    ChangeHub::notify(ChangeHub::Outbox);
    return q.lastInsertId().toLongLong();
}

qint64 OutboxRepository::enqueueDraft(qint64 draftId, qint64 now, QString* problem)
{
    QSqlQuery d
        = Sql::run(m_db,
                   QStringLiteral("SELECT coalesce(account_id, (SELECT min(id) FROM mail_accounts)), to_address, "
                                  "subject, body, prospect_id, thread_id FROM drafts WHERE id = :id"),
                   {{":id", draftId}});
    if (!d.next()) {
        *problem = QStringLiteral("no such draft");
        return 0;
    }
    if (d.value(0).isNull()) {
        *problem = QStringLiteral("no mailbox to send from: add one in Settings");
        return 0;
    }
    OutboxMessage m;
    m.accountId = d.value(0).toLongLong();
    m.draftId = draftId;
    m.toAddress = d.value(1).toString();
    m.subject = d.value(2).toString();
    // As the rep saw it in Approvals: a bare closing signed (DraftRepository reads it so).
    const std::optional<Draft> draft = DraftRepository(m_db).find(draftId);
    m.text = draft ? draft->body : d.value(3).toString();
    m.prospectId = d.value(4).toLongLong();
    if (const qint64 thread = d.value(5).toLongLong(); thread > 0) {
        QSqlQuery last = Sql::run(m_db,
                                  QStringLiteral("SELECT message_id, coalesce(references_header, '') FROM messages "
                                                 "WHERE thread_id = :t AND message_id IS NOT NULL ORDER BY sent_at "
                                                 "DESC, id DESC LIMIT 1"),
                                  {{":t", thread}});
        if (last.next()) {
            m.inReplyTo = last.value(0).toString();
            m.references = last.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    return enqueue(m, now, problem);
}

int OutboxRepository::enqueueWaitingDrafts(qint64 now, QList<qint64>* accounts)
{
    // Oldest decision first: they go in the order the rep approved them.
    QList<WaitingDraft> waiting = waitingDrafts(-1);
    std::reverse(waiting.begin(), waiting.end());
    int queued = 0;
    for (const WaitingDraft& w : std::as_const(waiting)) {
        const qint64 draft = w.draftId;
        QString problem;
        if (const qint64 id = enqueueDraft(draft, now, &problem); id > 0) {
            ++queued;
            if (const qint64 account = find(id)->accountId; !accounts->contains(account)) {
                accounts->append(account);
            }
        }
    }
    return queued;
}

QList<OutboxRepository::WaitingDraft> OutboxRepository::waitingDrafts(int limit) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT d.id, d.to_address, d.subject, coalesce(d.decided_at, "
                                          "d.created_at) FROM drafts d WHERE d.status = 'approved' AND NOT "
                                          "EXISTS (SELECT 1 FROM outbox o WHERE o.draft_id = d.id) ORDER BY 4 "
                                          "DESC, d.id DESC LIMIT :limit"),
                           {{":limit", limit}});
    QList<WaitingDraft> waiting;
    while (q.next()) {
        waiting.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    return waiting;
}

std::optional<OutboxMessage> OutboxRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("WHERE id = :id"), {{":id", id}});
    if (!q.next()) {
        return std::nullopt;
    }
    return readMessage(q);
}

QList<OutboxMessage> OutboxRepository::list(qint64 accountId, int limit) const
{
    QSqlQuery q = Sql::run(
        m_db, kSelect + QStringLiteral("WHERE (:a = 0 OR account_id = :a) ORDER BY created_at DESC, id DESC LIMIT :l"),
        {{":a", accountId}, {":l", limit}});
    return readAll(q);
}

QList<OutboxMessage> OutboxRepository::inFlight(qint64 accountId) const
{
    QSqlQuery q = Sql::run(
        m_db, kSelect + QStringLiteral("WHERE account_id = :a AND state IN ('sending', 'transmitting') ORDER BY id"),
        {{":a", accountId}});
    return readAll(q);
}

QList<OutboxMessage> OutboxRepository::unfiled(qint64 accountId) const
{
    QSqlQuery q
        = Sql::run(m_db, kSelect + QStringLiteral("WHERE account_id = :a AND state = 'sent' AND filed = 0 ORDER BY id"),
                   {{":a", accountId}});
    return readAll(q);
}

std::optional<OutboxMessage> OutboxRepository::nextDue(qint64 accountId, qint64 now) const
{
    QSqlQuery q = Sql::run(m_db,
                           kSelect
                               + QStringLiteral("WHERE account_id = :a AND state = 'queued' AND not_before <= :now "
                                                "ORDER BY not_before, id LIMIT 1"),
                           {{":a", accountId}, {":now", now}});
    if (!q.next()) {
        return std::nullopt;
    }
    return readMessage(q);
}

qint64 OutboxRepository::nextDueAt(qint64 accountId) const
{
    const QVariant v = Sql::scalar(
        m_db, QStringLiteral("SELECT min(not_before) FROM outbox WHERE account_id = :a AND state = 'queued'"),
        {{":a", accountId}});
    return v.isNull() ? 0 : std::max<qint64>(1, v.toLongLong());
}

int OutboxRepository::sentSince(qint64 accountId, qint64 since) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE account_id = :a AND sent_at IS NOT NULL AND "
                                      "sent_at >= :s"),
                       {{":a", accountId}, {":s", since}})
        .toInt();
}

qint64 OutboxRepository::oldestSentSince(qint64 accountId, qint64 since) const
{
    return Sql::scalar(
               m_db,
               QStringLiteral("SELECT coalesce(min(sent_at), 0) FROM outbox WHERE account_id = :a AND sent_at >= :s"),
               {{":a", accountId}, {":s", since}})
        .toLongLong();
}

qint64 OutboxRepository::lastSentAt(qint64 accountId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(sent_at), 0) FROM outbox WHERE account_id = :a"),
                       {{":a", accountId}})
        .toLongLong();
}

bool OutboxRepository::claim(qint64 id, qint64 now)
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = :id "
                                          "AND state = 'queued' AND not_before <= :now"),
                           {{":id", id}, {":now", now}});
    const bool claimed = q.numRowsAffected() > 0;
    if (claimed) {
        ChangeHub::notify(ChangeHub::Outbox);
    }
    return claimed;
}

void OutboxRepository::markTransmitting(qint64 id)
{
    Sql::run(m_db, QStringLiteral("UPDATE outbox SET state = 'transmitting' WHERE id = :id AND state = 'sending'"),
             {{":id", id}});
}

void OutboxRepository::markSent(qint64 id, qint64 now, bool reconciled)
{
    const std::optional<OutboxMessage> found = find(id);
    if (!found || found->state == QLatin1String("sent")) {
        return;
    }
    const OutboxMessage& m = *found;
    Transaction transaction(m_db);
    Sql::run(m_db,
             QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = :now, last_error = NULL, reconciled = :r, "
                            "filed = :r WHERE id = :id"),
             {{":now", now}, {":r", reconciled ? 1 : 0}, {":id", id}});

    SyncedMessage message;
    message.accountId = m.accountId;
    message.inbound = false;
    message.messageId = m.messageId;
    message.inReplyTo = m.inReplyTo;
    message.references = m.references;
    message.subject = m.subject;
    message.fromAddress
        = Sql::scalar(m_db, QStringLiteral("SELECT email FROM mail_accounts WHERE id = :a"), {{":a", m.accountId}})
              .toString();
    message.to = QStringList {m.toAddress};
    message.sentAt = now;
    message.text = m.text;
    message.html = m.html;
    const bool known
        = Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM messages WHERE account_id = :a AND message_id = :id"),
                      {{":a", m.accountId}, {":id", m.messageId}})
              .isValid();
    qint64 threadId = 0;
    if (!known) {
        threadId = MailboxRepository(m_db).insert(message, now);
        Sql::run(m_db, QStringLiteral("UPDATE messages SET seen = 1 WHERE account_id = :a AND message_id = :id"),
                 {{":a", m.accountId}, {":id", m.messageId}});
    }
    if (m.draftId > 0) {
        Sql::run(m_db,
                 QStringLiteral("UPDATE drafts SET status = 'sent', thread_id = coalesce(:t, thread_id), account_id = "
                                ":a WHERE id = :id"),
                 {{":t", idOrNull(threadId)}, {":a", m.accountId}, {":id", m.draftId}});
    }
    if (m.prospectId > 0) {
        Sql::run(m_db,
                 QStringLiteral("UPDATE prospects SET last_contacted_at = :now, updated_at = :now WHERE id = :id"),
                 {{":now", now}, {":id", m.prospectId}});
        AuditLog(m_db).addActivity(m.prospectId, QStringLiteral("email.sent"),
                                   QStringLiteral("Email sent: %1").arg(m.subject.left(120)), QStringLiteral("inbox"),
                                   QStringLiteral("outbox"), id, now);
    }
    transaction.commit();
    ChangeHub::notify(ChangeHub::Outbox);
    ChangeHub::notify(ChangeHub::Drafts);
    ChangeHub::notify(ChangeHub::Prospects);
}

void OutboxRepository::markFiled(qint64 id)
{
    Sql::run(m_db, QStringLiteral("UPDATE outbox SET filed = 1 WHERE id = :id"), {{":id", id}});
}

void OutboxRepository::markFailed(qint64 id, const QString& error, bool permanent, qint64 retryAt)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE outbox SET state = :s, last_error = :e, not_before = :nb WHERE id = :id AND "
                            "state IN ('queued', 'sending', 'transmitting')"),
             {{":s", permanent ? QStringLiteral("failed") : QStringLiteral("queued")},
              {":e", error},
              {":nb", retryAt},
              {":id", id}});
    ChangeHub::notify(ChangeHub::Outbox);
}

void OutboxRepository::markDeferred(qint64 id, const QString& error, qint64 retryAt)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE outbox SET state = 'queued', attempts = max(0, attempts - 1), last_error = :e, "
                            "not_before = :nb WHERE id = :id AND state IN ('sending', 'transmitting')"),
             {{":e", error}, {":nb", retryAt}, {":id", id}});
    ChangeHub::notify(ChangeHub::Outbox);
}

void OutboxRepository::markBlocked(qint64 id, const QString& reason)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE outbox SET state = 'blocked', last_error = :e WHERE id = :id AND state IN "
                            "('queued', 'sending')"),
             {{":e", reason}, {":id", id}});
    ChangeHub::notify(ChangeHub::Outbox);
}

void OutboxRepository::markUncertain(qint64 id, const QString& note)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE outbox SET state = 'uncertain', last_error = :e WHERE id = :id AND state IN "
                            "('sending', 'transmitting')"),
             {{":e", note}, {":id", id}});
    ChangeHub::notify(ChangeHub::Outbox);
}

void OutboxRepository::requeue(qint64 id)
{
    Sql::run(m_db, QStringLiteral("UPDATE outbox SET state = 'queued' WHERE id = :id AND state = 'sending'"),
             {{":id", id}});
    ChangeHub::notify(ChangeHub::Outbox);
}

bool OutboxRepository::sendAgain(qint64 id, qint64 now)
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, not_before = :now, "
                                          "last_error = NULL WHERE id = :id AND state IN ('uncertain', 'failed')"),
                           {{":now", now}, {":id", id}});
    ChangeHub::notify(ChangeHub::Outbox);
    return q.numRowsAffected() > 0;
}

bool OutboxRepository::confirmSent(qint64 id, qint64 now)
{
    const std::optional<OutboxMessage> m = find(id);
    if (!m || m->state != QLatin1String("uncertain")) {
        return false;
    }
    markSent(id, now, false);
    return true;
}

bool OutboxRepository::cancel(qint64 id)
{
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("UPDATE outbox SET state = 'cancelled' WHERE id = :id AND state IN ('queued', "
                                  "'failed', 'uncertain')"),
                   {{":id", id}});
    ChangeHub::notify(ChangeHub::Outbox);
    return q.numRowsAffected() > 0;
}

} // namespace sc::models
