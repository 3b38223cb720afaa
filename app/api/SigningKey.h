#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace sc::app {
class SecretStore;
}

namespace sc::app::api {

// The workspace's token-signing key: in the keychain (made on first use), or from
// SALES_COPILOT_SECRET_API_SIGNING_KEY (base64, 32+ bytes) on a machine without one.
// done(key, error) runs on context's thread; key is empty when error says why.
void obtainSigningKey(SecretStore* secrets, QObject* context,
                      const std::function<void(const QByteArray&, const QString&)>& done);

} // namespace sc::app::api
