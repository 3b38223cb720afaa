#pragma once

#include <QObject>

namespace sc::models {

// Change notices: repositories announce which kind of data changed, from any thread; views and item
// models listening on the GUI thread reload. Notices from a burst of writes are coalesced.
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    enum Topic { Jobs = 0x1, Drafts = 0x2, Prospects = 0x4, Accounts = 0x8, Settings = 0x10, Outbox = 0x20 };
    Q_DECLARE_FLAGS(Topics, Topic)

    // The hub of this process, created on first use in the thread that first asks (the GUI thread).
    static ChangeHub* instance();
    // Thread-safe: queues a notice that is delivered on the hub's thread.
    static void notify(Topic topic);
    ~ChangeHub() override;

Q_SIGNALS:
    void changed(sc::models::ChangeHub::Topics topics);

private:
    explicit ChangeHub(QObject* parent = nullptr);
    void deliver();

    std::atomic<int> m_pending {0};
};

} // namespace sc::models

Q_DECLARE_OPERATORS_FOR_FLAGS(sc::models::ChangeHub::Topics)
