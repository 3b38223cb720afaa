#pragma once

#include "ImapClient.h"
#include "models/entities/MailAccount.h"
#include "models/entities/OutboxMessage.h"

#include <QSqlDatabase>
#include <functional>

namespace sc::agents::inbox {

// Sends an account's outbox, exactly once per message, within the rep's sending rules.
//
// First it settles what a crash left in flight: a message claimed but never handed to the server
// is queued again; one whose content the server was taking is looked up by its Message-ID in the
// Sent folder (providers file what they relay): found, it went; not found, it becomes 'uncertain'
// and waits for the rep — never sent a second time on a guess. Then it files copies of sent mail
// into the Sent folder (IMAP APPEND, unless already there), then sends what is due, one message at a
// time: never to an address on the do-not-contact list, never more than the account's daily cap in
// any 24 hours, never faster than one message per "outbox.min_interval_seconds" (20 by default).
// A server that says "later" (4xx, a dropped connection before the content) gets the message again
// with backoff; one that says "no" (5xx) fails it with the server's words.
class OutboxSender
{
public:
    static constexpr int MaxAttempts = 5;

    struct Result
    {
        bool ok = true; // false: the servers could not be reached or refused the login
        QString error;
        ImapClient::Failure failure = ImapClient::Failure::None;
        int sent = 0;
        int failed = 0;
        int blocked = 0;
        int reconciled = 0; // found in Sent after a crash
        int uncertain = 0;
        int requeued = 0;
        bool capReached = false;
        QString pausedReason; // not empty: the mailbox's sending is paused (bounces, a complaint); nothing went
        qint64 nextAttemptAt = 0; // ms since the epoch; 0: nothing left to send
    };

    OutboxSender(QSqlDatabase db, models::MailAccount account, QString secret);
    // canceled() is asked between messages.
    Result run(const std::function<bool()>& canceled = {});

    // The MIME message of an outbox row, as it is sent and filed.
    static QByteArray mime(const models::MailAccount& account, const models::OutboxMessage& message,
                           const QString& unsubscribeUrl, const QString& footer = {});
    // The footer an email ends with: the rep's sender identity (Setting::MailFooter: a name, a postal
    // address) and how to unsubscribe (the one-click page, else a reply). Empty when the setting is.
    static QString footerText(const QString& footer, const QString& unsubscribeUrl, const QString& token);
    // Minutes to wait after the n-th failed attempt: 1, 5, 15, 60...
    static qint64 backoffMs(int attempts);

private:
    bool openImap(Result* result);
    void settleInFlight(Result* result);
    void fileSent(const models::OutboxMessage& message, Result* result);

    QSqlDatabase m_db;
    models::MailAccount m_account;
    QString m_secret;
    QString m_unsubscribeUrl;
    QString m_footer;
    std::unique_ptr<ImapClient> m_imap;
    bool m_imapTried = false;
    QString m_sentFolder;
};

} // namespace sc::agents::inbox
