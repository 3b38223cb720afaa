#pragma once

#include "SecretStore.h"

#include <QObject>

namespace sc::app {

// Carries one SecretStore answer back to the thread that asked for it. It lives on the store's thread;
// its finished() signal reaches the asker's context object through a queued connection, so the callback
// runs on the context's thread, and Qt drops the answer if the context is destroyed first (a QPointer
// would be read on the wrong thread). A reply that ends without an answer (its store went away) says so.
class SecretReply : public QObject
{
    Q_OBJECT
public:
    // On the asking thread, while context is alive.
    SecretReply(QObject* context, SecretStore::Callback done);
    ~SecretReply() override;

    // On the store's thread: hands the result over, once, and deletes the reply later.
    void answer(const SecretStore::Result& result);

Q_SIGNALS:
    void finished(const sc::app::SecretStore::Result& result);

private:
    bool m_answered = false;
};

} // namespace sc::app
