#include "SigningKey.h"

#include "app/SecretStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace sc::app::api {

namespace {
constexpr const char* KeyName = "api.signing_key";
constexpr const char* Variable = "SALES_COPILOT_SECRET_API_SIGNING_KEY";
} // namespace

void obtainSigningKey(SecretStore* secrets, QObject* context,
                      const std::function<void(const QByteArray&, const QString&)>& done)
{
    if (qEnvironmentVariableIsSet(Variable)) {
        const QByteArray key = QByteArray::fromBase64(qgetenv(Variable));
        if (key.size() < 32) {
            done({},
                 QCoreApplication::translate("sc::app::api::SigningKey", "%1 must hold at least 32 bytes, base64")
                     .arg(QLatin1String(Variable)));
        } else {
            done(key, {});
        }
        return;
    }
    secrets->read(QLatin1String(KeyName), context, [secrets, context, done](const SecretStore::Result& read) {
        if (read.ok()) {
            done(QByteArray::fromBase64(read.value.toLatin1()), {});
            return;
        }
        if (read.error != SecretStore::Error::NotFound) {
            done({},
                 QCoreApplication::translate("sc::app::api::SigningKey",
                                             "the API's signing key lives in the keychain: %1 (or set %2)")
                     .arg(read.message, QLatin1String(Variable)));
            return;
        }
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                             reinterpret_cast<quint32*>(key.data() + key.size()));
        secrets->write(QLatin1String(KeyName), QString::fromLatin1(key.toBase64()), context,
                       [done, key](const SecretStore::Result& written) {
                           if (!written.ok()) {
                               done({},
                                    QCoreApplication::translate("sc::app::api::SigningKey",
                                                                "cannot keep the API's signing key in the keychain: %1")
                                        .arg(written.message));
                               return;
                           }
                           done(key, {});
                       });
    });
}

} // namespace sc::app::api
