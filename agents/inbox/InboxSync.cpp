#include "InboxSync.h"

#include "AccountCheck.h"
#include "FetchAhead.h"
#include "MessageParser.h"
#include "ReplyClassifier.h"
#include "models/Clock.h"
#include "models/repositories/ConversationRepository.h"
#include "models/repositories/MailboxRepository.h"

#include <QRegularExpression>

namespace sc::agents::inbox {

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
    ImapClient imap(AccountCheck::imapSettings(m_account, m_password));
    QList<ImapClient::Folder> folders;
    if (!imap.folders(&folders)) {
        result.error = imap.error();
        result.failure = imap.failure();
        return result;
    }
    // Sent first: the rep's messages are what replies in INBOX thread onto.
    QList<QPair<QString, QString>> wanted;
    if (const QString sent = ImapClient::sentFolder(folders); !sent.isEmpty()) {
        wanted.append({sent, QStringLiteral("sent")});
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
    model(); // read here, on this thread, before the worker judges with it
    models::MailboxRepository folders(m_db);
    qint64 lastUid = 0;
    qint64 highest = 0;
    if (const auto known = folders.folderState(m_account.id, mailbox);
        known && known->uidValidity == status.uidValidity) {
        lastUid = known->lastUid;
    } else {
        // New folder, or the server renumbered it (UIDVALIDITY changed): start it over. Messages
        // stored before are matched again by Message-ID when they come back.
        folders.resetFolder(m_account.id, mailbox, role, status.uidValidity);
    }
    // Window by window up to UIDNEXT (a window's answer stays short), then whatever arrived since.
    for (qint64 from = lastUid;;) {
        const qint64 to = from + ImapClient::SearchWindow;
        const bool last = status.uidNext <= 0 || to >= status.uidNext - 1;
        QList<qint64> uids;
        if (!imap.searchUids(mailbox, from, &uids, last ? 0 : to)) {
            return failed();
        }
        // libcurl fetches with BODY[], which marks a message read: note what was unread, and leave it
        // unread once fetched. The rep has not read it because the app downloaded it.
        QList<qint64> wasSeen;
        if (!uids.isEmpty() && !imap.seenUids(mailbox, uids.first(), uids.last(), &wasSeen)) {
            return failed();
        }
        // Fetched and judged ahead on a worker thread, stored here in UID order.
        FetchAhead ahead(imap, mailbox, uids, [&](qint64 uid, const QByteArray& raw) {
            return judge(mailbox, role, status.uidValidity, uid, raw);
        });
        auto restoreUnread = [&] {
            ahead.stop(); // the client is this thread's again
            QList<qint64> fetchedUnread;
            for (const qint64 uid : ahead.fetchedUids()) {
                if (!std::binary_search(wasSeen.cbegin(), wasSeen.cend(), uid)) {
                    fetchedUnread.append(uid);
                }
            }
            return fetchedUnread.isEmpty() || imap.setSeen(mailbox, fetchedUnread, false);
        };
        models::SyncedMessage message;
        while (true) {
            if (canceled && canceled()) {
                restoreUnread();
                return true;
            }
            if (!ahead.next(&message)) {
                break;
            }
            folders.store(message, Clock::instance().nowMs());
            ++out->fetched;
            highest = message.uid;
        }
        if (ahead.failed()) {
            return failed(); // the connection is gone: the flags are put back at the next sync
        }
        if (!restoreUnread()) {
            return failed();
        }
        if (last) {
            break;
        }
        from = to;
    }
    // Read state, both ways: what the rep read here is flagged on the server, what was read elsewhere
    // (webmail, phone) is read here.
    if (const QList<qint64> readHere = folders.readHere(m_account.id, mailbox, status.uidValidity);
        !readHere.isEmpty()) {
        if (!imap.setSeen(mailbox, readHere, true)) {
            return failed();
        }
        folders.markSeenPushed(m_account.id, mailbox, status.uidValidity, readHere);
    }
    const qint64 top = std::max({highest, lastUid, status.uidNext - 1});
    for (qint64 from = 1; from <= top; from += ImapClient::SearchWindow) {
        QList<qint64> seen;
        if (!imap.seenUids(mailbox, from, std::min(top, from + ImapClient::SearchWindow - 1), &seen)) {
            return failed();
        }
        folders.markSeen(m_account.id, mailbox, status.uidValidity, seen);
    }
    folders.markSynced(m_account.id, mailbox, Clock::instance().nowMs());
    return true;
}

models::SyncedMessage InboxSync::judge(const QString& mailbox, const QString& role, qint64 uidValidity, qint64 uid,
                                       const QByteArray& raw) const
{
    const ParsedMessage m = MessageParser::parse(raw);
    models::SyncedMessage s;
    s.accountId = m_account.id;
    s.mailbox = mailbox;
    s.uidValidity = uidValidity;
    s.uid = uid;
    s.inbound = role == QLatin1String("inbox");
    s.messageId = m.messageId;
    s.inReplyTo = m.inReplyTo;
    s.references = m.references;
    s.subject = m.subject;
    s.fromAddress = m.fromAddress;
    s.to = m.to;
    s.text = m.textBody;
    if (m.textTruncated) {
        s.text += QStringLiteral("\n\n[…]"); // the rest is on the server, never downloaded twice
    }
    s.html = m.htmlBody;
    const qint64 now = Clock::instance().nowMs();
    s.sentAt = m.date.isValid() ? m.date.toMSecsSinceEpoch() : now;
    s.about = m.fromAddress;
    if (s.inbound) {
        const Classification c = ReplyClassifier(m_model.get()).classify(m);
        s.category = c.category;
        s.confidence = c.confidence;
        s.language = c.language;
        s.bounceStatus = c.bounce.status;
        s.bounceRecipient = c.bounce.recipient;
        s.returnDate = c.returnDate;
        s.returnDateApproximate = c.returnDateApproximate;
        s.referralEmail = c.referralEmail;
        s.referralName = c.referralName;
        s.senderLeftCompany = c.leftCompany;
        s.followUpDate = c.followUpDate;
        s.followUpApproximate = c.followUpApproximate;
        // Whom the message is about: a bounce about the address that failed, a complaint about the
        // address that complained (the returned message's To), anything else about its sender.
        if (c.category == QLatin1String("bounce") && !c.bounce.recipient.isEmpty()) {
            s.about = c.bounce.recipient;
        } else if (c.category == QLatin1String("complaint")) {
            static const QRegularExpression to(QStringLiteral(R"(^to:\s*.*?([^\s<>"]+@[^\s<>"]+))"),
                                               QRegularExpression::CaseInsensitiveOption
                                                   | QRegularExpression::MultilineOption);
            s.about = to.match(m.returnedHeaders).captured(1).toLower();
        }
        // Consequences, at once: never mail again an address that is gone, asked to stop, or complained.
        if (c.category == QLatin1String("bounce") && c.bounce.hard) {
            s.suppressReason = QStringLiteral("hard bounce %1").arg(c.bounce.status);
            s.newStage = QStringLiteral("do_not_contact");
        } else if (c.category == QLatin1String("unsubscribe")) {
            s.suppressReason = QStringLiteral("asked to unsubscribe");
            s.newStage = QStringLiteral("unsubscribed");
        } else if (c.category == QLatin1String("complaint")) {
            s.suppressReason = QStringLiteral("spam complaint");
            s.newStage = QStringLiteral("do_not_contact");
        }
    }
    return s;
}

} // namespace sc::agents::inbox
