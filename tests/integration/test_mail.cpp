// The Inbox agent's sync against a real Dovecot IMAP server on 127.0.0.1, driven through the CLI
// binary: first and incremental sync, threading across INBOX and Sent, consequences (do-not-contact),
// a changed UIDVALIDITY, a server that goes away mid-run, and the app killed mid-sync. Sending goes to
// a real SMTP server on 127.0.0.1 (tests/support/smtp_server.py): headers, do-not-contact, caps,
// failures, XOAUTH2, and exactly-once across a kill between the server's acceptance and our record.
// The machine-made mail (a bounce, an out-of-office, a spam complaint) is invented, in tests/data/mail.
#include "CliRunner.h"
#include "DovecotServer.h"
#include "SisimaiCorpus.h"
#include "SmtpServer.h"
#include "agents/inbox/ImapClient.h"
#include "agents/inbox/MessageParser.h"
#include "agents/inbox/ReplyClassifier.h"
#include "models/repositories/ConversationRepository.h"
#include "models/repositories/SettingsRepository.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <unistd.h>

using namespace sc;
using namespace sc::models;
using agents::inbox::ImapClient;
using agents::inbox::MessageParser;

namespace {

const QString MailData = QStringLiteral(SC_SOURCE_DIR "/tests/data/mail/");

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
    tests::CliRunner m_cli;
    QString m_mounted; // a small disk a test mounted, unmounted after it
    std::unique_ptr<tests::DovecotServer> m_server;
    std::unique_ptr<tests::SmtpServer> m_smtp;
    QString m_ws;

    QString workspaceFile() const { return m_ws + QStringLiteral("/workspace.sqlite"); }

    void setSetting(const QString& key, const QString& value)
    {
        SettingsRepository(Database::connection(workspaceFile())).setValue(key, value);
        Database::release(workspaceFile());
    }

    void execSql(const QString& sql)
    {
        Sql::run(Database::connection(workspaceFile()), sql);
        Database::release(workspaceFile());
    }

    QString textFile(const QString& text, const QString& suffix = QStringLiteral("txt"))
    {
        static int n = 0;
        const QString path = m_cli.filePath(QStringLiteral("body%1.%2").arg(++n).arg(suffix));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
        return path;
    }

    // `send`, to the account's SMTP server; the JSON it prints (the outbox row).
    QJsonObject send(const QString& to, const QString& subject, const QStringList& extra = {}, int* code = nullptr)
    {
        QProcess* p = startCli(
            QStringList {
                QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Dana"),
                QStringLiteral("--to"), to, QStringLiteral("--subject"), subject, QStringLiteral("--text"),
                textFile(QStringLiteral("Bonjour,\n\nVoici notre offre : https://kestrel-labs.example/offre\n\nDana"))}
            + extra);
        p->waitForFinished(60000);
        if (code != nullptr) {
            *code = p->exitCode();
        }
        const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        p->deleteLater();
        return json;
    }

    QJsonObject flush(int* code = nullptr)
    {
        QProcess* p = startCli({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("flush")});
        p->waitForFinished(60000);
        if (code != nullptr) {
            *code = p->exitCode();
        }
        const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        p->deleteLater();
        return json;
    }

