#pragma once

#include "models/entities/SyncedMessage.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sc::tests {

// The threading fixture of tests/data/threading (public mailing-list mail, people replaced; see
// make_fixture.py): its messages as the Inbox agent hands them to the store, notmuch's grouping of
// them, and how far a store's grouping is from it.
namespace ThreadingFixture {

// The messages of an mbox in file order, each filed in its X-Fixture-Folder (UIDs are given when stored).
QList<models::SyncedMessage> readMbox(const QString& path);
// message id -> thread number, from expected.tsv.
QHash<QString, int> readExpected(const QString& path);

struct Comparison
{
    int messages = 0; // held by the store
    int threads = 0; // the store's, counting only threads that hold a message
    int expectedThreads = 0;
    qint64 splitPairs = 0; // pairs notmuch puts together and the store keeps apart
    qint64 joinedPairs = 0; // pairs the store puts together and notmuch keeps apart
    QStringList problems; // ids missing, unknown or held twice
    bool same() const { return splitPairs == 0 && joinedPairs == 0 && problems.isEmpty(); }
};
// `actual`: (message id, thread id) of every message the store holds.
Comparison compare(const QList<QPair<QString, qint64>>& actual, const QHash<QString, int>& expected);

// A mail account to store messages for.
qint64 addAccount(const QSqlDatabase& db);
// An inbound message as the Inbox hands it over: with an empty `id`, one without a Message-ID.
models::SyncedMessage mail(const QString& id, const QString& inReplyTo = {}, const QStringList& references = {},
                           const QString& folder = QStringLiteral("INBOX"), qint64 sentAt = 1000);
// Stores the messages one at a time (MailboxRepository::store), each folder's UIDs rising as they arrive.
void storeAll(const QSqlDatabase& db, qint64 accountId, const QList<models::SyncedMessage>& messages);
// (message id, thread id) of every message, read as the Conversations view reads them; *emptyThreads:
// thread rows left without a message, *miscounted: threads whose message count disagrees with their list.
QList<QPair<QString, qint64>> grouping(const QSqlDatabase& db, int* emptyThreads, int* miscounted);

} // namespace ThreadingFixture

} // namespace sc::tests
