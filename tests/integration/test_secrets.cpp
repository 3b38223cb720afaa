// SecretStore against a real Secret Service: the fixture starts a private D-Bus session and
// gnome-keyring-daemon (stopped by PID at the end). Run with SC_TEST_NO_KEYCHAIN=1, it checks that
// with no keychain reachable the rep gets a clear message and nothing is stored anywhere.
#include "CliRunner.h"
#include "app/Application.h"
#include "app/SecretStore.h"
#include "models/Workspace.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <qt6keychain/keychain.h>

using sc::app::SecretStore;

namespace {

constexpr const char* kSecretValue = "sk-test-fixture-value-7d1e4c";

// Runs one async SecretStore call and waits (in the test's event loop) for its callback.
template<class Op> SecretStore::Result await(Op op)
{
    bool done = false;
    SecretStore::Result result;
    QObject context;
    op(&context, [&](const SecretStore::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        result.error = SecretStore::Error::Other;
        result.message = QStringLiteral("timed out waiting for the keychain");
    }
    return result;
}

bool treeContains(const QString& dir, const QByteArray& needle)
{
    QProcess grep;
    grep.start(QStringLiteral("grep"), {QStringLiteral("-rl"), QString::fromLatin1(needle), dir});
    grep.waitForFinished();
    return grep.exitCode() == 0;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;
    bool m_noKeychain = qEnvironmentVariableIsSet("SC_TEST_NO_KEYCHAIN");

    void startKeyring()
    {
        const QString run = m_root.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(run));
        QFile::setPermissions(run, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString address = QStringLiteral("unix:path=") + m_root.filePath(QStringLiteral("bus"));
        m_busAddress = address;
        qputenv("HOME", m_root.path().toUtf8());
        qputenv("XDG_RUNTIME_DIR", run.toUtf8());
        qputenv("XDG_DATA_HOME", m_root.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_root.filePath(QStringLiteral("config")).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
        m_bus.setProcessChannelMode(QProcess::SeparateChannels);
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                     QStringLiteral("--address=") + address, QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon is installed (installer/deps/debian.sh --test)");
        QVERIFY(m_bus.waitForReadyRead(10000)); // it prints its address once it listens
        m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        m_keyring.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY2(m_keyring.waitForStarted(10000), "gnome-keyring-daemon is installed");
        m_keyring.write("fixture-login-password");
        m_keyring.closeWriteChannel();
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QTRY_VERIFY_WITH_TIMEOUT(
            bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_noKeychain) {
            startKeyring();
        } else {
            qputenv("HOME", m_root.path().toUtf8());
            qputenv("XDG_DATA_HOME", m_root.filePath(QStringLiteral("data")).toUtf8());
            qputenv("XDG_CONFIG_HOME", m_root.filePath(QStringLiteral("config")).toUtf8());
        }
    }

    void cleanupTestCase()
    {
        // Stop the servers this fixture started, by PID.
        for (QProcess* p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(5000)) {
                    p->kill();
                    p->waitForFinished(5000);
                }
            }
        }
    }

    void noKeychainIsAClearErrorAndStoresNothing()
    {
        if (!m_noKeychain) {
            QSKIP("runs as test_secrets_nokeychain");
        }
        SecretStore store(QStringLiteral("workspace-test"));
        const auto probe = await([&](QObject* c, SecretStore::Callback cb) { store.probe(c, cb); });
        QCOMPARE(probe.error, SecretStore::Error::NoKeychain);
        QVERIFY(probe.message.contains(QLatin1String("never stores them in plain text")));
        const auto write = await([&](QObject* c, SecretStore::Callback cb) {
            store.write(QStringLiteral("anthropic-api-key"), QString::fromLatin1(kSecretValue), c, cb);
        });
        QCOMPARE(write.error, SecretStore::Error::NoKeychain);
        QVERIFY(!write.message.contains(QLatin1String(kSecretValue)));
        QVERIFY(!treeContains(m_root.path(), kSecretValue)); // no plaintext fallback file anywhere
    }

    // What the rep reads for each kind of keychain failure: their language, what to do, never a D-Bus
    // path or the library's own words (libsecret's text for a cancelled unlock prompt, here).
    void keychainErrorsInTheRepsWords()
    {
        using sc::app::SecretStore;
        const QString cancelled
            = QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d");
        QCOMPARE(SecretStore::kindOf(QKeychain::OtherError, cancelled, true), SecretStore::Error::Locked);
        QCOMPARE(SecretStore::kindOf(QKeychain::OtherError,
                                     QStringLiteral("Cannot create an item in a locked "
                                                    "collection"),
                                     true),
                 SecretStore::Error::Locked);
        QCOMPARE(SecretStore::kindOf(QKeychain::OtherError, QStringLiteral("boom"), false),
                 SecretStore::Error::NoKeychain);
        QCOMPARE(SecretStore::kindOf(QKeychain::OtherError, QStringLiteral("boom"), true), SecretStore::Error::Other);
        QCOMPARE(SecretStore::kindOf(QKeychain::AccessDeniedByUser, {}, true), SecretStore::Error::AccessDenied);
        QCOMPARE(SecretStore::kindOf(QKeychain::EntryNotFound, {}, true), SecretStore::Error::NotFound);
        QCOMPARE(SecretStore::messageFor(SecretStore::Error::Locked),
                 QStringLiteral("Your keyring is locked or was never created. Unlock it, or create it, then press "
                                "Retry."));
        for (const SecretStore::Error error : {SecretStore::Error::NoKeychain, SecretStore::Error::AccessDenied,
                                               SecretStore::Error::Locked, SecretStore::Error::Other}) {
            const QString message = SecretStore::messageFor(error);
            QVERIFY2(!message.contains(QLatin1String("/org/")) && !message.contains(QLatin1String("D-Bus")),
                     qPrintable(message));
        }
    }

    void probeFindsTheKeychain()
    {
        const auto probe = await([](QObject* c, SecretStore::Callback cb) {
            static SecretStore store(QStringLiteral("workspace-probe"));
            store.probe(c, cb);
        });
        QVERIFY2(probe.ok(), qPrintable(probe.message));
    }

    void writeReadRemove()
    {
        SecretStore store(QStringLiteral("workspace-a"));
        const QString value = QStringLiteral("clé-secrète ✓ ") + QString::fromLatin1(kSecretValue);
        QVERIFY(await([&](QObject* c, SecretStore::Callback cb) {
                    store.write(QStringLiteral("openai-api-key"), value, c, cb);
                }).ok());
        const auto read
            = await([&](QObject* c, SecretStore::Callback cb) { store.read(QStringLiteral("openai-api-key"), c, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, value);
        // The keyring file is encrypted: the value is nowhere in plain text.
        QVERIFY(!treeContains(m_root.path(), kSecretValue));
        QVERIFY(await([&](QObject* c, SecretStore::Callback cb) {
                    store.remove(QStringLiteral("openai-api-key"), c, cb);
                }).ok());
        const auto gone
            = await([&](QObject* c, SecretStore::Callback cb) { store.read(QStringLiteral("openai-api-key"), c, cb); });
        QCOMPARE(gone.error, SecretStore::Error::NotFound);
    }

    void keysAreScopedByWorkspace()
    {
        SecretStore a(QStringLiteral("workspace-a"));
        SecretStore b(QStringLiteral("workspace-b"));
        QVERIFY(await([&](QObject* c, SecretStore::Callback cb) {
                    a.write(QStringLiteral("anthropic-api-key"), QStringLiteral("a-key"), c, cb);
                }).ok());
        const auto other
            = await([&](QObject* c, SecretStore::Callback cb) { b.read(QStringLiteral("anthropic-api-key"), c, cb); });
        QCOMPARE(other.error, SecretStore::Error::NotFound);
    }

    void largeValuesAreChunkedAndNoStaleChunkSurvives()
    {
        SecretStore store(QStringLiteral("workspace-chunks"));
        store.setChunkSize(16);
        QString big;
        for (int i = 0; i < 40; ++i) {
            big += QStringLiteral("é%1✓").arg(i);
        }
        QVERIFY(await([&](QObject* c, SecretStore::Callback cb) {
                    store.write(QStringLiteral("oauth-token"), big, c, cb);
                }).ok());
        const auto read
            = await([&](QObject* c, SecretStore::Callback cb) { store.read(QStringLiteral("oauth-token"), c, cb); });
        QCOMPARE(read.value, big);
        QVERIFY(await([&](QObject* c, SecretStore::Callback cb) {
                    store.write(QStringLiteral("oauth-token"), QStringLiteral("short"), c, cb);
                }).ok());
        QCOMPARE(await([&](QObject* c, SecretStore::Callback cb) {
                     store.read(QStringLiteral("oauth-token"), c, cb);
                 }).value,
                 QStringLiteral("short"));
        const auto stale
            = await([&](QObject* c, SecretStore::Callback cb) { store.read(QStringLiteral("oauth-token#0"), c, cb); });
        QCOMPARE(stale.error, SecretStore::Error::NotFound);
    }

    void callbackIsDroppedWhenItsContextIsGone()
    {
        SecretStore store(QStringLiteral("workspace-a"));
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("anthropic-api-key"), context, [&](const SecretStore::Result&) { called = true; });
        delete context;
        // A later call on the same store completes, so the first one has completed too.
        QVERIFY(await([&](QObject* c, SecretStore::Callback cb) {
                    store.read(QStringLiteral("anthropic-api-key"), c, cb);
                }).ok());
        QVERIFY(!called);
    }

    // An agent's thread asks the store that lives on the main thread: the keychain job runs here, where
    // QtKeychain calls back, and the answer is delivered on the asking thread.
    void askedFromAnotherThreadAnswersOnThatThread()
    {
        SecretStore store(QStringLiteral("workspace-threads"));
        QVERIFY(await([&](QObject* c, SecretStore::Callback cb) {
                    store.write(QStringLiteral("mail-account/dana/password"), QStringLiteral("from-a-thread"), c, cb);
                }).ok());
        QThread worker;
        worker.start();
        QObject context;
        context.moveToThread(&worker);
        std::atomic<bool> done {false};
        QString value;
        QThread* answeredOn = nullptr;
        QMetaObject::invokeMethod(
            &context,
            [&] {
                store.read(QStringLiteral("mail-account/dana/password"), &context, [&](const SecretStore::Result& r) {
                    value = r.value;
                    answeredOn = QThread::currentThread();
                    done = true;
                });
            },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
        worker.quit();
        QVERIFY(worker.wait(5000));
        QCOMPARE(answeredOn, &worker);
        QCOMPARE(value, QStringLiteral("from-a-thread"));
    }

    void cliSavesIntoTheSameKeychain()
    {
        const QString ws = m_root.filePath(QStringLiteral("cli-ws"));
        // The CLI in its own home, reaching this fixture's keychain through its private session bus.
        sc::tests::CliRunner runner;
        runner.useSessionBus(m_busAddress);
        const sc::tests::CliRunner::Result cli
            = runner.run({QStringLiteral("--workspace"), ws, QStringLiteral("secrets"), QStringLiteral("set"),
                          QStringLiteral("anthropic-api-key")},
                         QByteArray(kSecretValue) + "\n", 30000);
        QVERIFY(cli.code != -1 && !cli.timedOut);
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        const auto workspace = sc::models::Workspace::open(ws);
        SecretStore store(sc::app::Application::secretScope(workspace));
        const auto read = await(
            [&](QObject* c, SecretStore::Callback cb) { store.read(QStringLiteral("anthropic-api-key"), c, cb); });
        QCOMPARE(read.value, QString::fromLatin1(kSecretValue));
        workspace.releaseConnection();
        QVERIFY(!treeContains(ws, kSecretValue)); // not in the workspace file either
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_secrets.moc"
