#pragma once

#include "../entities/SyncedMessage.h"
#include "../store/StatementCache.h"

#include <QSqlDatabase>
#include <optional>

namespace sc::models {

// What the Inbox agent keeps of a mailbox: each folder's sync state, and the messages it fetched,
// threaded and linked to their prospects.
class MailboxRepository
{
public:
    struct FolderState
    {
        qint64 uidValidity = 0;
        qint64 lastUid = 0;
    };

    explicit MailboxRepository(QSqlDatabase db);
    std::optional<FolderState> folderState(qint64 accountId, const QString& mailbox) const;
    // Starts a folder over (first sync, or a changed UIDVALIDITY).
    void resetFolder(qint64 accountId, const QString& mailbox, const QString& role, qint64 uidValidity);
    void markSynced(qint64 accountId, const QString& mailbox, qint64 now);
    // In one transaction: the message (or, already known by Message-ID, its new place), its thread
    // (ThreadLinker: by its Message-ID, In-Reply-To and whole References, merging the threads it links;
    // else subject with the same prospect), its prospect, its consequence (do-not-contact, stage,
    // timeline), and the folder's last UID.
    void store(const SyncedMessage& message, qint64 now);
    // Read state, both ways. messages.seen: 0 unread, 1 read, 2 read here and not yet flagged on the
    // server. markSeen: the server says these UIDs are read (a message read here stays read).
    void markSeen(qint64 accountId, const QString& mailbox, qint64 uidValidity, const QList<qint64>& uids);
    QList<qint64> readHere(qint64 accountId, const QString& mailbox, qint64 uidValidity) const;
    void markSeenPushed(qint64 accountId, const QString& mailbox, qint64 uidValidity, const QList<qint64>& uids);
    // The same, inside the caller's transaction; returns the message's thread.
    qint64 insert(const SyncedMessage& message, qint64 now);

private:
    QSqlDatabase m_db;
    // The statements every stored message runs, prepared once for a sync's thousands of messages.
    StatementCache m_statements;
};

} // namespace sc::models
