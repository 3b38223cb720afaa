// The Inbox agent's sync against a real Dovecot IMAP server on 127.0.0.1, driven through the CLI
// binary: first and incremental sync, threading across INBOX and Sent, consequences (do-not-contact),
// a changed UIDVALIDITY, a server that goes away mid-run, and the app killed mid-sync.
#include "DovecotServer.h"
#include "agents/inbox/ImapClient.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace sc;
using namespace sc::models;
using agents::inbox::ImapClient;

namespace {

const QString Corpus = QStringLiteral(SC_SOURCE_DIR "/../shared/data/sisimai-set-of-emails/maildir/bsd/");

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray message(int n, const QByteArray& extra = {})
{
    return "From: Prospect " + QByteArray::number(n) + " <p" + QByteArray::number(n)
        + "@heron-works.example>\r\nTo: dana@kestrel-labs.example\r\nSubject: Re: Order picking "
        + QByteArray::number(n) + "\r\nMessage-ID: <m" + QByteArray::number(n) + "@heron-works.example>\r\n" + extra
        + "Date: Wed, 25 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain\r\n\r\nThanks, tell me more.\r\n";
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<tests::DovecotServer> m_server;
    QString m_ws;

    QProcess* startCli(const QStringList& args, const QString& password = QLatin1String(tests::DovecotServer::Password))
    {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/sc-test-bus"));
        env.insert(QStringLiteral("SALES_COPILOT_SECRET_DANA"), password);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(SC_CLI_PATH), QStringList {QStringLiteral("--workspace"), m_ws} + args);
        return process;
    }

    QJsonObject sync(int* code = nullptr)
    {
        QProcess* p = startCli({QStringLiteral("--json"), QStringLiteral("sync")});
        p->waitForFinished(120000);
        if (code != nullptr) {
            *code = p->exitCode();
        }
        const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        p->deleteLater();
        return json;
    }

    ImapClient imap()
    {
        return ImapClient({QStringLiteral("127.0.0.1"), m_server->port(), ImapClient::Security::None,
                           QLatin1String(tests::DovecotServer::User), QLatin1String(tests::DovecotServer::Password),
                           10000});
    }

    int scalar(const QString& sql)
    {
        const QString file = m_ws + QStringLiteral("/workspace.sqlite");
        const int value = Sql::scalar(Database::connection(file), sql).toInt();
        Database::release(file);
        return value;
    }

