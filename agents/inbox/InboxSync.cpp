#include "InboxSync.h"

#include "MessageParser.h"
#include "ReplyClassifier.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/repositories/AuditLog.h"
#include "models/repositories/ConversationRepository.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/store/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace sc::agents::inbox {

namespace Sql = models::Sql;

namespace {

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

ImapClient::Security security(const QString& mode)
{
    if (mode == QLatin1String("starttls")) {
        return ImapClient::Security::StartTls;
    }
    return mode == QLatin1String("none") ? ImapClient::Security::None : ImapClient::Security::Implicit;
}

// "Re: Fwd: RE: Démo" -> "démo": what a subject-based thread fallback compares.
QString baseSubject(const QString& subject)
{
    static const QRegularExpression prefixes(
        QStringLiteral(R"(^\s*((re|fwd?|tr|aw|wg|sv|r[ée]f)\s*(\[\d+\])?\s*:\s*)+)"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(subject).remove(prefixes).simplified().toLower();
}

} // namespace

InboxSync::InboxSync(QSqlDatabase db, models::MailAccount account, QString password)
    : m_db(std::move(db))
    , m_account(std::move(account))
    , m_password(std::move(password))
{
}

const TextClassifier& InboxSync::model()
{
    if (!m_model) {
        // The shipped corpus plus what the rep corrected, read once per sync.
        m_model = std::make_unique<TextClassifier>(TextClassifier::shipped());
        const auto corrections = models::ConversationRepository(m_db).corrections();
        for (const auto& [label, text] : corrections) {
            m_model->add(label, ReplyClassifier::ownWords(text));
        }
    }
    return *m_model;
}

InboxSync::Result InboxSync::run(const std::function<bool()>& canceled)
{
    Result result;
    ImapClient imap({m_account.imapHost, m_account.imapPort, security(m_account.imapSecurity), m_account.username,
                     m_password, 30000});
    QList<ImapClient::Folder> folders;
    if (!imap.folders(&folders)) {
        result.error = imap.error();
        result.failure = imap.failure();
        return result;
    }
    // Sent first: the rep's messages are what replies in INBOX thread onto.
    QList<QPair<QString, QString>> wanted;
    for (const ImapClient::Folder& folder : std::as_const(folders)) {
        if (folder.specialUse.compare(QLatin1String("\\Sent"), Qt::CaseInsensitive) == 0) {
            wanted.append({folder.name, QStringLiteral("sent")});
            break;
        }
    }
    wanted.append({QStringLiteral("INBOX"), QStringLiteral("inbox")});
    for (const auto& [mailbox, role] : std::as_const(wanted)) {
        FolderResult folder {mailbox, role, 0, 0};
        const bool ok = syncFolder(imap, mailbox, role, &folder, canceled, &result);
        result.folders.append(folder);
        if (!ok) {
            return result;
        }
    }
    result.ok = true;
    return result;
}

bool InboxSync::syncFolder(ImapClient& imap, const QString& mailbox, const QString& role, FolderResult* out,
                           const std::function<bool()>& canceled, Result* result)
{
    auto failed = [&] {
        result->error = imap.error();
        result->failure = imap.failure();
        return false;
    };
    ImapClient::Status status;
    if (!imap.examine(mailbox, &status)) {
        return failed();
    }
    out->total = status.exists;
    QSqlQuery known = Sql::run(m_db,
                               QStringLiteral("SELECT uidvalidity, last_uid FROM mailbox_sync WHERE account_id = :a "
                                              "AND mailbox = :m"),
                               {{":a", m_account.id}, {":m", mailbox}});
    qint64 lastUid = 0;
    if (known.next() && known.value(0).toLongLong() == status.uidValidity) {
        lastUid = known.value(1).toLongLong();
    } else {
        // New folder, or the server renumbered it (UIDVALIDITY changed): start it over. Messages
        // stored before are matched again by Message-ID when they come back.
        known.finish();
        Sql::run(m_db,
                 QStringLiteral("INSERT INTO mailbox_sync (account_id, mailbox, role, uidvalidity, last_uid) VALUES "
                                "(:a, :m, :r, :v, 0) ON CONFLICT (account_id, mailbox) DO UPDATE SET uidvalidity = "
                                ":v, last_uid = 0"),
                 {{":a", m_account.id}, {":m", mailbox}, {":r", role}, {":v", status.uidValidity}});
    }
    // Window by window up to UIDNEXT (a window's answer stays short), then whatever arrived since.
    for (qint64 from = lastUid;;) {
        const qint64 to = from + ImapClient::SearchWindow;
        const bool last = status.uidNext <= 0 || to >= status.uidNext - 1;
        QList<qint64> uids;
        if (!imap.searchUids(mailbox, from, &uids, last ? 0 : to)) {
            return failed();
        }
        for (const qint64 uid : std::as_const(uids)) {
            if (canceled && canceled()) {
                return true;
            }
            QByteArray raw;
            if (!imap.fetch(mailbox, uid, &raw)) {
                return failed();
            }
            store(mailbox, role, status.uidValidity, uid, raw);
            ++out->fetched;
        }
        if (last) {
            break;
        }
        from = to;
    }
    Sql::run(m_db, QStringLiteral("UPDATE mailbox_sync SET synced_at = :t WHERE account_id = :a AND mailbox = :m"),
             {{":t", Clock::instance().nowMs()}, {":a", m_account.id}, {":m", mailbox}});
    return true;
}

void InboxSync::store(const QString& mailbox, const QString& role, qint64 uidValidity, qint64 uid,
                      const QByteArray& raw)
{
    const ParsedMessage m = MessageParser::parse(raw);
    const bool inbound = role == QLatin1String("inbox");
    Classification c;
    if (inbound) {
        c = ReplyClassifier(&model()).classify(m);
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 sentAt = m.date.isValid() ? m.date.toMSecsSinceEpoch() : now;
    models::Transaction transaction(m_db);

    // The same message seen again (a UIDVALIDITY reset, or filed in two folders): move its UID.
    if (!m.messageId.isEmpty()) {
        QSqlQuery same
            = Sql::run(m_db,
                       QStringLiteral("UPDATE messages SET mailbox = :m, uidvalidity = :v, uid = :u WHERE "
                                      "account_id = :a AND message_id = :id"),
                       {{":m", mailbox}, {":v", uidValidity}, {":u", uid}, {":a", m_account.id}, {":id", m.messageId}});
        if (same.numRowsAffected() > 0) {
            Sql::run(m_db,
                     QStringLiteral("UPDATE mailbox_sync SET last_uid = :u WHERE account_id = :a AND mailbox = :m"),
                     {{":u", uid}, {":a", m_account.id}, {":m", mailbox}});
            transaction.commit();
            return;
        }
    }

    // Whom the message is about: a bounce about the address that failed, a complaint about the
    // address that complained (the returned message's To), anything else about its sender.
    QString about = m.fromAddress;
    if (c.category == QLatin1String("bounce") && !c.bounce.recipient.isEmpty()) {
        about = c.bounce.recipient;
    } else if (c.category == QLatin1String("complaint")) {
        static const QRegularExpression to(QStringLiteral(R"(^to:\s*.*?([^\s<>"]+@[^\s<>"]+))"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::MultilineOption);
        about = to.match(m.returnedHeaders).captured(1).toLower();
    }
    // The prospect: whom an inbound message is about, a recipient of what went out.
    qint64 prospectId = 0;
    const QStringList people = inbound ? QStringList {about} : m.to;
    for (const QString& address : people) {
        const QVariant id = Sql::scalar(
            m_db, QStringLiteral("SELECT id FROM prospects WHERE email = :e COLLATE NOCASE AND deleted_at IS NULL"),
            {{":e", address}});
        if (id.isValid()) {
            prospectId = id.toLongLong();
            break;
        }
    }
    // The thread: by the messages this one answers (In-Reply-To, References), else by subject with
    // the same prospect, else a new one.
    qint64 threadId = 0;
    QStringList ancestors = m.references;
    if (!m.inReplyTo.isEmpty()) {
        ancestors.prepend(m.inReplyTo);
    }
    for (const QString& id : std::as_const(ancestors)) {
        const QVariant thread = Sql::scalar(
            m_db, QStringLiteral("SELECT thread_id FROM messages WHERE account_id = :a AND message_id = :id"),
            {{":a", m_account.id}, {":id", id}});
        if (thread.isValid() && !thread.isNull()) {
            threadId = thread.toLongLong();
            break;
        }
    }
    const QString subject = baseSubject(m.subject);
    if (threadId == 0 && prospectId > 0 && !subject.isEmpty()) {
        QSqlQuery candidates = Sql::run(
            m_db,
            QStringLiteral("SELECT id, subject FROM threads WHERE account_id = :a AND prospect_id = :p ORDER BY "
                           "last_message_at DESC LIMIT 20"),
            {{":a", m_account.id}, {":p", prospectId}});
        while (candidates.next()) {
            if (baseSubject(candidates.value(1).toString()) == subject) {
                threadId = candidates.value(0).toLongLong();
                break;
            }
        }
    }
    if (threadId == 0) {
        QSqlQuery thread = Sql::run(
            m_db,
            QStringLiteral("INSERT INTO threads (account_id, prospect_id, subject, last_message_at, created_at) VALUES "
                           "(:a, :p, :s, :t, :now)"),
            {{":a", m_account.id},
             {":p", prospectId > 0 ? QVariant(prospectId) : QVariant(QMetaType(QMetaType::LongLong))},
             {":s", m.subject},
             {":t", sentAt},
             {":now", now}});
        threadId = thread.lastInsertId().toLongLong();
    } else {
        Sql::run(
            m_db,
            QStringLiteral("UPDATE threads SET last_message_at = max(coalesce(last_message_at, 0), :t) WHERE id = :id"),
            {{":t", sentAt}, {":id", threadId}});
    }
    // Replies stored before this message (another folder, an earlier sync) join its thread.
    if (!m.messageId.isEmpty()) {
        Sql::run(m_db,
                 QStringLiteral("UPDATE messages SET thread_id = :t WHERE account_id = :a AND in_reply_to = :id AND "
                                "thread_id IS NOT :t"),
                 {{":t", threadId}, {":a", m_account.id}, {":id", m.messageId}});
    }
    if (inbound) {
        Sql::run(m_db, QStringLiteral("UPDATE threads SET classification = :c WHERE id = :id"),
                 {{":c", c.category}, {":id", threadId}});
    }
    Sql::run(m_db,
             QStringLiteral("INSERT INTO messages (thread_id, account_id, direction, message_id, in_reply_to, mailbox, "
                            "uid, uidvalidity, from_address, to_addresses, subject, body_text, body_html, "
                            "references_header, sent_at, classification, classification_confidence, language, "
                            "bounce_status, bounce_recipient, created_at) VALUES (:th, :a, :dir, :mid, :irt, :m, :u, "
                            ":v, :from, :to, :subj, :text, :html, :refs, :sent, :c, :conf, :lang, :bs, :br, :now)"),
             {{":th", threadId},
              {":a", m_account.id},
              {":dir", inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
              {":mid", orNull(m.messageId)},
              {":irt", orNull(m.inReplyTo)},
              {":m", mailbox},
              {":u", uid},
              {":v", uidValidity},
              {":from", orNull(m.fromAddress)},
              {":to", m.to.join(QStringLiteral(", "))},
              {":subj", m.subject},
              {":text", m.textBody},
              {":html", orNull(m.htmlBody)},
              {":refs", orNull(m.references.join(QLatin1Char(' ')))},
              {":sent", sentAt},
              {":c", inbound ? QVariant(c.category) : QVariant(QMetaType(QMetaType::QString))},
              {":conf", inbound ? QVariant(c.confidence) : QVariant(QMetaType(QMetaType::Double))},
              {":lang", orNull(c.language)},
              {":bs", orNull(c.bounce.status)},
              {":br", orNull(c.bounce.recipient)},
              {":now", now}});

    // Consequences, at once: never mail again an address that is gone, asked to stop, or complained.
    if (inbound) {
        QString reason;
        QString stage;
        if (c.category == QLatin1String("bounce") && c.bounce.hard) {
            reason = QStringLiteral("hard bounce %1").arg(c.bounce.status);
            stage = QStringLiteral("do_not_contact");
        } else if (c.category == QLatin1String("unsubscribe")) {
            reason = QStringLiteral("asked to unsubscribe");
            stage = QStringLiteral("unsubscribed");
        } else if (c.category == QLatin1String("complaint")) {
            reason = QStringLiteral("spam complaint");
            stage = QStringLiteral("do_not_contact");
        }
        if (!reason.isEmpty() && !about.isEmpty()) {
            QString problem;
            models::DoNotContactRepository(m_db).add(about, reason, now, &problem);
            if (prospectId > 0) {
                QSqlQuery moved = Sql::run(
                    m_db,
                    QStringLiteral(
                        "UPDATE prospects SET status = :s, updated_at = :now WHERE id = :id AND status <> :s"),
                    {{":s", stage}, {":now", now}, {":id", prospectId}});
                if (moved.numRowsAffected() > 0) {
                    models::AuditLog(m_db).addActivity(prospectId, QStringLiteral("stage.changed"),
                                                       QStringLiteral("Stage changed to %1 (%2)").arg(stage, reason),
                                                       QStringLiteral("inbox"), QStringLiteral("threads"), threadId,
                                                       now);
                }
            }
        }
        if (prospectId > 0) {
            models::AuditLog(m_db).addActivity(
                prospectId, QStringLiteral("email.received"),
                QStringLiteral("Email received (%1): %2").arg(c.category, m.subject.left(120)), QStringLiteral("inbox"),
                QStringLiteral("threads"), threadId, now);
        }
    }
    Sql::run(m_db, QStringLiteral("UPDATE mailbox_sync SET last_uid = :u WHERE account_id = :a AND mailbox = :m"),
             {{":u", uid}, {":a", m_account.id}, {":m", mailbox}});
    transaction.commit();
    models::ChangeHub::notify(models::ChangeHub::Prospects);
}

} // namespace sc::agents::inbox
