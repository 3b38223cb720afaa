#include "SecretStore.h"

#include "SecretReply.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>
#include <QThread>
#include <QUuid>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "salescopilot.secrets")

namespace sc::app {

namespace {
const QString kChunkHeader = QStringLiteral("sc-chunks:");

bool secretServiceReachable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        return false;
    }
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name).value()) {
        return true;
    }
    const QStringList activatable = bus.interface()->activatableServiceNames().value();
    return activatable.contains(name) || activatable.contains(QStringLiteral("org.kde.kwalletd5"));
#else
    return true;
#endif
}
} // namespace

SecretStore::SecretStore(QString scope, QObject* parent)
    : QObject(parent)
    , m_scope(std::move(scope))
#ifdef Q_OS_WIN
    , m_chunkSize(1800) // 2.5 KB per entry, after base64
#else
    , m_chunkSize(0)
#endif
{
}

QString SecretStore::fullKey(const QString& key) const
{
    return m_scope + QLatin1Char('/') + key;
}

bool SecretStore::forwardToOwnThread(QObject* context, Callback& done, std::function<void(QObject*, Callback)> op)
{
    if (QThread::currentThread() == thread()) {
        return false;
    }
    auto* reply = new SecretReply(context, std::move(done));
    reply->moveToThread(thread());
    // The request runs in the reply's (the store's) thread, where checking the store is safe.
    QPointer<SecretStore> store(this);
    QMetaObject::invokeMethod(
        reply,
        [store, reply, op = std::move(op)] {
            if (!store) {
                delete reply; // answers that the keychain is gone
                return;
            }
            reply->setParent(store); // a store destroyed meanwhile ends (and answers) the reply too
            op(reply, [reply](const Result& result) { reply->answer(result); });
        },
        Qt::QueuedConnection);
    return true;
}

SecretStore::Callback SecretStore::guarded(QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    return [guard, done = std::move(done)](const Result& result) {
        if (guard) {
            done(result);
        }
    };
}

QString SecretStore::messageFor(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("Nothing is saved under this name yet.");
    case Error::NoKeychain:
        return tr("No keychain is available on this computer, so passwords and API keys cannot be saved. Sales "
                  "Copilot never stores them in plain text. Start or unlock your keychain (GNOME Keyring, KWallet, "
                  "macOS Keychain or Windows Credential Manager) and try again.");
    case Error::AccessDenied:
        return tr("The keychain refused access. Unlock it and allow Sales Copilot, then press Retry.");
    case Error::Locked:
        return tr("Your keyring is locked or was never created. Unlock it, or create it, then press Retry.");
    case Error::Other:
        return tr("The keychain could not save or read a secret just now. Press Retry; if it keeps failing, "
                  "restart your computer's keyring (or log out and back in).");
    }
    return {};
}

SecretStore::Error SecretStore::kindOf(int keychainError, const QString& detail, bool serviceReachable)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoKeychain;
    default:
        break;
    }
    // libsecret names what it could not find: the default collection's object, when the prompt to
    // unlock (or create) the login keyring was cancelled or never shown.
    if (detail.contains(QLatin1String("/org/freedesktop/secrets/collection"))
        || detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("prompt"), Qt::CaseInsensitive)) {
        return Error::Locked;
    }
    // libsecret reports a missing Secret Service as a generic error.
    return serviceReachable ? Error::Other : Error::NoKeychain;
}

SecretStore::Result SecretStore::classify(int keychainError, const QString& detail) const
{
    Result result;
    if (keychainError == QKeychain::NoError) {
        return result;
    }
    const bool generic = keychainError == QKeychain::OtherError || keychainError == QKeychain::CouldNotDeleteEntry;
    result.error = kindOf(keychainError, detail, !generic || secretServiceReachable());
    result.message = messageFor(result.error); // the detail goes to the log, never to the rep
    qCInfo(lcSecrets) << "keychain error" << keychainError << detail;
    return result;
}

void SecretStore::rawJob(Op op, const QString& key, const QString& value, std::function<void(Result)> done)
{
    const QString service = QString::fromLatin1(ServiceName);
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setTextData(value);
        job = write;
        break;
    }
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never a plaintext copy
    // Jobs have no parent and delete themselves when done: libsecret calls back into a job even if
    // the store that started it is gone, so a job must outlive its store. The result is then dropped.
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, op, done = std::move(done)](QKeychain::Job* finished) {
        Result result = classify(finished->error(), finished->errorString());
        if (result.ok() && op == Op::Read) {
            result.value = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        }
        done(result);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    if (forwardToOwnThread(context, done, [this, key, value](QObject* c, Callback cb) { write(key, value, c, cb); })) {
        return;
    }
    Callback callback = guarded(context, std::move(done));
    // Drop the chunks of a previous chunked value first, so no stale chunk survives.
    rawJob(Op::Read, fullKey(key), {}, [this, key, value, callback](const Result& existing) {
        const int oldChunks = existing.ok() && existing.value.startsWith(kChunkHeader)
            ? existing.value.mid(kChunkHeader.size()).toInt()
            : 0;
        removeChunks(fullKey(key), oldChunks, 0, [this, key, value, callback](const Result&) {
            const QByteArray utf8 = value.toUtf8();
            if (m_chunkSize <= 0 || utf8.size() <= m_chunkSize) {
                rawJob(Op::Write, fullKey(key), value, callback);
                return;
            }
            QStringList chunks;
            for (qsizetype at = 0; at < utf8.size(); at += m_chunkSize) {
                // Base64 keeps a multi-byte character that straddles a boundary intact.
                chunks.append(QString::fromLatin1(utf8.mid(at, m_chunkSize).toBase64()));
            }
            const int count = int(chunks.size());
            writeChunks(fullKey(key), chunks, 0, [this, key, count, callback](const Result& result) {
                if (!result.ok()) {
                    callback(result);
                    return;
                }
                rawJob(Op::Write, fullKey(key), kChunkHeader + QString::number(count), callback);
            });
        });
    });
}

