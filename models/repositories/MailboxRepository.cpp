#include "MailboxRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "AuditLog.h"
#include "DoNotContactRepository.h"
#include "EnrollmentRepository.h"
#include "MailAccountRepository.h"
#include "ThreadLinker.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace sc::models {

namespace {

// "Re: Fwd: RE: Démo" -> "démo": what a subject-based thread fallback compares.
QString baseSubject(const QString& subject)
{
    static const QRegularExpression prefixes(
        QStringLiteral(R"(^\s*((re|fwd?|tr|aw|wg|sv|r[ée]f)\s*(\[\d+\])?\s*:\s*)+)"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(subject).remove(prefixes).simplified().toLower();
}

} // namespace

MailboxRepository::MailboxRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{
}

std::optional<MailboxRepository::FolderState> MailboxRepository::folderState(qint64 accountId,
                                                                             const QString& mailbox) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT uidvalidity, last_uid FROM mailbox_sync WHERE account_id = :a AND "
                                          "mailbox = :m"),
                           {{":a", accountId}, {":m", mailbox}});
    if (!q.next()) {
        return std::nullopt;
    }
    return FolderState {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

void MailboxRepository::resetFolder(qint64 accountId, const QString& mailbox, const QString& role, qint64 uidValidity)
{
    Sql::run(
        m_db,
        QStringLiteral("INSERT INTO mailbox_sync (account_id, mailbox, role, uidvalidity, last_uid) VALUES (:a, :m, "
                       ":r, :v, 0) ON CONFLICT (account_id, mailbox) DO UPDATE SET uidvalidity = :v, last_uid = 0"),
        {{":a", accountId}, {":m", mailbox}, {":r", role}, {":v", uidValidity}});
}

void MailboxRepository::markSynced(qint64 accountId, const QString& mailbox, qint64 now)
{
    Sql::run(m_db, QStringLiteral("UPDATE mailbox_sync SET synced_at = :t WHERE account_id = :a AND mailbox = :m"),
             {{":t", now}, {":a", accountId}, {":m", mailbox}});
}

void MailboxRepository::store(const SyncedMessage& m, qint64 now)
{
    Transaction transaction(m_db);
    insert(m, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

qint64 MailboxRepository::insert(const SyncedMessage& m, qint64 now)
{
    ThreadLinker linker(m_statements);
    const QStringList threadIds = ThreadLinker::ids(m);

    // The same message seen again (a UIDVALIDITY reset, or filed in two folders): move its UID. A copy
    // may name ids the first did not (a list's copy, a resent one): they link as well, as in notmuch.
    if (!m.messageId.isEmpty()) {
        const int same = m_statements.exec(
            QStringLiteral("UPDATE messages SET mailbox = :m, uidvalidity = :v, uid = :u WHERE "
                           "account_id = :a AND message_id = :id"),
            {{":m", m.mailbox}, {":v", m.uidValidity}, {":u", m.uid}, {":a", m.accountId}, {":id", m.messageId}});
        if (same > 0) {
            m_statements.exec(
                QStringLiteral("UPDATE mailbox_sync SET last_uid = :u WHERE account_id = :a AND mailbox = :m"),
                {{":u", m.uid}, {":a", m.accountId}, {":m", m.mailbox}});
            qint64 threadId = linker.find(m.accountId, threadIds);
            if (threadId == 0) {
                threadId = Sql::scalar(m_db,
                                       QStringLiteral("SELECT thread_id FROM messages WHERE account_id = :a AND "
                                                      "message_id = :id"),
                                       {{":a", m.accountId}, {":id", m.messageId}})
                               .toLongLong();
            }
            linker.record(m.accountId, threadIds, threadId);
            return threadId;
        }
    }

    // The prospect: whom an inbound message is about, a recipient of what went out.
    qint64 prospectId = 0;
    const QStringList people = m.inbound ? QStringList {m.about} : m.to;
    for (const QString& address : people) {
        const QVariant id = m_statements.scalar(
            QStringLiteral("SELECT id FROM prospects WHERE email = :e COLLATE NOCASE AND deleted_at IS NULL"),
            {{":e", address}});
        if (id.isValid()) {
            prospectId = id.toLongLong();
            break;
        }
    }
    // The thread: the one its ids already belong to (its own, named by a reply stored before it; its
    // In-Reply-To and whole References, held or not), merging those it links; else by subject with the
    // same prospect; else a new one.
    qint64 threadId = linker.find(m.accountId, threadIds);
    const QString subject = baseSubject(m.subject);
    if (threadId == 0 && prospectId > 0 && !subject.isEmpty()) {
        QSqlQuery candidates = Sql::run(
            m_db,
            QStringLiteral("SELECT id, subject FROM threads WHERE account_id = :a AND prospect_id = :p ORDER BY "
                           "last_message_at DESC LIMIT 20"),
            {{":a", m.accountId}, {":p", prospectId}});
        while (candidates.next()) {
            if (baseSubject(candidates.value(1).toString()) == subject) {
                threadId = candidates.value(0).toLongLong();
                break;
            }
        }
    }
    if (threadId == 0) {
        threadId = m_statements.insert(
            QStringLiteral("INSERT INTO threads (account_id, prospect_id, subject, last_message_at, created_at) VALUES "
                           "(:a, :p, :s, :t, :now)"),
            {{":a", m.accountId},
             {":p", prospectId > 0 ? QVariant(prospectId) : QVariant(QMetaType(QMetaType::LongLong))},
             {":s", m.subject},
             {":t", m.sentAt},
             {":now", now}});
    } else {
        m_statements.exec(
            QStringLiteral("UPDATE threads SET last_message_at = max(coalesce(last_message_at, 0), :t) WHERE id = :id"),
            {{":t", m.sentAt}, {":id", threadId}});
    }
    linker.record(m.accountId, threadIds, threadId);
    if (m.inbound) {
        m_statements.exec(QStringLiteral("UPDATE threads SET classification = :c WHERE id = :id"),
                          {{":c", m.category}, {":id", threadId}});
    }
    m_statements.insert(
        QStringLiteral(
            "INSERT INTO messages (thread_id, account_id, direction, message_id, in_reply_to, mailbox, "
            "uid, uidvalidity, from_address, to_addresses, subject, body_text, body_html, "
            "references_header, sent_at, classification, classification_confidence, language, "
            "bounce_status, bounce_recipient, return_date, return_date_precision, referral_email, referral_name, "
            "sender_left_company, follow_up_date, follow_up_precision, created_at) VALUES (:th, :a, "
            ":dir, :mid, :irt, :m, :u, :v, :from, :to, :subj, :text, :html, :refs, :sent, :c, :conf, "
            ":lang, :bs, :br, :rd, :rdp, :re, :rn, :left, :fu, :fup, :now)"),
        {{":th", threadId},
         {":a", m.accountId},
         {":dir", m.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
         {":mid", Sql::orNull(m.messageId)},
         {":irt", Sql::orNull(m.inReplyTo)},
         {":m", Sql::orNull(m.mailbox)},
         // A message the outbox just sent has no place in a folder until the Sent folder syncs.
         {":u", m.uid > 0 ? QVariant(m.uid) : QVariant(QMetaType(QMetaType::LongLong))},
         {":v", m.uid > 0 ? QVariant(m.uidValidity) : QVariant(QMetaType(QMetaType::LongLong))},
         {":from", Sql::orNull(m.fromAddress)},
         {":to", m.to.join(QStringLiteral(", "))},
         {":subj", m.subject},
         {":text", m.text},
         {":html", Sql::orNull(m.html)},
         {":refs", Sql::orNull(m.references.join(QLatin1Char(' ')))},
         {":sent", m.sentAt},
         {":c", m.inbound ? QVariant(m.category) : QVariant(QMetaType(QMetaType::QString))},
         {":conf", m.inbound ? QVariant(m.confidence) : QVariant(QMetaType(QMetaType::Double))},
         {":lang", Sql::orNull(m.language)},
         {":bs", Sql::orNull(m.bounceStatus)},
         {":br", Sql::orNull(m.bounceRecipient)},
         {":rd", Sql::orNull(m.returnDate.isValid() ? m.returnDate.toString(Qt::ISODate) : QString())},
         {":rdp",
          Sql::orNull(!m.returnDate.isValid()       ? QString()
                          : m.returnDateApproximate ? QStringLiteral("approximate")
                                                    : QStringLiteral("day"))},
         {":re", Sql::orNull(m.referralEmail)},
         {":rn", Sql::orNull(m.referralName)},
         {":left", m.senderLeftCompany ? 1 : 0},
         {":fu", Sql::orNull(m.followUpDate.isValid() ? m.followUpDate.toString(Qt::ISODate) : QString())},
         {":fup",
          Sql::orNull(!m.followUpDate.isValid()   ? QString()
                          : m.followUpApproximate ? QStringLiteral("approximate")
                                                  : QStringLiteral("day"))},
         {":now", now}});

    // Consequences, at once: never mail again an address that is gone, asked to stop, or complained.
    if (m.inbound) {
        if (!m.suppressReason.isEmpty() && !m.about.isEmpty()) {
            QString problem;
            DoNotContactRepository(m_db).add(m.about, m.suppressReason, now, &problem);
            if (prospectId > 0) {
                QSqlQuery moved = Sql::run(
                    m_db,
                    QStringLiteral(
                        "UPDATE prospects SET status = :s, updated_at = :now WHERE id = :id AND status <> :s"),
                    {{":s", m.newStage}, {":now", now}, {":id", prospectId}});
                if (moved.numRowsAffected() > 0) {
                    AuditLog(m_db).addActivity(
                        prospectId, QStringLiteral("stage.changed"),
                        QStringLiteral("Stage changed to %1 (%2)").arg(m.newStage, m.suppressReason),
                        QStringLiteral("inbox"), QStringLiteral("threads"), threadId, now);
                }
            }
        }
        if (m.category == QLatin1String("bounce") || m.category == QLatin1String("complaint")) {
            // Too many bounces or a complaint pause the mailbox's sending before its reputation suffers.
            MailAccountRepository(m_db).checkHealth(m.accountId, m.category, now);
        }
        if (prospectId > 0) {
            // Sequences stop (or pause, for an out-of-office) in the same transaction: before the next send.
            EnrollmentRepository(m_db).onInbound(prospectId, m.category, m.returnDate, QStringLiteral("inbox"), now);
            AuditLog(m_db).addActivity(prospectId, QStringLiteral("email.received"),
                                       QStringLiteral("Email received (%1): %2").arg(m.category, m.subject.left(120)),
                                       QStringLiteral("inbox"), QStringLiteral("threads"), threadId, now);
        }
    }
    if (m.uid > 0) {
        m_statements.exec(
            QStringLiteral("UPDATE mailbox_sync SET last_uid = :u WHERE account_id = :a AND mailbox = :m"),
            {{":u", m.uid}, {":a", m.accountId}, {":m", m.mailbox}});
    }
    return threadId;
}

namespace {

QString uidList(const QList<qint64>& uids)
{
    QStringList values;
    values.reserve(uids.size());
    for (const qint64 uid : uids) {
        values.append(QString::number(uid));
    }
    return QLatin1Char('[') + values.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

void MailboxRepository::markSeen(qint64 accountId, const QString& mailbox, qint64 uidValidity,
                                 const QList<qint64>& uids)
{
    if (uids.isEmpty()) {
        return;
    }
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE messages SET seen = 1 WHERE account_id = :a AND mailbox = :m AND "
                                          "uidvalidity = :v AND seen = 0 AND uid IN (SELECT value FROM json_each(:u))"),
                           {{":a", accountId}, {":m", mailbox}, {":v", uidValidity}, {":u", uidList(uids)}});
    if (q.numRowsAffected() > 0) {
        ChangeHub::notify(ChangeHub::Prospects);
    }
}

QList<qint64> MailboxRepository::readHere(qint64 accountId, const QString& mailbox, qint64 uidValidity) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT uid FROM messages WHERE account_id = :a AND mailbox = :m AND "
                                          "uidvalidity = :v AND seen = 2 ORDER BY uid"),
                           {{":a", accountId}, {":m", mailbox}, {":v", uidValidity}});
    QList<qint64> uids;
    while (q.next()) {
        uids.append(q.value(0).toLongLong());
    }
    return uids;
}

void MailboxRepository::markSeenPushed(qint64 accountId, const QString& mailbox, qint64 uidValidity,
                                       const QList<qint64>& uids)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE messages SET seen = 1 WHERE account_id = :a AND mailbox = :m AND uidvalidity = :v "
                            "AND seen = 2 AND uid IN (SELECT value FROM json_each(:u))"),
             {{":a", accountId}, {":m", mailbox}, {":v", uidValidity}, {":u", uidList(uids)}});
}

} // namespace sc::models
