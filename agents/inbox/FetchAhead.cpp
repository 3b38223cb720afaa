#include "FetchAhead.h"

namespace sc::agents::inbox {

FetchAhead::FetchAhead(ImapClient& imap, QString mailbox, QList<qint64> uids, Judge judge)
    : m_imap(imap)
    , m_mailbox(std::move(mailbox))
    , m_uids(std::move(uids))
    , m_judge(std::move(judge))
{
    if (!m_uids.isEmpty()) {
        m_worker = std::thread([this] { work(); });
    } else {
        m_done = true;
    }
}

FetchAhead::~FetchAhead()
{
    stop();
}

void FetchAhead::work()
{
    for (const qint64 uid : m_uids) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < Depth; });
            if (m_stop) {
                break;
            }
        }
        QByteArray raw;
        const bool ok = m_imap.fetch(m_mailbox, uid, &raw);
        models::SyncedMessage message;
        if (ok) {
            message = m_judge(uid, raw);
        }
        std::lock_guard lock(m_mutex);
        if (!ok) {
            m_failed = true;
            break;
        }
        m_fetched.append(uid);
        m_ready.push_back(std::move(message));
        m_changed.notify_all();
    }
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

bool FetchAhead::next(models::SyncedMessage* out)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || !m_ready.empty() || m_done; });
        if (!m_stop && !m_ready.empty()) {
            *out = std::move(m_ready.front());
            m_ready.pop_front();
            m_changed.notify_all();
            return true;
        }
    }
    stop(); // nothing left: the worker has ended, or is asked to
    return false;
}

void FetchAhead::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

} // namespace sc::agents::inbox