void SecretStore::writeChunks(const QString& base, QStringList chunks, int index, std::function<void(Result)> done)
{
    if (index >= chunks.size()) {
        done({});
        return;
    }
    const QString chunk = chunks.at(index);
    rawJob(Op::Write, base + QStringLiteral("#%1").arg(index), chunk,
           [this, base, chunks = std::move(chunks), index, done](const Result& result) {
               if (!result.ok()) {
                   done(result);
                   return;
               }
               writeChunks(base, chunks, index + 1, done);
           });
}

void SecretStore::read(const QString& key, QObject* context, Callback done)
{
    if (forwardToOwnThread(context, done, [this, key](QObject* c, Callback cb) { read(key, c, cb); })) {
        return;
    }
    Callback callback = guarded(context, std::move(done));
    rawJob(Op::Read, fullKey(key), {}, [this, key, callback](const Result& result) {
        if (result.ok() && result.value.startsWith(kChunkHeader)) {
            const int count = result.value.mid(kChunkHeader.size()).toInt();
            readChunks(fullKey(key), count, 0, {}, callback);
            return;
        }
        callback(result);
    });
}

void SecretStore::readChunks(const QString& base, int count, int index, QString collected,
                             std::function<void(Result)> done)
{
    if (index >= count) {
        Result result;
        result.value = QString::fromUtf8(QByteArray::fromBase64(collected.toLatin1()));
        done(result);
        return;
    }
    rawJob(Op::Read, base + QStringLiteral("#%1").arg(index), {},
           [this, base, count, index, collected, done](const Result& result) {
               if (!result.ok()) {
                   done(result);
                   return;
               }
               // Chunks are base64 of consecutive byte ranges: decode each and concatenate the bytes.
               const QByteArray bytes
                   = QByteArray::fromBase64(collected.toLatin1()) + QByteArray::fromBase64(result.value.toLatin1());
               readChunks(base, count, index + 1, QString::fromLatin1(bytes.toBase64()), done);
           });
}

void SecretStore::remove(const QString& key, QObject* context, Callback done)
{
    if (forwardToOwnThread(context, done, [this, key](QObject* c, Callback cb) { remove(key, c, cb); })) {
        return;
    }
    Callback callback = guarded(context, std::move(done));
    rawJob(Op::Read, fullKey(key), {}, [this, key, callback](const Result& existing) {
        const int chunks = existing.ok() && existing.value.startsWith(kChunkHeader)
            ? existing.value.mid(kChunkHeader.size()).toInt()
            : 0;
        removeChunks(fullKey(key), chunks, 0,
                     [this, key, callback](const Result&) { rawJob(Op::Remove, fullKey(key), {}, callback); });
    });
}

void SecretStore::removeChunks(const QString& base, int count, int index, std::function<void(Result)> done)
{
    if (index >= count) {
        done({});
        return;
    }
    rawJob(Op::Remove, base + QStringLiteral("#%1").arg(index), {},
           [this, base, count, index, done](const Result&) { removeChunks(base, count, index + 1, done); });
}

void SecretStore::probe(QObject* context, Callback done)
{
    if (forwardToOwnThread(context, done, [this](QObject* c, Callback cb) { probe(c, cb); })) {
        return;
    }
    Callback callback = guarded(context, std::move(done));
    const QString key = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = QUuid::createUuid().toString();
    rawJob(Op::Write, fullKey(key), token, [this, key, token, callback](const Result& written) {
        if (!written.ok()) {
            callback(written);
            return;
        }
        rawJob(Op::Read, fullKey(key), {}, [this, key, token, callback](const Result& readBack) {
            rawJob(Op::Remove, fullKey(key), {}, [readBack, token, callback](const Result&) {
                Result result = readBack;
                if (result.ok() && result.value != token) {
                    result.error = Error::Other;
                    result.message = messageFor(Error::Other);
                }
                result.value.clear();
                callback(result);
            });
        });
    });
}

} // namespace sc::app
