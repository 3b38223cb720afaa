#pragma once

#include "../entities/Job.h"
#include "../entities/OutboxMessage.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace sc::models {

// The outbox: what the rep approved to send, and the state of each message on its way. Every state
// change is committed before the step it guards (see 011_outbox.sql), so a crash at any moment
// leaves enough on disk to never send a message twice.
class OutboxRepository
{
public:
    static constexpr const char* SendJobKind = "outbox.send";
    // The job that makes the Inbox agent send an account's outbox (one queued per account).
    static NewJob sendJob(qint64 accountId, qint64 runAt = 0);

    explicit OutboxRepository(QSqlDatabase db);

    // Queues a message. Refused (0, *problem says why) for an invalid address or one on the
    // do-not-contact list. Gives it its Message-ID (at the account's domain), its unsubscribe token
    // and its prospect (by address) when not set; a reply without References takes the chain of the
    // message it answers.
    qint64 enqueue(OutboxMessage message, qint64 now, QString* problem);
    // An approved draft, to its recipient, from its account (else the first one); a reply keeps the
    // thread of the message it answers. 0 with *problem when it cannot go (no mailbox, do-not-contact).
    qint64 enqueueDraft(qint64 draftId, qint64 now, QString* problem);
    // Approved drafts that never reached the outbox (approved before any mailbox existed): queued now.
    // Returns how many; each account with new mail in its outbox is in *accounts.
    int enqueueWaitingDrafts(qint64 now, QList<qint64>* accounts);
    // Approved drafts that no mailbox has taken yet (there was none to send from): what the Outbox
    // shows as waiting, newest decision first.
    struct WaitingDraft
    {
        qint64 draftId = 0;
        QString toAddress;
        QString subject;
        qint64 approvedAt = 0;
    };
    QList<WaitingDraft> waitingDrafts(int limit = 500) const; // -1: all
    std::optional<OutboxMessage> find(qint64 id) const;
    // Newest first; accountId 0: every account.
    QList<OutboxMessage> list(qint64 accountId = 0, int limit = 500) const;

    // What a crash left between claim and the local record of success.
    QList<OutboxMessage> inFlight(qint64 accountId) const;
    // Sent, but the copy in the Sent folder is not confirmed yet.
    QList<OutboxMessage> unfiled(qint64 accountId) const;
    // The oldest queued message due at `now`, if any; nextDueAt: when the next queued one is due (0: none).
    std::optional<OutboxMessage> nextDue(qint64 accountId, qint64 now) const;
    qint64 nextDueAt(qint64 accountId) const;
    // Sending caps: how many went out since `since`, and when the oldest of them went.
    int sentSince(qint64 accountId, qint64 since) const;
    qint64 oldestSentSince(qint64 accountId, qint64 since) const;
    qint64 lastSentAt(qint64 accountId) const;

    // queued -> sending (attempts + 1). False when it was not queued any more.
    bool claim(qint64 id, qint64 now);
    // sending -> transmitting: the server accepted the recipients and takes the content.
    void markTransmitting(qint64 id);
    // -> sent, in one transaction with the message in its conversation, the draft's status and the
    // prospect's timeline. reconciled: found in the Sent folder after a crash.
    void markSent(qint64 id, qint64 now, bool reconciled);
    void markFiled(qint64 id);
    // A failure: permanent -> failed; else queued again, not before retryAt.
    void markFailed(qint64 id, const QString& error, bool permanent, qint64 retryAt);
    // Back in the queue without using up an attempt: the account's login failed, not this message.
    void markDeferred(qint64 id, const QString& error, qint64 retryAt);
    // Never leaves: the address is on the do-not-contact list.
    void markBlocked(qint64 id, const QString& reason);
    // In flight at a crash, not found in Sent: never sent twice without the rep.
    void markUncertain(qint64 id, const QString& note);
    // In flight at a crash, the server never took the content: queued again as it was.
    void requeue(qint64 id);

    // The rep's decisions. Each returns false when the message is not in a state that allows it.
    bool sendAgain(qint64 id, qint64 now); // uncertain or failed -> queued
    bool confirmSent(qint64 id, qint64 now); // uncertain -> sent
    bool cancel(qint64 id); // queued, failed or uncertain -> cancelled

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
