#include "ChangeHub.h"

#include <QCoreApplication>

namespace sc::models {

namespace {
std::atomic<ChangeHub*> s_hub {nullptr};
}

ChangeHub::ChangeHub(QObject* parent)
    : QObject(parent)
{
}

ChangeHub::~ChangeHub()
{
    ChangeHub* self = this;
    s_hub.compare_exchange_strong(self, nullptr);
}

ChangeHub* ChangeHub::instance()
{
    ChangeHub* hub = s_hub.load();
    if (!hub) {
        auto* created = new ChangeHub(QCoreApplication::instance());
        if (s_hub.compare_exchange_strong(hub, created)) {
            hub = created;
        } else {
            delete created;
        }
    }
    return hub;
}

void ChangeHub::notify(Topic topic)
{
    ChangeHub* hub = s_hub.load();
    if (!hub) {
        return; // nobody listens (CLI, tests without models)
    }
    const int before = hub->m_pending.fetch_or(topic);
    if (before == 0) {
        QMetaObject::invokeMethod(
            hub, [hub] { hub->deliver(); }, Qt::QueuedConnection);
    }
}

void ChangeHub::deliver()
{
    const int topics = m_pending.exchange(0);
    if (topics != 0) {
        Q_EMIT changed(Topics(topics));
    }
}

} // namespace sc::models