    static int fetched(const QJsonObject& json, const QString& folder)
    {
        const QJsonArray folders = json.value(QStringLiteral("folders")).toArray();
        for (const QJsonValue& f : folders) {
            if (f.toObject().value(QStringLiteral("name")).toString() == folder) {
                return f.toObject().value(QStringLiteral("fetched")).toInt();
            }
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<tests::DovecotServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        static int n = 0;
        m_ws = m_home.filePath(QStringLiteral("ws%1").arg(++n));
        QProcess* add
            = startCli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Dana"),
                        QStringLiteral("--imap"), QStringLiteral("imap://127.0.0.1:%1").arg(m_server->port()),
                        QStringLiteral("--smtp"), QStringLiteral("smtp://127.0.0.1:2525"), QStringLiteral("--user"),
                        QLatin1String(tests::DovecotServer::User), QStringLiteral("--tls"), QStringLiteral("none")});
        QVERIFY(add->waitForFinished(30000));
        QCOMPARE(add->exitCode(), 0);
    }

    void cleanup() { m_server.reset(); }

    void firstAndIncrementalSyncThreadAndSuppress()
    {
        ImapClient client = imap();
        // What the rep sent, then the prospect's answer to it, a hard bounce and an unsubscribe.
        QVERIFY(
            client.append(QStringLiteral("Sent"),
                          "From: dana@kestrel-labs.example\r\nTo: owen.marsh@plover-tools.example\r\nSubject: Order "
                          "picking\r\nMessage-ID: <first-1@kestrel-labs.example>\r\nDate: Mon, 23 Nov 2026 09:00:00 "
                          "+0000\r\n\r\nHello Owen\r\n"));
        QVERIFY(
            client.append(QStringLiteral("INBOX"),
                          "From: Owen Marsh <owen.marsh@plover-tools.example>\r\nTo: dana@kestrel-labs.example\r\n"
                          "Subject: Re: Order picking\r\nMessage-ID: <answer-1@plover-tools.example>\r\nIn-Reply-To: "
                          "<first-1@kestrel-labs.example>\r\nDate: Tue, 24 Nov 2026 09:00:00 +0000\r\n\r\nTuesday "
                          "at 3pm works for me.\r\n"));
        QVERIFY(client.append(QStringLiteral("INBOX"), fileBytes(Corpus + QStringLiteral("rfc3464-01.eml"))));
        QVERIFY(client.append(QStringLiteral("INBOX"),
                              "From: Ada Quist <ada.quist@heron-works.example>\r\nTo: dana@kestrel-labs.example\r\n"
                              "Subject: Re: hello\r\nMessage-ID: <stop-1@heron-works.example>\r\n\r\nPlease remove me "
                              "from your list.\r\n"));
        // Two of them are prospects: the bounced address and the one who asks to stop.
        {
            const QString file = m_ws + QStringLiteral("/workspace.sqlite");
            const QSqlDatabase db = Database::connection(file);
            for (const char* email : {"userunknown@bouncehammer.jp", "ada.quist@heron-works.example"}) {
                Sql::run(db,
                         QStringLiteral("INSERT INTO prospects (first_name, last_name, email, created_at, updated_at) "
                                        "VALUES ('Test', 'Prospect', :e, 0, 0)"),
                         {{":e", QString::fromLatin1(email)}});
            }
            Database::release(file);
        }
        QJsonObject first = sync();
        QCOMPARE(fetched(first, QStringLiteral("INBOX")), 3);
        QCOMPARE(fetched(first, QStringLiteral("Sent")), 1);
        QCOMPARE(first.value(QStringLiteral("account")).toString(), QStringLiteral("Dana"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 4);
        // The answer joined the thread of the message it answers, in another folder.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT thread_id) FROM messages WHERE message_id IN "
                                       "('first-1@kestrel-labs.example', 'answer-1@plover-tools.example')")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE classification = 'meeting_time'")), 1);
        // Consequences at once: the bounced address and the unsubscriber are never mailed again.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM do_not_contact WHERE value IN "
                                       "('userunknown@bouncehammer.jp', 'ada.quist@heron-works.example')")),
                 2);

        // Their stage and timeline changed with it.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE email = 'userunknown@bouncehammer.jp' AND "
                                       "status = 'do_not_contact'")),
                 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE email = 'ada.quist@heron-works.example' AND "
                                  "status = 'unsubscribed'")),
            1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM activities WHERE kind = 'stage.changed' AND actor = 'inbox'")),
            2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE kind = 'email.received'")), 2);

        // Incremental: only what arrived since.
        QVERIFY(client.append(QStringLiteral("INBOX"), message(1)));
        const QJsonObject second = sync();
        QCOMPARE(fetched(second, QStringLiteral("INBOX")), 1);
        QCOMPARE(fetched(second, QStringLiteral("Sent")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 5);
    }

    // The Inbox agent runs the same sync as a job and schedules the next one after the poll interval.
    void inboxAgentSyncsAsAJobAndSchedulesTheNext()
    {
        ImapClient client = imap();
        QVERIFY(client.append(QStringLiteral("INBOX"), message(1)));
        QVERIFY(client.append(QStringLiteral("INBOX"), message(2)));
        QProcess* enqueue = startCli({QStringLiteral("jobs"), QStringLiteral("enqueue"), QStringLiteral("inbox.sync"),
                                      QStringLiteral("--payload"), QStringLiteral("{\"account\": 1}")});
        QVERIFY(enqueue->waitForFinished(30000));
        QCOMPARE(enqueue->exitCode(), 0);
        QProcess* run = startCli({QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY(run->waitForFinished(60000));
        const QByteArray out = run->readAllStandardOutput() + run->readAllStandardError();
        QVERIFY2(out.contains("1 succeeded, 0 failed"), out.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT json_extract(result, '$.fetched') FROM jobs WHERE kind = 'inbox.sync' AND "
                                  "state = 'succeeded'")),
            2);
        // The next sync waits in the queue, five minutes out.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'inbox.sync' AND state = 'queued' AND "
                                       "run_at > created_at + 4 * 60000")),
                 1);
    }

    void changedUidValidityResyncsWithoutLosingOrDuplicating()
    {
        ImapClient client = imap();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(client.append(QStringLiteral("INBOX"), message(i)));
        }
        sync();
        const int before = scalar(QStringLiteral("SELECT uidvalidity FROM mailbox_sync WHERE mailbox = 'INBOX'"));
        QVERIFY(m_server->resetUidValidity());
        ImapClient again = imap();
        QVERIFY(again.append(QStringLiteral("INBOX"), message(3)));
        const QJsonObject json = sync();
        QVERIFY(scalar(QStringLiteral("SELECT uidvalidity FROM mailbox_sync WHERE mailbox = 'INBOX'")) != before);
        QCOMPARE(fetched(json, QStringLiteral("INBOX")), 4); // the folder was read again from the start
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 4); // but nothing twice
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT uidvalidity) FROM messages")), 1);
    }

    void serverGoneThenBack()
    {
        ImapClient client = imap();
        QVERIFY2(client.append(QStringLiteral("INBOX"), message(1)), qPrintable(client.error() + m_server->log()));
        m_server->stop();
        int code = 0;
        const QJsonObject down = sync(&code);
        QCOMPARE(code, 1);
        QCOMPARE(down.value(QStringLiteral("failure")).toString(), QStringLiteral("refused"));
        QVERIFY(down.value(QStringLiteral("error")).toString().contains(QLatin1String("refused the connection")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 0);
        QVERIFY(m_server->start());
        QCOMPARE(fetched(sync(), QStringLiteral("INBOX")), 1);
        // A wrong password is told apart from a server that is down.
        QProcess* wrong = startCli({QStringLiteral("--json"), QStringLiteral("sync")}, QStringLiteral("nope"));
        QVERIFY(wrong->waitForFinished(60000));
        QCOMPARE(QJsonDocument::fromJson(wrong->readAllStandardOutput())
                     .object()
                     .value(QStringLiteral("failure"))
                     .toString(),
                 QStringLiteral("authentication"));
    }

    void accountTestSaysWhatFails()
    {
        auto test = [this](const QString& password) {
            QProcess* p = startCli(
                {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("Dana")},
                password);
            p->waitForFinished(60000);
            const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            p->deleteLater();
            return json;
        };
        // IMAP logs in; SMTP (nothing listens on its port in this test) is refused.
        QJsonObject json = test(QLatin1String(tests::DovecotServer::Password));
        QCOMPARE(json.value(QStringLiteral("imap")).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("refused"));
        // A wrong password, then the server gone.
        json = test(QStringLiteral("wrong"));
        QCOMPARE(json.value(QStringLiteral("imap")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("authentication"));
        m_server->stop();
        json = test(QLatin1String(tests::DovecotServer::Password));
        QCOMPARE(json.value(QStringLiteral("imap")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("refused"));
        // A name that does not resolve, and implicit TLS spoken to a plain-text server.
        ImapClient dns({QStringLiteral("no-such-host.invalid"), 993, ImapClient::Security::Implicit,
                        QStringLiteral("x"), QStringLiteral("y"), 5000});
        QVERIFY(!dns.login());
        QCOMPARE(dns.failure(), ImapClient::Failure::Dns);
        QVERIFY(m_server->start());
        ImapClient tls({QStringLiteral("127.0.0.1"), m_server->port(), ImapClient::Security::Implicit,
                        QLatin1String(tests::DovecotServer::User), QLatin1String(tests::DovecotServer::Password),
                        5000});
        QVERIFY(!tls.login());
        QVERIFY2(tls.failure() == ImapClient::Failure::Tls || tls.failure() == ImapClient::Failure::Timeout,
                 qPrintable(tls.error()));
    }

    void killedMidSyncResumesWithoutLossOrDuplicates()
    {
        ImapClient client = imap();
        constexpr int Count = 1200; // more than one UID SEARCH window (ImapClient::SearchWindow)
        for (int i = 0; i < Count; ++i) {
            QVERIFY(client.append(QStringLiteral("INBOX"), message(i)));
        }
        QProcess* p = startCli({QStringLiteral("sync")});
        const QString file = m_ws + QStringLiteral("/workspace.sqlite");
        // Kill it once it has stored some, but not all.
        int stored = 0;
        QTRY_VERIFY_WITH_TIMEOUT((stored = scalar(QStringLiteral("SELECT count(*) FROM messages"))) >= 20, 60000);
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished(10000);
        const int atKill = scalar(QStringLiteral("SELECT count(*) FROM messages"));
        qInfo("killed after %d of %d messages", atKill, Count);
        sync();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), Count);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT uid) FROM messages")), Count);
        QCOMPARE(scalar(QStringLiteral("SELECT last_uid FROM mailbox_sync WHERE mailbox = 'INBOX'")), Count);
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "test_mail.moc"
