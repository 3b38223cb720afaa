// The local REST API as scripts meet it: a real `sales-copilot-cli serve` on 127.0.0.1 (started and
// stopped by PID), real HTTP clients (Python's standard library in tests/integration/api_client.py,
// and curl), keys made by the CLI. A change made through the app's repositories shows up through the
// API and the reverse; SIGTERM lets the requests in flight finish.
#include "CliRunner.h"
#include "StopByPid.h"
#include "app/api/ResponseCache.h"
#include "models/Clock.h"
#include "models/Workspace.h"
#include "models/demo/DemoGenerator.h"
#include "models/repositories/ActivityRepository.h"
#include "models/repositories/ProspectRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <csignal>
#include <latch>
#include <stdexcept>
#include <thread>

namespace {

QByteArray signingKey()
{
    return QByteArray("0123456789abcdef0123456789abcdef-test-signing-key").toBase64();
}

} // namespace

class TestApi : public QObject
{
    Q_OBJECT

    // The CLI in its own home with no keychain: the API's signing key comes from the environment.
    sc::tests::CliRunner cliRunner() const
    {
        sc::tests::CliRunner runner
            = m_cli.withEnv(QStringLiteral("SALES_COPILOT_SECRET_API_SIGNING_KEY"), QString::fromLatin1(signingKey()));
        runner.setLeadingArgs({QStringLiteral("--workspace"), m_dir.path()});
        return runner;
    }

    QJsonDocument cli(const QStringList& args)
    {
        return cliRunner().run(QStringList {QStringLiteral("--json")} + args, {}, 30000).json();
    }

    bool startServer(QProcess& server, const QStringList& extra = {}, const QString& stderrFile = {})
    {
        const QByteArray line
            = cliRunner().startAndReadFirstLine(server,
                                                QStringList {QStringLiteral("--json"), QStringLiteral("serve"),
                                                             QStringLiteral("--port"), QStringLiteral("0")}
                                                    + extra,
                                                stderrFile);
        m_port = QJsonDocument::fromJson(line).object().value(QStringLiteral("port")).toInt();
        return m_port > 0;
    }

