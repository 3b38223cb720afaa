#pragma once

#include "ImapClient.h"
#include "models/entities/SyncedMessage.h"

#include <QList>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace sc::agents::inbox {

// The sync's pipeline: a worker thread fetches the next messages of a folder and judges them
// (parse, classify) while the caller's thread stores the ones before, so the network, the
// classifier and SQLite work at the same time instead of in turn. A few messages ahead at most.
// The worker owns the IMAP client until stop() or the last message: the caller must not touch it
// in between (error() and fetchedUids() are read after).
class FetchAhead
{
public:
    using Judge = std::function<models::SyncedMessage(qint64 uid, const QByteArray& raw)>;
    static constexpr size_t Depth = 32;

    FetchAhead(ImapClient& imap, QString mailbox, QList<qint64> uids, Judge judge);
    ~FetchAhead();
    FetchAhead(const FetchAhead&) = delete;
    FetchAhead& operator=(const FetchAhead&) = delete;

    // The next message, in UID order; false when none is left, the fetch failed or stop() was called.
    bool next(models::SyncedMessage* out);
    // Ends the worker (after the message it is fetching) and waits for it.
    void stop();
    bool failed() const { return m_failed; } // after next() returned false
    // Every UID the worker fetched, stored by the caller or not (after next() returned false or stop()).
    const QList<qint64>& fetchedUids() const { return m_fetched; }

private:
    void work();

    ImapClient& m_imap;
    const QString m_mailbox;
    const QList<qint64> m_uids;
    const Judge m_judge;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<models::SyncedMessage> m_ready;
    bool m_done = false; // the worker has nothing more to give
    bool m_stop = false;
    bool m_failed = false;
    QList<qint64> m_fetched;
    std::thread m_worker;
};

} // namespace sc::agents::inbox