    QString imapUrl() const
    {
        return QStringLiteral("imap://%1:%2@127.0.0.1:%3/Sent")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(QLatin1String(tests::DovecotServer::User))),
                 QLatin1String(tests::DovecotServer::Password))
            .arg(m_server->port());
    }

    // The outbox row's state.
    QString state(qint64 id)
    {
        const QString value = Sql::scalar(Database::connection(workspaceFile()),
                                          QStringLiteral("SELECT state FROM outbox WHERE id = :id"), {{":id", id}})
                                  .toString();
        Database::release(workspaceFile());
        return value;
    }

    // Sends with the SMTP server stalling at `flag` (after acceptance, or before the recipients are
    // taken) and kills the CLI there: a crash at the worst moment.
    qint64 sendAndKillAt(const QString& flag, const QString& waiting)
    {
        m_smtp->setFlag(flag);
        QProcess* p = startCli({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Dana"),
                                QStringLiteral("--to"), QStringLiteral("p1@heron-works.example"),
                                QStringLiteral("--subject"), QStringLiteral("Order picking, one pass"),
                                QStringLiteral("--text"), textFile(QStringLiteral("Hello Paula,\n\nDana"))});
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_smtp->hasFlag(waiting), 30000);
        }();
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished(10000);
        m_smtp->clearFlag(flag);
        return scalar(QStringLiteral("SELECT max(id) FROM outbox"));
    }

    QProcess* startCli(const QStringList& args, const QString& password = QLatin1String(tests::DovecotServer::Password))
    {
        return m_cli.withEnv(QStringLiteral("SALES_COPILOT_SECRET_DANA"), password)
            .start(QStringList {QStringLiteral("--workspace"), m_ws} + args, this);
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

    // The account Dana on the test servers, in the workspace m_ws.
    void addAccount()
    {
        QProcess* add = startCli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Dana"),
                                  QStringLiteral("--imap"), QStringLiteral("imap://127.0.0.1:%1").arg(m_server->port()),
                                  QStringLiteral("--smtp"), QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtp->port()),
                                  QStringLiteral("--user"), QLatin1String(tests::DovecotServer::User),
                                  QStringLiteral("--tls"), QStringLiteral("none")});
        QVERIFY(add->waitForFinished(30000));
        QCOMPARE(add->exitCode(), 0);
        // No spacing between messages in tests, except where a test sets it.
        setSetting(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("0"));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<tests::DovecotServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
        m_smtp = std::make_unique<tests::SmtpServer>(QLatin1String(tests::DovecotServer::User),
                                                     QLatin1String(tests::DovecotServer::Password));
        // Auto-filing into Sent (as Gmail and Microsoft 365 do) for the tests that say so.
        const bool providerFiles = QByteArray(QTest::currentTestFunction()).contains("ProviderFiles");
        QVERIFY(m_smtp->start(providerFiles ? imapUrl() : QString()));
        static int n = 0;
        m_ws = m_cli.filePath(QStringLiteral("ws%1").arg(++n));
        addAccount();
    }

    void cleanup()
    {
        if (!m_mounted.isEmpty()) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mounted});
            m_mounted.clear();
        }
        m_smtp.reset();
        m_server.reset();
    }

    // A real full disk under the workspace (a 24 MB tmpfs; mounting one needs root, as in CI): the sync
    // stops at the first "disk full" in the rep's words, the outbox sends nothing it could not record,
    // and once there is room again every message arrives once and the email goes once.
    void fullDiskStopsTheSyncAndTheOutboxAndLosesNothing()
    {
        const QString disk = m_cli.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(disk));
        if (::geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                  QStringLiteral("size=24m"), QStringLiteral("tmpfs"), disk})
                != 0) {
            QSKIP("mounting a small tmpfs needs root: the full-disk mail test runs in CI");
        }
        m_mounted = disk;
        m_ws = disk + QStringLiteral("/ws");
        addAccount();
        setSetting(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("0"));
        int code = -1;
        const qint64 queued = send(QStringLiteral("p1@heron-works.example"), QStringLiteral("Hello"),
                                   {QStringLiteral("--queue-only")}, &code)
                                  .value(QStringLiteral("id"))
                                  .toInteger();
        QCOMPARE(code, 0);
        ImapClient client = imap();
        constexpr int Count = 400;
        const QByteArray padding = QByteArray(20000, 'x'); // 20 KB each: 8 MB in all, more than is left
        for (int i = 0; i < Count; ++i) {
            QVERIFY(client.append(QStringLiteral("INBOX"), message(i, "X-Padding: " + padding + "\r\n")));
        }
        // Fill the disk but for 1 MB.
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, '\0');
        while (filler.write(block) == block.size() && filler.flush()) {}
        filler.close();
        QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - 1024 * 1024)));

        QProcess* p = startCli({QStringLiteral("sync")});
        QVERIFY(p->waitForFinished(120000));
        const QString said = QString::fromUtf8(p->readAllStandardError()).trimmed();
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(said.contains(QStringLiteral("The disk holding your workspace (%1) is full").arg(m_ws))
                     && said.contains(QStringLiteral("Free at least")) && !said.contains(QStringLiteral("INSERT")),
                 qPrintable(said));
        const int stored = scalar(QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY2(stored < Count, qPrintable(QString::number(stored)));
        QCOMPARE(
            Sql::scalar(Database::connection(workspaceFile()), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
        Database::release(workspaceFile());

        // Nothing leaves that could not be recorded: the email stays queued, the server saw nothing.
        p = startCli({QStringLiteral("outbox"), QStringLiteral("flush")});
        QVERIFY(p->waitForFinished(60000));
        const QString refused = QString::fromUtf8(p->readAllStandardError() + p->readAllStandardOutput());
        QVERIFY2(p->exitCode() != 0 && refused.contains(QStringLiteral("Nothing was sent")), qPrintable(refused));
        QCOMPARE(m_smtp->count(), 0);
        QCOMPARE(state(queued), QStringLiteral("queued"));

        // Room again: every message once, the email once.
        QVERIFY(QFile::remove(disk + QStringLiteral("/filler")));
        sync(&code);
        QCOMPARE(code, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'inbound'")), Count);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT uid) FROM messages WHERE direction = 'inbound'")), Count);
        QCOMPARE(flush(&code).value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(m_smtp->count(), 1);
        qInfo("full disk: the sync stopped after %d of %d messages; all %d after freeing space", stored, Count, Count);
    }

    // The sync path is the classify path: the real-bounce corpus appended to a real Dovecot mailbox in
    // CRLF (as IMAP APPEND wants it), synced, and each stored message's category compared with what
    // the classifier says of the file itself.
    void realCorpusSyncedIsClassifiedAsTheFileIs()
    {
        if (!tests::SisimaiCorpus::available()) {
            QSKIP(qPrintable(
                tests::SisimaiCorpus::skipReason(QStringLiteral("the sync-versus-classify check is skipped"))));
        }
        const QFileInfoList files = QDir(tests::SisimaiCorpus::path() + QStringLiteral("/maildir/bsd"))
                                        .entryInfoList(QDir::Files, QDir::Name);
        QVERIFY(files.size() > 600);
        ImapClient client = imap();
        for (const QFileInfo& file : files) {
            QFile in(file.absoluteFilePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray raw = in.readAll();
            raw.replace("\r\n", "\n");
            raw.replace("\n", "\r\n");
            QVERIFY2(client.append(QStringLiteral("INBOX"), raw), qPrintable(file.fileName()));
        }
        int code = -1;
        sync(&code);
        QCOMPARE(code, 0);
        const agents::inbox::ReplyClassifier classifier;
        const QSqlDatabase db = Database::connection(workspaceFile());
        int same = 0;
        int merged = 0; // files sharing a Message-ID are one message (its UID moves to the last), by design
        QStringList different;
        for (int i = 0; i < files.size(); ++i) {
            const agents::inbox::ParsedMessage parsed
                = agents::inbox::MessageParser::parseFile(files.at(i).absoluteFilePath());
            const QVariant stored = Sql::scalar(db,
                                                QStringLiteral("SELECT coalesce(classification, '') FROM messages "
                                                               "WHERE mailbox = 'INBOX' AND uid = :u"),
                                                {{":u", i + 1}});
            if (!stored.isValid()) {
                const bool duplicate = !parsed.messageId.isEmpty()
                    && Sql::scalar(db, QStringLiteral("SELECT 1 FROM messages WHERE message_id = :m"),
                                   {{":m", parsed.messageId}})
                           .isValid();
                if (duplicate) {
                    ++merged;
                } else {
                    different.append(QStringLiteral("%1: not stored").arg(files.at(i).fileName()));
                }
                continue;
            }
            const QString fromFile = classifier.classify(parsed).category;
            if (stored.toString() == fromFile) {
                ++same;
            } else if (different.size() < 10) {
                different.append(
                    QStringLiteral("%1: synced %2, file %3").arg(files.at(i).fileName(), stored.toString(), fromFile));
            }
        }
        Database::release(workspaceFile());
        qInfo("%d of %d stored messages: the same category synced and from the file (%d more share their Message-ID "
              "with another file: kept as one message)",
              same, int(files.size()) - merged, merged);
        QVERIFY2(different.isEmpty() && same + merged == files.size(),
                 qPrintable(different.join(QStringLiteral("; "))));
    }

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
        QVERIFY(
            client.append(QStringLiteral("INBOX"), fileBytes(MailData + QStringLiteral("bounce_user_unknown.eml"))));
        QVERIFY(client.append(QStringLiteral("INBOX"),
                              "From: Ada Quist <ada.quist@heron-works.example>\r\nTo: dana@kestrel-labs.example\r\n"
                              "Subject: Re: hello\r\nMessage-ID: <stop-1@heron-works.example>\r\n\r\nPlease remove me "
                              "from your list.\r\n"));
        // Two of them are prospects: the bounced address and the one who asks to stop.
        {
            const QString file = m_ws + QStringLiteral("/workspace.sqlite");
            const QSqlDatabase db = Database::connection(file);
            for (const char* email : {"wren.absent@plover-tools.example", "ada.quist@heron-works.example"}) {
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
                                       "('wren.absent@plover-tools.example', 'ada.quist@heron-works.example')")),
                 2);

        // Their stage and timeline changed with it.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM prospects WHERE email = 'wren.absent@plover-tools.example' AND "
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

    // A prospect's interested reply gets a reply drafted in Approvals by the Conversation agent, queued
    // by the sync that stored it (from the reply template here: no model provider); an unsubscribe
    // from another prospect gets none. Nothing is sent.
    void interestedReplyGetsASuggestedReplyDraft()
    {
        {
            const QSqlDatabase db = Database::connection(workspaceFile());
            Sql::run(db,
                     QStringLiteral("INSERT INTO prospects (first_name, last_name, email, created_at, updated_at) "
                                    "VALUES ('Nadia', 'Lark', 'nadia@heron-works.example', 1, 1), ('Omar', "
                                    "'Finch', 'omar@heron-works.example', 1, 1)"));
        }
        ImapClient client = imap();
        const auto reply = [](const char* who, const char* id, const char* text) {
            return QByteArray("From: ") + who
                + "\r\nTo: dana@kestrel-labs.example\r\nSubject: Re: Order picking\r\n"
                  "Date: Wed, 02 Dec 2026 10:00:00 +0100\r\nMessage-ID: <"
                + id + ">\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n";
        };
        QVERIFY(client.append(QStringLiteral("INBOX"),
                              reply("Nadia Lark <nadia@heron-works.example>", "int-1@heron-works.example",
                                    "Yes, this is interesting, please send me more details.")));
        QVERIFY(client.append(QStringLiteral("INBOX"),
                              reply("Omar Finch <omar@heron-works.example>", "uns-1@heron-works.example",
                                    "Please remove me from your list, do not contact me again.")));
        QProcess* enqueue = startCli({QStringLiteral("jobs"), QStringLiteral("enqueue"), QStringLiteral("inbox.sync"),
                                      QStringLiteral("--payload"), QStringLiteral("{\"account\": 1}")});
        QVERIFY(enqueue->waitForFinished(30000));
        QCOMPARE(enqueue->exitCode(), 0);
        QProcess* run = startCli({QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY(run->waitForFinished(60000));
        const QByteArray out = run->readAllStandardOutput() + run->readAllStandardError();
        // The sync, the suggested replies it queued, and the predictive score's retraining on the new outcomes.
        QVERIFY2(out.contains("3 succeeded, 0 failed"), out.constData());
        const int interested
            = scalar(QStringLiteral("SELECT id FROM messages WHERE message_id = 'int-1@heron-works.example'"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM drafts")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT reply_to FROM drafts WHERE kind = 'reply' AND status = 'pending' AND "
                                       "to_address = 'nadia@heron-works.example'")),
                 interested);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
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
        // Both log in.
        QJsonObject json = test(QLatin1String(tests::DovecotServer::Password));
        QCOMPARE(json.value(QStringLiteral("imap")).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("ok")).toBool(), true);
        // A wrong password, then the servers gone.
        json = test(QStringLiteral("wrong"));
        QCOMPARE(json.value(QStringLiteral("imap")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("authentication"));
        QCOMPARE(json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("authentication"));
        m_smtp->stop();
        json = test(QLatin1String(tests::DovecotServer::Password));
        QCOMPARE(json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("refused"));
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

    // A reply goes out with its threading headers, both bodies, the unsubscribe headers of RFC 2369 and
    // RFC 8058, is filed in Sent, joins the prospect's conversation, and a sync does not duplicate it.
    void replySendsWithThreadingAndUnsubscribeHeaders()
    {
        QProcess* import = startCli({QStringLiteral("import"),
                                     textFile(QStringLiteral("email,first_name,last_name,company\n"
                                                             "p1@heron-works.example,Paula,Émeraude,Heron Works\n"),
                                              QStringLiteral("csv"))});
        QVERIFY(import->waitForFinished(30000));
        QCOMPARE(import->exitCode(), 0);
        ImapClient client = imap();
        QVERIFY(client.append(QStringLiteral("INBOX"), message(1)));
        sync();
        setSetting(QStringLiteral("mail.unsubscribe_url"), QStringLiteral("https://kestrel-labs.example/u/{token}"));
        int code = -1;
        const QJsonObject sent
            = send(QStringLiteral("p1@heron-works.example"), QStringLiteral("Re: Order picking 1 — café"),
                   {QStringLiteral("--in-reply-to"), QStringLiteral("<m1@heron-works.example>"),
                    QStringLiteral("--to-name"), QStringLiteral("Paula Émeraude")},
                   &code);
        QCOMPARE(code, 0);
        QCOMPARE(sent.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(m_smtp->count(), 1);
        const QJsonObject envelope = m_smtp->envelope(1);
        QCOMPARE(envelope.value(QStringLiteral("from")).toString(), QLatin1String(tests::DovecotServer::User));
        QCOMPARE(envelope.value(QStringLiteral("to")).toArray().first().toString(),
                 QStringLiteral("p1@heron-works.example"));

        const QByteArray raw = m_smtp->message(1);
        QVERIFY(raw.contains("\r\n"));
        QVERIFY2(!raw.contains("café"), "headers and bodies are 7-bit (encoded words, quoted-printable)");
        const agents::inbox::ParsedMessage m = MessageParser::parse(raw);
        QVERIFY(m.ok);
        const QString messageId = sent.value(QStringLiteral("messageId")).toString();
        QVERIFY(messageId.endsWith(QStringLiteral("@kestrel-labs.example")));
        QCOMPARE(m.messageId, messageId);
        QCOMPARE(m.inReplyTo, QStringLiteral("m1@heron-works.example"));
        QCOMPARE(m.references, QStringList {QStringLiteral("m1@heron-works.example")});
        QCOMPARE(m.subject, QStringLiteral("Re: Order picking 1 — café"));
        QCOMPARE(m.fromAddress, QLatin1String(tests::DovecotServer::User));
        QCOMPARE(m.to, QStringList {QStringLiteral("p1@heron-works.example")});
        QCOMPARE(m.mimeType, QStringLiteral("multipart/alternative"));
        QVERIFY(m.textBody.contains(QStringLiteral("Voici notre offre : https://kestrel-labs.example/offre")));
        QVERIFY(m.htmlBody.contains(
            QStringLiteral("<a href=\"https://kestrel-labs.example/offre\">https://kestrel-labs.example/offre</a>")));
        const QString token
            = Sql::scalar(Database::connection(workspaceFile()), QStringLiteral("SELECT unsubscribe_token FROM outbox"))
                  .toString();
        Database::release(workspaceFile());
        QVERIFY(!token.isEmpty());
        QCOMPARE(m.header(QStringLiteral("List-Unsubscribe")),
                 QStringLiteral("<mailto:dana@kestrel-labs.example?subject=unsubscribe%20%1>, "
                                "<https://kestrel-labs.example/u/%1>")
                     .arg(token));
        QCOMPARE(m.header(QStringLiteral("List-Unsubscribe-Post")), QStringLiteral("List-Unsubscribe=One-Click"));
        QVERIFY(m.date.isValid());

        // Filed in Sent (this server does not do it itself), once.
        QList<qint64> uids;
        QVERIFY(client.searchMessageId(QStringLiteral("Sent"), messageId, &uids));
        QCOMPARE(uids.size(), 1);
        // In the prospect's conversation, with the message it answers.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT thread_id) FROM messages")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE kind = 'email.sent'")), 1);
        // The next sync sees it in Sent and knows it: no duplicate.
        const QJsonObject again = sync();
        QCOMPARE(fetched(again, QStringLiteral("Sent")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE mailbox = 'Sent' AND uid IS NOT NULL")), 1);
    }

    // An address on the do-not-contact list is refused when queued, and blocked at the last moment when
    // it joined the list while its message waited.
    void doNotContactIsNeverMailed()
    {
        QProcess* dnc
            = startCli({QStringLiteral("dnc"), QStringLiteral("add"), QStringLiteral("p2@heron-works.example")});
        QVERIFY(dnc->waitForFinished(30000));
        int code = -1;
        send(QStringLiteral("p2@heron-works.example"), QStringLiteral("Hello"), {}, &code);
        QCOMPARE(code, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);

        const QJsonObject queued = send(QStringLiteral("p3@heron-works.example"), QStringLiteral("Hello"),
                                        {QStringLiteral("--queue-only")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(queued.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QProcess* later
            = startCli({QStringLiteral("dnc"), QStringLiteral("add"), QStringLiteral("heron-works.example")});
        QVERIFY(later->waitForFinished(30000));
        const QJsonObject result = flush(&code);
        QCOMPARE(result.value(QStringLiteral("blocked")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("sent")).toInt(), 0);
        QCOMPARE(state(queued.value(QStringLiteral("id")).toInteger()), QStringLiteral("blocked"));
        QCOMPARE(m_smtp->count(), 0);
    }

    // 5xx fails the message with the server's words; 4xx keeps it queued for a later try; a wrong
    // password keeps it queued without using up its attempts.
    void serverRefusalsFailOrRetry()
    {
        int code = -1;
        const QJsonObject unknown
            = send(QStringLiteral("unknown.olaf@heron-works.example"), QStringLiteral("Hello"), {}, &code);
        QCOMPARE(code, 1);
        QCOMPARE(unknown.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(unknown.value(QStringLiteral("error")).toString().contains(QStringLiteral("550")),
                 qPrintable(unknown.value(QStringLiteral("error")).toString()));
        const QJsonObject busy
            = send(QStringLiteral("busy.bea@heron-works.example"), QStringLiteral("Hello"), {}, &code);
        QCOMPARE(busy.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(busy.value(QStringLiteral("attempts")).toInt(), 1);
        QVERIFY(busy.value(QStringLiteral("error")).toString().contains(QStringLiteral("451")));
        QVERIFY(!busy.value(QStringLiteral("notBefore")).toString().isEmpty());
        QCOMPARE(m_smtp->count(), 0);

        QProcess* p = startCli({QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("--account"),
                                QStringLiteral("Dana"), QStringLiteral("--to"),
                                QStringLiteral("p4@heron-works.example"), QStringLiteral("--subject"),
                                QStringLiteral("Hello"), QStringLiteral("--text"), textFile(QStringLiteral("Hi"))},
                               QStringLiteral("wrong-password"));
        QVERIFY(p->waitForFinished(60000));
        const QJsonObject wrong = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        QCOMPARE(wrong.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(wrong.value(QStringLiteral("attempts")).toInt(), 0);
        QCOMPARE(wrong.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("authentication"));
        QCOMPARE(m_smtp->count(), 0);
    }

    // The daily cap and the spacing between messages hold; what is over waits for its time.
    void dailyCapAndSpacingHold()
    {
        execSql(QStringLiteral("UPDATE mail_accounts SET daily_send_cap = 2"));
        setSetting(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("20"));
        for (int i = 1; i <= 3; ++i) {
            int code = -1;
            send(QStringLiteral("p%1@heron-works.example").arg(i), QStringLiteral("Hello"),
                 {QStringLiteral("--queue-only")}, &code);
            QCOMPARE(code, 0);
        }
        QJsonObject result = flush();
        QCOMPARE(result.value(QStringLiteral("sent")).toInt(), 1); // then 20 s before the next one
        QVERIFY(!result.value(QStringLiteral("nextAttemptAt")).toString().isEmpty());
        setSetting(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("0"));
        result = flush();
        QCOMPARE(result.value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("capReached")).toBool(), true);
        QCOMPARE(m_smtp->count(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")), 1);
        // The next attempt is 24 hours after the first of the two.
        const QDateTime next
            = QDateTime::fromString(result.value(QStringLiteral("nextAttemptAt")).toString(), Qt::ISODate);
        QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    }

    // The Inbox agent sends the outbox as a job.
    void inboxAgentSendsTheOutboxAsAJob()
    {
        int code = -1;
        send(QStringLiteral("p1@heron-works.example"), QStringLiteral("Hello"), {QStringLiteral("--queue-only")},
             &code);
        QProcess* enqueue = startCli({QStringLiteral("jobs"), QStringLiteral("enqueue"), QStringLiteral("outbox.send"),
                                      QStringLiteral("--payload"), QStringLiteral("{\"account\": 1}")});
        QVERIFY(enqueue->waitForFinished(30000));
        QProcess* run = startCli({QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY(run->waitForFinished(60000));
        const QByteArray out = run->readAllStandardOutput() + run->readAllStandardError();
        QVERIFY2(out.contains("1 succeeded, 0 failed"), out.constData());
        QCOMPARE(m_smtp->count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), 1);
    }

    // SASL XOAUTH2 with an access token instead of a password, on both servers: SMTP (the test server
    // checks the token) and IMAP (Dovecot asks a token introspection endpoint, RFC 7662).
    void oauth2TokenLogsInToImapAndSmtp()
    {
        QVERIFY(m_server->startTokenService());
        QCOMPARE(QLatin1String(tests::DovecotServer::Token), QLatin1String(tests::SmtpServer::Token));
        m_ws = m_cli.filePath(QStringLiteral("ws-oauth")); // its own workspace: one account per address
        QProcess* add
            = startCli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Oauth"),
                        QStringLiteral("--imap"), QStringLiteral("imap://127.0.0.1:%1").arg(m_server->port()),
                        QStringLiteral("--smtp"), QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtp->port()),
                        QStringLiteral("--user"), QLatin1String(tests::DovecotServer::User), QStringLiteral("--tls"),
                        QStringLiteral("none"), QStringLiteral("--auth"), QStringLiteral("oauth2")});
        QVERIFY(add->waitForFinished(30000));
        QCOMPARE(add->exitCode(), 0);
        setSetting(QStringLiteral("outbox.min_interval_seconds"), QStringLiteral("0"));
        auto cliWith = [&](const QString& token, const QStringList& args) {
            QProcess p;
            m_cli.withEnv(QStringLiteral("SALES_COPILOT_SECRET_OAUTH"), token)
                .start(p, QStringList {QStringLiteral("--workspace"), m_ws, QStringLiteral("--json")} + args);
            p.waitForFinished(60000);
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        };
        auto sendWith = [&](const QString& token) {
            return cliWith(token,
                           {QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Oauth"),
                            QStringLiteral("--to"), QStringLiteral("p1@heron-works.example"),
                            QStringLiteral("--subject"), QStringLiteral("Hello"), QStringLiteral("--text"),
                            textFile(QStringLiteral("Hi"))});
        };
        const QStringList test {QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("Oauth")};
        QJsonObject check = cliWith(QStringLiteral("expired-token"), test);
        QCOMPARE(check.value(QStringLiteral("imap")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("authentication"));
        QCOMPARE(check.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("authentication"));
        check = cliWith(QLatin1String(tests::DovecotServer::Token), test);
        QCOMPARE(check.value(QStringLiteral("imap")).toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(check.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("ok")).toBool(), true);

        const QJsonObject refused = sendWith(QStringLiteral("expired-token"));
        QCOMPARE(refused.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("failure")).toString(),
                 QStringLiteral("authentication"));
        QCOMPARE(m_smtp->count(), 0);
        execSql(QStringLiteral("UPDATE outbox SET not_before = 0"));
        const QJsonObject sent = sendWith(QLatin1String(tests::SmtpServer::Token));
        QCOMPARE(sent.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        // The message the expired token held back went too, first.
        QCOMPARE(m_smtp->count(), 2);
        QCOMPARE(m_smtp->envelope(1).value(QStringLiteral("auth")).toString(), QStringLiteral("XOAUTH2"));
        QCOMPARE(m_smtp->envelope(2).value(QStringLiteral("auth")).toString(), QStringLiteral("XOAUTH2"));
        // Filed into Sent over IMAP with the same token, and synced back.
        QList<qint64> uids;
        QVERIFY(
            imap().searchMessageId(QStringLiteral("Sent"), sent.value(QStringLiteral("messageId")).toString(), &uids));
        QCOMPARE(uids.size(), 1);
        const QJsonObject synced
            = cliWith(QLatin1String(tests::DovecotServer::Token),
                      {QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Oauth")});
        QCOMPARE(fetched(synced, QStringLiteral("Sent")), 2);
        QVERIFY(m_server->log().contains(QLatin1String("method=XOAUTH2")));
    }

    // Killed after the server accepted the message, before our record of it; the provider files sent
    // mail into Sent (as Gmail does): the restart finds it there by Message-ID and does not send again.
    void exactlyOnceAcrossACrashWhenTheProviderFilesSent()
    {
        const qint64 id = sendAndKillAt(QStringLiteral("hang-on-quit"), QStringLiteral("waiting-quit"));
        QCOMPARE(state(id), QStringLiteral("transmitting"));
        QCOMPARE(m_smtp->count(), 1);
        int code = -1;
        const QJsonObject result = flush(&code);
        QCOMPARE(code, 0);
        QCOMPARE(result.value(QStringLiteral("reconciled")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("sent")).toInt(), 0);
        QCOMPARE(state(id), QStringLiteral("sent"));
        QCOMPARE(m_smtp->count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'outbound'")), 1);
        flush();
        QCOMPARE(m_smtp->count(), 1);
    }

    // The same crash with a server that does not file sent mail: nothing proves it went, so it is
    // 'uncertain' and waits for the rep — never sent twice on a guess.
    void crashAfterAcceptanceWithoutAProofWaitsForTheRep()
    {
        const qint64 id = sendAndKillAt(QStringLiteral("hang-on-quit"), QStringLiteral("waiting-quit"));
        QCOMPARE(m_smtp->count(), 1);
        const QJsonObject result = flush();
        QCOMPARE(result.value(QStringLiteral("uncertain")).toInt(), 1);
        QCOMPARE(state(id), QStringLiteral("uncertain"));
        flush();
        QCOMPARE(m_smtp->count(), 1);
        QProcess* confirm = startCli({QStringLiteral("outbox"), QStringLiteral("confirm"), QString::number(id)});
        QVERIFY(confirm->waitForFinished(30000));
        QCOMPARE(confirm->exitCode(), 0);
        QCOMPARE(state(id), QStringLiteral("sent"));
        QCOMPARE(m_smtp->count(), 1);
    }

    // Killed before the server took the content: it did not go, so it goes once on restart.
    void crashBeforeTransmittingSendsOnce()
    {
        const qint64 id = sendAndKillAt(QStringLiteral("hang-on-rcpt"), QStringLiteral("waiting-rcpt"));
        QCOMPARE(state(id), QStringLiteral("sending"));
        QCOMPARE(m_smtp->count(), 0);
        const QJsonObject result = flush();
        QCOMPARE(result.value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(state(id), QStringLiteral("sent"));
        QCOMPARE(m_smtp->count(), 1);
    }

    // Read state, both ways: read on the server (webmail) is read here; read here is flagged \\Seen
    // on the server at the next sync.
    void readStateSyncsBothWays()
    {
        ImapClient client = imap();
        QVERIFY(client.append(QStringLiteral("INBOX"), message(1)));
        QVERIFY(client.append(QStringLiteral("INBOX"), message(2)));
        // libcurl's APPEND stores messages as read: make the second one new mail.
        QVERIFY(client.setSeen(QStringLiteral("INBOX"), {2}, false));
        sync();
        // Downloading it did not mark it read on the server.
        QList<qint64> serverSeen;
        QVERIFY(client.seenUids(QStringLiteral("INBOX"), 1, 10, &serverSeen));
        QCOMPARE(serverSeen, QList<qint64>({1}));
        QCOMPARE(scalar(QStringLiteral("SELECT seen FROM messages WHERE uid = 1")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT seen FROM messages WHERE uid = 2")), 0);
        const qint64 thread = scalar(QStringLiteral("SELECT thread_id FROM messages WHERE uid = 2"));
        ConversationRepository(Database::connection(workspaceFile())).markThreadRead(thread);
        Database::release(workspaceFile());
        QCOMPARE(scalar(QStringLiteral("SELECT seen FROM messages WHERE uid = 2")), 2); // not on the server yet
        QList<qint64> seen;
        QVERIFY(client.seenUids(QStringLiteral("INBOX"), 1, 10, &seen));
        QCOMPARE(seen, QList<qint64>({1}));
        sync();
        ImapClient fresh = imap(); // a new session: what the server holds now
        QVERIFY(fresh.seenUids(QStringLiteral("INBOX"), 1, 10, &seen));
        QCOMPARE(seen, QList<qint64>({1, 2}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE seen = 1")), 2);
    }

    // Every category, through a real mailbox: each message synced from INBOX gets its category and
    // language; a complaint puts the complainer on the do-not-contact list like a bounce does.
    void everyCategoryThroughARealMailbox()
    {
        ImapClient client = imap();
        const QList<QPair<QString, QByteArray>> replies {
            {QStringLiteral("interested"), "Yes, this is interesting, please send me more details."},
            {QStringLiteral("not_interested"), "We already work with another vendor, not interested."},
            {QStringLiteral("referral"),
             "I have left the company. Please reach out to my colleague Jules Moreau "
             "(jules.moreau@kestrel-labs.example), he runs this."},
            {QStringLiteral("question"), "Do you integrate with our ERP?"},
            {QStringLiteral("meeting_time"), "Jeudi 14h, ça me va."},
            {QStringLiteral("unsubscribe"), "Merci de ne plus me contacter."},
            {QStringLiteral("other"), "Thanks for the note, I forwarded it internally for our records."},
            {QStringLiteral("not_interested"), "Not right now, maybe next quarter."},
        };
        for (int i = 0; i < replies.size(); ++i) {
            QVERIFY(client.append(QStringLiteral("INBOX"),
                                  "From: P <p" + QByteArray::number(i)
                                      + "@heron-works.example>\r\nTo: "
                                        "dana@kestrel-labs.example\r\nSubject: Re: Order picking\r\nDate: Wed, 02 Dec "
                                        "2026 10:00:00 +0100\r\nMessage-ID: <cat-"
                                      + QByteArray::number(i)
                                      + "@heron-works.example>\r\nContent-Type: text/plain; "
                                        "charset=utf-8\r\n\r\n"
                                      + replies.at(i).second + "\r\n"));
        }
        QVERIFY(client.append(QStringLiteral("INBOX"), fileBytes(MailData + QStringLiteral("complaint_arf.eml"))));
        QVERIFY(client.append(QStringLiteral("INBOX"), fileBytes(MailData + QStringLiteral("auto_reply_away.eml"))));
        QVERIFY(
            client.append(QStringLiteral("INBOX"), fileBytes(MailData + QStringLiteral("bounce_user_unknown.eml"))));
        const QJsonObject result = sync();
        QCOMPARE(fetched(result, QStringLiteral("INBOX")), int(replies.size()) + 3);
        const QString file = workspaceFile();
        {
            const QSqlDatabase db = Database::connection(file);
            for (int i = 0; i < replies.size(); ++i) {
                QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT classification FROM messages WHERE message_id = :id"),
                                     {{":id", QStringLiteral("cat-%1@heron-works.example").arg(i)}})
                             .toString(),
                         replies.at(i).first);
            }
            QCOMPARE(
                Sql::scalar(
                    db, QStringLiteral("SELECT language FROM messages WHERE message_id = 'cat-5@heron-works.example'"))
                    .toString(),
                QStringLiteral("fr"));
            QCOMPARE(Sql::scalar(db,
                                 QStringLiteral("SELECT group_concat(classification) FROM (SELECT classification FROM "
                                                "messages WHERE uid > 8 ORDER BY uid)"))
                         .toString(),
                     QStringLiteral("complaint,auto_reply,bounce"));
            QCOMPARE(
                Sql::scalar(db, QStringLiteral("SELECT bounce_recipient FROM messages WHERE classification = 'bounce'"))
                    .toString(),
                QStringLiteral("wren.absent@plover-tools.example"));
            // The auto-reply's return date is kept on it, for the sequence engine to pause until then.
            QCOMPARE(Sql::scalar(db,
                                 QStringLiteral("SELECT return_date || ' ' || return_date_precision FROM messages "
                                                "WHERE classification = 'auto_reply'"))
                         .toString(),
                     QStringLiteral("2026-12-07 day"));
            QCOMPARE(
                Sql::scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE return_date IS NOT NULL")).toInt(),
                1);
            // The referral's person and the refusal's day to come back are kept for the sequence engine.
            QCOMPARE(Sql::scalar(db,
                                 QStringLiteral("SELECT referral_email || ' / ' || referral_name || ' / ' || "
                                                "sender_left_company FROM messages WHERE classification = "
                                                "'referral'"))
                         .toString(),
                     QStringLiteral("jules.moreau@kestrel-labs.example / Jules Moreau / 1"));
            QCOMPARE(Sql::scalar(db,
                                 QStringLiteral("SELECT follow_up_date || ' ' || follow_up_precision FROM messages "
                                                "WHERE follow_up_date IS NOT NULL"))
                         .toString(),
                     QStringLiteral("2027-01-04 approximate")); // next quarter: 1 January is a holiday, then a weekend
            // Consequences: the bounced address, the complainer and the unsubscriber are never mailed again.
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM do_not_contact")).toInt(), 3);
        }
        Database::release(file);
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "test_mail.moc"
