#include "SecretReply.h"

namespace sc::app {

SecretReply::SecretReply(QObject* context, SecretStore::Callback done)
{
    if (context != nullptr) {
        connect(
            this, &SecretReply::finished, context,
            [done = std::move(done)](const SecretStore::Result& result) { done(result); }, Qt::QueuedConnection);
    }
}

SecretReply::~SecretReply()
{
    if (!m_answered) {
        // The store was destroyed before it ran the request: the asker must not wait forever.
        SecretStore::Result result;
        result.error = SecretStore::Error::Other;
        result.message = SecretStore::messageFor(result.error);
        Q_EMIT finished(result);
    }
}

void SecretReply::answer(const SecretStore::Result& result)
{
    if (m_answered) {
        return;
    }
    m_answered = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace sc::app