    QJsonObject python(const QStringList& checks)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                QStringList {QStringLiteral(SC_SOURCE_DIR "/tests/integration/api_client.py"), QStringLiteral("--port"),
                             QString::number(m_port), QStringLiteral("--db"),
                             m_dir.filePath(QStringLiteral("workspace.sqlite")), QStringLiteral("--keys"),
                             m_dir.filePath(QStringLiteral("keys.json")), QStringLiteral("--signing-key"),
                             QString::fromLatin1(signingKey())}
                    + checks);
        p.waitForFinished(120000);
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty()) {
            qWarning("%s", err.constData());
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            const sc::models::Workspace ws = sc::models::Workspace::open(m_dir.path());
            sc::models::DemoGenerator::Options options;
            options.prospects = 200;
            options.drafts = 0;
            sc::models::DemoGenerator::generate(ws.connection(), options, sc::Clock::instance().nowMs());
            ws.releaseConnection();
        }
        QJsonObject keys;
        for (const auto& [name, scopes] :
             {std::pair {"all", "read,write,approve"}, std::pair {"read", "read"}, std::pair {"write", "read,write"}}) {
            const QJsonObject key = cli({QStringLiteral("api-keys"), QStringLiteral("create"), QLatin1String(name),
                                         QStringLiteral("--scopes"), QLatin1String(scopes)})
                                        .object();
            QVERIFY(key.value(QStringLiteral("client_secret")).toString().size() >= 40);
            keys.insert(QLatin1String(name), key);
        }
        QFile file(m_dir.filePath(QStringLiteral("keys.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(keys).toJson());
        m_keys = keys;
    }

    // Every check of api_client.py against one server (rate limits last: they spend the buckets).
    void httpClientChecks_data()
    {
        QTest::addColumn<QString>("check");
        for (const char* check : {"open_routes", "openapi_conformance", "token_endpoint", "auth_matrix", "scopes",
                                  "paging_under_inserts", "bad_bodies", "long_urls_and_headers", "slow_client",
                                  "idle_connections", "approvals", "conversations", "rate_limits"}) {
            QTest::newRow(check) << QString::fromLatin1(check);
        }
    }

    void httpClientChecks()
    {
        QFETCH(QString, check);
        // Every check but rate_limits on a server without the per-client limit (their pace depends on
        // this machine's speed, not on what they check); rate_limits on one with the default limits.
        const bool limited = check == QLatin1String("rate_limits");
        if (m_server && limited) {
            sc::tests::stopByPid(*m_server);
            m_server.reset();
        }
        if (!m_server) {
            m_server = std::make_unique<QProcess>();
            QVERIFY(limited ? startServer(*m_server)
                            : startServer(*m_server, {QStringLiteral("--rate"), QStringLiteral("0")}));
        }
        const QJsonObject result = python({check}).value(check).toObject();
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
                 qPrintable(result.value(QStringLiteral("detail")).toString()));
        if (check == QLatin1String("rate_limits")) {
            sc::tests::stopByPid(*m_server);
            m_server.reset();
        }
    }

    // No answer carries SQL, a path or a stack: every documented body with each field missing, empty,
    // null or mistyped is answered below 500; a real fault is a 500 with a request id that only the
    // server's log pairs with its cause.
    void faultsNeverLeakTheirCause()
    {
        QProcess server;
        const QString log = m_dir.filePath(QStringLiteral("serve-faults.log"));
        QVERIFY(startServer(server, {QStringLiteral("--rate"), QStringLiteral("0")}, log));
        const QJsonObject results = python({QStringLiteral("internal_error"), QStringLiteral("missing_fields")});
        sc::tests::stopByPid(server);
        for (const char* check : {"missing_fields", "internal_error"}) {
            const QJsonObject result = results.value(QLatin1String(check)).toObject();
            QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
                     qPrintable(QLatin1String(check) + QStringLiteral(": ")
                                + result.value(QStringLiteral("detail")).toString()));
        }
        const QString requestId
            = results.value(QStringLiteral("internal_error")).toObject().value(QStringLiteral("detail")).toString();
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        const qsizetype at = written.indexOf(QStringLiteral("request ") + requestId);
        QVERIFY2(at >= 0, qPrintable(written.right(2000)));
        const QString line = written.mid(at, written.indexOf(QLatin1Char('\n'), at) - at);
        QVERIFY2(line.contains(QStringLiteral("/v1/do-not-contact")) && line.contains(QStringLiteral("no such table")),
                 qPrintable(line));
    }

    // The app's own code (what the GUI calls) and the API see each other's changes at once.
    // A port already served is refused to a second server (no SO_REUSEPORT sharing its connections).
    void aTakenPortIsRefused()
    {
        QProcess server;
        QVERIFY(startServer(server));
        QProcess second;
        cliRunner().start(second, {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_port)});
        const bool finished = second.waitForFinished(10000);
        const QByteArray why = second.readAllStandardError();
        QVERIFY2(finished, why.constData());
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(why.contains("in use"), why.constData());
        sc::tests::stopByPid(server);
    }

    void appAndApiSeeEachOthersEdits()
    {
        QProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--rate"), QStringLiteral("0")}));
        const sc::models::Workspace ws = sc::models::Workspace::open(m_dir.path());
        { // the repository (and its copy of the connection) ends before the connection is released
            sc::models::ProspectRepository repo(ws.connection());
            sc::models::ProspectRepository::FieldEdit edit;
            edit.title = QStringLiteral("Chief Revenue Officer");
            repo.updateFields(2, edit, QStringLiteral("rep"), sc::Clock::instance().nowMs());

            auto curl = [&](const QStringList& args) {
                QProcess p;
                p.start(QStringLiteral("curl"), QStringList {QStringLiteral("-s")} + args);
                p.waitForFinished(10000);
                return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            };
            const QJsonObject all = m_keys.value(QStringLiteral("all")).toObject();
            const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
            const QString token = curl({QStringLiteral("-X"), QStringLiteral("POST"),
                                        base + QStringLiteral("/v1/auth/token"), QStringLiteral("-d"),
                                        QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2")
                                            .arg(all.value(QStringLiteral("client_id")).toString(),
                                                 all.value(QStringLiteral("client_secret")).toString())})
                                      .value(QStringLiteral("access_token"))
                                      .toString();
            QVERIFY(!token.isEmpty());
            const QString auth = QStringLiteral("Authorization: Bearer ") + token;
            QCOMPARE(curl({base + QStringLiteral("/v1/prospects/2"), QStringLiteral("-H"), auth})
                         .value(QStringLiteral("title"))
                         .toString(),
                     QStringLiteral("Chief Revenue Officer"));
            // The list pages are shared by the server's threads: an edit in the app shows at the next request,
            // whichever thread answers it.
            auto listedTitle = [&] {
                const QJsonArray items
                    = curl({base + QStringLiteral("/v1/prospects?limit=5"), QStringLiteral("-H"), auth})
                          .value(QStringLiteral("items"))
                          .toArray();
                for (const QJsonValue& item : items) {
                    if (item.toObject().value(QStringLiteral("id")).toInteger() == 2) {
                        return item.toObject().value(QStringLiteral("title")).toString();
                    }
                }
                return QStringLiteral("(not listed)");
            };
            for (int round = 0; round < 3; ++round) {
                for (int i = 0; i < 4; ++i) {
                    QCOMPARE(listedTitle(), *edit.title);
                }
                edit.title = QStringLiteral("Title of round %1").arg(round);
                repo.updateFields(2, edit, QStringLiteral("rep"), sc::Clock::instance().nowMs());
                QCOMPARE(listedTitle(), *edit.title);
            }
            const QJsonObject patched = curl(
                {QStringLiteral("-X"), QStringLiteral("PATCH"), base + QStringLiteral("/v1/prospects/2"),
                 QStringLiteral("-H"), auth, QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                 QStringLiteral("-d"), QStringLiteral("{\"phone\": \"+33 1 23 45 67 89\"}")});
            QCOMPARE(patched.value(QStringLiteral("phone")).toString(), repo.find(2)->phone);
            QVERIFY(!repo.find(2)->phone.isEmpty());
            QCOMPARE(curl({base + QStringLiteral("/v1/prospects?limit=5"), QStringLiteral("-H"), auth})
                         .value(QStringLiteral("items"))
                         .toArray()
                         .at(1)
                         .toObject()
                         .value(QStringLiteral("phone"))
                         .toString(),
                     repo.find(2)->phone);
            // Its timeline names the key that changed it.
            bool named = false;
            for (const auto& a : sc::models::ActivityRepository(ws.connection()).timeline(2)) {
                named = named || a.actor == QStringLiteral("api:") + all.value(QStringLiteral("client_id")).toString();
            }
            QVERIFY(named);

            // Revoked: its tokens stop at once.
            cli({QStringLiteral("api-keys"), QStringLiteral("revoke"), QStringLiteral("1")});
            QProcess p;
            p.start(QStringLiteral("curl"),
                    {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                     QStringLiteral("%{http_code}"), base + QStringLiteral("/v1/prospects/2"), QStringLiteral("-H"),
                     auth});
            p.waitForFinished(10000);
            QCOMPARE(p.readAllStandardOutput(), QByteArray("401"));
            sc::tests::stopByPid(server);
        }
        ws.releaseConnection();
    }

    // SIGTERM while requests are in flight: each finishes whole, then the server exits 0. A connection
    // the server never read (closed unanswered as it stops) is refused, not broken: no answer is ever
    // cut short, and nothing half-done is left.
    void sigtermDrainsRequestsInFlight()
    {
        QProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--rate"), QStringLiteral("0")}));
        const QString script = QStringLiteral(
            "import http.client,json,sys,threading,urllib.request,urllib.parse\n"
            "port=int(sys.argv[1]); key=json.load(open(sys.argv[2]))['read']\n"
            "form=urllib.parse.urlencode({'grant_type':'client_credentials','client_id':key['client_id'],"
            "'client_secret':key['client_secret']}).encode()\n"
            "tok=json.load(urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:%d/v1/auth/token'%port,"
            "data=form)))['access_token']\n"
            "print('ready',flush=True)\n"
            "res={'ok':0,'refused':0,'broken':0}\n"
            "def run():\n"
            "  for i in range(400):\n"
            "    try:\n"
            "      r=urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:%d/v1/prospects?limit=200'%port,"
            "headers={'Authorization':'Bearer '+tok}),timeout=10)\n"
            "      body=json.loads(r.read()); assert len(body['items'])==200; res['ok']+=1\n"
            "    except urllib.error.URLError as e:\n"
            "      if isinstance(e.reason,(ConnectionRefusedError,ConnectionResetError)): res['refused']+=1; return\n"
            "      res['broken']+=1; return\n"
            "    except (http.client.RemoteDisconnected,ConnectionResetError): res['refused']+=1; return\n"
            "    except Exception: res['broken']+=1; return\n"
            "ts=[threading.Thread(target=run) for _ in range(8)]\n"
            "[t.start() for t in ts]; [t.join() for t in ts]\n"
            "print(json.dumps(res),flush=True)\n");
        QProcess load;
        load.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), script, QString::number(m_port), m_dir.filePath(QStringLiteral("keys.json"))});
        QVERIFY(load.waitForReadyRead(20000));
        QCOMPARE(load.readLine().trimmed(), QByteArray("ready"));
        QTest::qWait(300); // requests in flight
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(load.waitForFinished(60000));
        const QJsonObject res = QJsonDocument::fromJson(load.readAllStandardOutput().trimmed()).object();
        QVERIFY2(res.value(QStringLiteral("broken")).toInt() == 0, QJsonDocument(res).toJson().constData());
        QVERIFY(res.value(QStringLiteral("ok")).toInt() > 0);
    }

    // Beyond 127.0.0.1 the API speaks TLS only, with the workspace's own certificate: the fingerprint
    // it announces is the one a client sees; plain HTTP gets nothing.
    void tlsBeyondLoopback()
    {
        QProcess server;
        const QByteArray line = cliRunner().startAndReadFirstLine(
            server,
            {QStringLiteral("--json"), QStringLiteral("serve"), QStringLiteral("--bind"), QStringLiteral("127.0.0.2"),
             QStringLiteral("--port"), QStringLiteral("0")});
        const QJsonObject announced = QJsonDocument::fromJson(line).object();
        QVERIFY2(
            announced.value(QStringLiteral("listening")).toString().startsWith(QStringLiteral("https://127.0.0.2:")),
            line.constData());
        const QString fingerprint = announced.value(QStringLiteral("tls_sha256")).toString();
        QCOMPARE(fingerprint.size(), 95); // 32 bytes as AB:CD:...
        const int port = announced.value(QStringLiteral("port")).toInt();
        const QString script = QStringLiteral(
            "import hashlib,json,socket,ssl,sys,urllib.request\n"
            "port=int(sys.argv[1])\n"
            "ctx=ssl.create_default_context(); ctx.check_hostname=False; ctx.verify_mode=ssl.CERT_NONE\n"
            "with socket.create_connection(('127.0.0.2',port)) as s:\n"
            "  with ctx.wrap_socket(s) as t: der=t.getpeercert(binary_form=True)\n"
            "seen=':'.join('%02X'%b for b in hashlib.sha256(der).digest())\n"
            "health=json.load(urllib.request.urlopen('https://127.0.0.2:%d/v1/health'%port,context=ctx))\n"
            "try:\n"
            "  urllib.request.urlopen('http://127.0.0.2:%d/v1/health'%port,timeout=3); plain='answered'\n"
            "except Exception: plain='refused'\n"
            "print(json.dumps({'seen':seen,'health':health,'plain':plain}))\n");
        QProcess client;
        client.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, QString::number(port)});
        QVERIFY(client.waitForFinished(20000));
        const QJsonObject seen = QJsonDocument::fromJson(client.readAllStandardOutput()).object();
        QCOMPARE(seen.value(QStringLiteral("seen")).toString(), fingerprint);
        QCOMPARE(seen.value(QStringLiteral("health")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(seen.value(QStringLiteral("plain")).toString(), QStringLiteral("refused"));
        QVERIFY((QFile(m_dir.filePath(QStringLiteral("api-tls-key.pem"))).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
                == 0);
        sc::tests::stopByPid(server);
    }

    // The shared response cache: one computation for many waiting requests, nothing cached across a
    // change seen meanwhile, a failed computation leaving its waiters to compute for themselves.
    void responseCacheComputesOncePerChange()
    {
        sc::app::api::ResponseCache cache;
        std::atomic<int> runs {0};
        std::latch started(1);
        std::atomic<bool> release {false};
        auto slow = [&] {
            ++runs;
            started.count_down();
            while (!release.load()) {
                std::this_thread::yield();
            }
            return std::string("page one");
        };
        std::vector<std::thread> clients;
        std::vector<std::string> answers(8);
        clients.emplace_back([&] { answers[0] = *cache.getOrCompute("/v1/prospects?limit=50", slow); });
        started.wait();
        for (int i = 1; i < 8; ++i) {
            clients.emplace_back([&, i] { answers[size_t(i)] = *cache.getOrCompute("/v1/prospects?limit=50", slow); });
        }
        QTRY_COMPARE(cache.waiting(), size_t(7)); // the seven others wait for the first
        QCOMPARE(cache.computations(), size_t(1));
        release = true;
        for (std::thread& t : clients) {
            t.join();
        }
        QCOMPARE(runs.load(), 1);
        for (const std::string& a : answers) {
            QCOMPARE(QString::fromStdString(a), QStringLiteral("page one"));
        }
        QCOMPARE(cache.entries(), size_t(1));

        // A change seen while a page is written: it answers its own request and is not kept.
        cache.invalidate();
        const auto during = cache.getOrCompute("k", [&] {
            cache.invalidate();
            return std::string("before the change");
        });
        QCOMPARE(QString::fromStdString(*during), QStringLiteral("before the change"));
        QVERIFY(!cache.find("k"));
        QCOMPARE(QString::fromStdString(*cache.getOrCompute("k", [] { return std::string("after"); })),
                 QStringLiteral("after"));

        // A computation that throws while others wait: it sees the exception, each waiter computes.
        std::atomic<bool> fail {false};
        std::atomic<int> retries {0};
        std::latch failing(1);
        std::thread first([&] {
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, cache.getOrCompute("flaky", [&]() -> std::string {
                failing.count_down();
                while (!fail.load()) {
                    std::this_thread::yield();
                }
                throw std::runtime_error("database busy");
            }));
        });
        failing.wait();
        std::vector<std::thread> waiters;
        for (int i = 0; i < 3; ++i) {
            waiters.emplace_back([&] {
                QCOMPARE(QString::fromStdString(*cache.getOrCompute("flaky",
                                                                    [&] {
                                                                        ++retries;
                                                                        return std::string("second try");
                                                                    })),
                         QStringLiteral("second try"));
            });
        }
        QTRY_COMPARE(cache.waiting(), size_t(3));
        fail = true;
        first.join();
        for (std::thread& t : waiters) {
            t.join();
        }
        QCOMPARE(retries.load(), 3);
        QCOMPARE(cache.waiting(), size_t(0));

        // A computation that throws: the caller sees it, the next caller computes.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, cache.getOrCompute("bad", []() -> std::string {
            throw std::runtime_error("database busy");
        }));
        QCOMPARE(QString::fromStdString(*cache.getOrCompute("bad", [] { return std::string("ok"); })),
                 QStringLiteral("ok"));

        // Bounded: past its size it starts over.
        sc::app::api::ResponseCache small(100);
        for (int i = 0; i < 10; ++i) {
            small.getOrCompute(std::to_string(i), [] { return std::string(40, 'x'); });
        }
        QVERIFY(small.entries() <= 2);
        small.getOrCompute("huge", [] { return std::string(500, 'x'); });
        QVERIFY(!small.find("huge")); // bigger than the whole cache: answered, not kept
    }

    void cleanupTestCase()
    {
        if (m_server) {
            sc::tests::stopByPid(*m_server);
        }
    }

private:
    QTemporaryDir m_dir;
    sc::tests::CliRunner m_cli;
    QJsonObject m_keys;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
};

QTEST_GUILESS_MAIN(TestApi)
#include "test_api.moc"
