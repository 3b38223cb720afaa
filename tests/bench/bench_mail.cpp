// Mail benchmark, on two mailboxes of N messages each in a real local Dovecot:
// - "short": half real bounces, auto-replies and complaints, half one-line replies;
// - "long": replies of ordinary length (200-600 words with quoted history, a signature and an HTML
//   twin; tests/support/LongReplies), what a rep's mailbox mostly holds.
// Each is synced into an empty workspace by `sales-copilot-cli sync` (fetched, parsed, classified,
// threaded, stored) against mbsync (isync) copying the same mailbox to a maildir, in the same run;
// then parse + classify alone, in-process on one core.
// Usage: bench_mail [N] [short|long] [--no-sync] (default 300, both; --no-sync: only the in-process
// part, to profile; the README's figures use 10000). Prints figures, asserts nothing about time;
// exits non-zero only when a step fails or the counts do not match. Without the real corpus beside
// the clone it says so in one line and uses the invented messages of tests/data/mail.
#include "CliRunner.h"
#include "DovecotServer.h"
#include "LongReplies.h"
#include "SisimaiCorpus.h"
#include "agents/inbox/ImapClient.h"
#include "agents/inbox/MessageParser.h"
#include "agents/inbox/ReplyClassifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace sc;
using agents::inbox::ImapClient;

namespace {

int fail(const QString& why)
{
    std::fprintf(stderr, "bench_mail: %s\n", qPrintable(why));
    return 1;
}

void line(const QString& what, double value, const char* unit)
{
    std::printf("%-62s %10.1f %s\n", qPrintable(what), value, unit);
}

// The "short" mailbox: the real corpus (or the fixtures) and one-line replies, alternately.
QList<QByteArray> shortMessages(int count)
{
    const bool real = tests::SisimaiCorpus::available();
    if (!real) {
        std::printf("%s\n",
                    qPrintable(tests::SisimaiCorpus::skipReason(
                        QStringLiteral("syncing the invented messages of tests/data/mail instead"))));
    }
    QList<QByteArray> samples;
    QDirIterator corpus(real ? tests::SisimaiCorpus::path() + QStringLiteral("/maildir/bsd")
                             : QStringLiteral(SC_SOURCE_DIR "/tests/data/mail"),
                        {QStringLiteral("*.eml")}, QDir::Files);
    while (corpus.hasNext()) {
        QFile f(corpus.next());
        if (f.open(QIODevice::ReadOnly)) {
            samples.append(f.readAll());
        }
    }
    const char* replies[] = {"Thanks, tell me more about pricing.",
                             "Tuesday at 3pm works for me.",
                             "Pas intéressé, merci.",
                             "Please remove me from your list.",
                             "Je serai absent jusqu'au 4 janvier.",
                             "Who else uses this in logistics?"};
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0 && !samples.isEmpty()) {
            out.append(samples.at((i / 2) % samples.size()));
        } else {
            out.append("From: Prospect " + QByteArray::number(i) + " <p" + QByteArray::number(i)
                       + "@heron-works.example>\r\nTo: dana@kestrel-labs.example\r\nSubject: Re: Order picking\r\n"
                         "Message-ID: <bench-"
                       + QByteArray::number(i) + "@heron-works.example>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n"
                       + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + replies[i % 6] + "\r\n");
        }
    }
    std::printf("short: %d messages (half %s, half one-line replies)\n", count,
                real ? "real bounces/auto-replies/complaints" : "the fixture messages of tests/data/mail");
    return out;
}

QList<QByteArray> longMessages(int count)
{
    QList<int> words;
    QList<QByteArray> out = tests::LongReplies::make(count, 20261203, &words);
    std::sort(words.begin(), words.end());
    std::printf("long: %d replies of %d to %d words (median %d), quoted history, all with an HTML twin\n", count,
                words.first(), words.last(), words.at(words.size() / 2));
    return out;
}

int classifyOnly(const QString& shape, const QList<QByteArray>& messages);

int bench(const QString& shape, const QList<QByteArray>& messages, bool withSync)
{
    if (!withSync) {
        return classifyOnly(shape, messages);
    }
    const int count = int(messages.size());
    tests::DovecotServer server;
    if (!server.start()) {
        return fail(QStringLiteral("Dovecot did not start: %1").arg(server.log()));
    }
    ImapClient client({QStringLiteral("127.0.0.1"), server.port(), ImapClient::Security::None,
                       QLatin1String(tests::DovecotServer::User), QLatin1String(tests::DovecotServer::Password),
                       30000});
    for (const QByteArray& message : messages) {
        if (!client.append(QStringLiteral("INBOX"), message)) {
            return fail(client.error());
        }
    }

    // Ours: an empty workspace, the CLI as a rep's machine would run it.
    QTemporaryDir work;
    const QString ws = work.filePath(QStringLiteral("ws"));
    tests::CliRunner cli;
    cli.setLeadingArgs({QStringLiteral("--workspace"), ws});
    const tests::CliRunner::Result add
        = cli.run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Bench"), QStringLiteral("--imap"),
                   QStringLiteral("imap://127.0.0.1:%1").arg(server.port()), QStringLiteral("--smtp"),
                   QStringLiteral("smtp://127.0.0.1:2525"), QStringLiteral("--user"),
                   QLatin1String(tests::DovecotServer::User), QStringLiteral("--tls"), QStringLiteral("none")},
                  {}, 60000);
    if (add.code != 0) {
        return fail(add.err);
    }
    cli.setEnv(QStringLiteral("SALES_COPILOT_SECRET_BENCH"), QLatin1String(tests::DovecotServer::Password));
    QElapsedTimer timer;
    timer.start();
    const tests::CliRunner::Result sync = cli.run({QStringLiteral("--json"), QStringLiteral("sync")}, {}, 3'600'000);
    if (sync.code != 0) {
        return fail(sync.err);
    }
    const double oursMs = double(timer.nsecsElapsed()) / 1e6;
    if (!sync.out.contains(QStringLiteral("\"fetched\": %1").arg(count))) {
        return fail(QStringLiteral("sales-copilot-cli sync did not fetch %1 messages: %2").arg(count).arg(sync.out));
    }
    line(shape + QStringLiteral(": sales-copilot-cli sync (fetch, parse, classify, thread, store)"), oursMs, "ms");

    // mbsync copying the same mailbox to a maildir.
    const QString mbsync = QStandardPaths::findExecutable(QStringLiteral("mbsync"));
    if (mbsync.isEmpty()) {
        std::printf("mbsync not installed: no comparison (apt-get install isync)\n");
    } else {
        QDir(work.path()).mkpath(QStringLiteral("maildir"));
        QFile rc(work.filePath(QStringLiteral("mbsyncrc")));
        rc.open(QIODevice::WriteOnly);
        rc.write(
            QStringLiteral("IMAPAccount local\nHost 127.0.0.1\nPort %1\nUser %2\nPass %3\nSSLType None\nAuthMechs "
                           "LOGIN PLAIN\n\nIMAPStore remote\nAccount local\n\nMaildirStore near\nPath %4/maildir/\n"
                           "Inbox %4/maildir/INBOX\n\nChannel inbox\nFar :remote:INBOX\nNear :near:INBOX\nCreate "
                           "Near\nSync Pull\nSyncState *\n")
                .arg(server.port())
                .arg(QLatin1String(tests::DovecotServer::User), QLatin1String(tests::DovecotServer::Password),
                     work.path())
                .toUtf8());
        rc.close();
        QProcess mb;
        timer.restart();
        mb.start(mbsync, {QStringLiteral("-q"), QStringLiteral("-c"), rc.fileName(), QStringLiteral("inbox")});
        if (!mb.waitForFinished(-1) || mb.exitCode() != 0) {
            return fail(QStringLiteral("mbsync failed: %1").arg(QString::fromUtf8(mb.readAll())));
        }
        const double mbMs = double(timer.nsecsElapsed()) / 1e6;
        int copied = 0;
        QDirIterator files(work.filePath(QStringLiteral("maildir/INBOX")), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            copied += files.next().contains(QLatin1String("/cur/")) || files.filePath().contains(QLatin1String("/new/"))
                ? 1
                : 0;
        }
        if (copied != count) {
            return fail(QStringLiteral("mbsync copied %1 of %2 messages").arg(copied).arg(count));
        }
        line(shape + QStringLiteral(": mbsync (isync) to a maildir, same mailbox"), mbMs, "ms");
        line(shape + QStringLiteral(": ours / mbsync"), oursMs / mbMs, "x");
    }

    return classifyOnly(shape, messages);
}

// Parse + classify alone, in this process, on one core (the sync's CPU work without the network and
// the store); then the classification of already parsed messages.
int classifyOnly(const QString& shape, const QList<QByteArray>& messages)
{
    const int count = int(messages.size());
    QElapsedTimer timer;
    const agents::inbox::ReplyClassifier classifier;
    (void)classifier.classify(agents::inbox::MessageParser::parse(messages.first())); // the model is loaded
    QList<agents::inbox::ParsedMessage> parsed;
    parsed.reserve(count);
    int bounces = 0;
    timer.restart();
    for (const QByteArray& raw : messages) {
        parsed.append(agents::inbox::MessageParser::parse(raw));
        bounces += classifier.classify(parsed.last()).category == QLatin1String("bounce") ? 1 : 0;
    }
    const double bothMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    for (const auto& m : std::as_const(parsed)) {
        (void)classifier.classify(m);
    }
    const double classifyMs = double(timer.nsecsElapsed()) / 1e6;
    line(shape + QStringLiteral(": parse + classify, one core (%1 bounces)").arg(bounces), count / (bothMs / 1000.0),
         "messages/s");
    line(shape + QStringLiteral(": classify alone, parsed messages"), count / (classifyMs / 1000.0), "messages/s");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;
    QString only;
    bool sync = true; // --no-sync: parse + classify only, no Dovecot (for profiling)
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--no-sync")) {
            sync = false;
        } else {
            only = arg;
        }
    }
    if (count < 1 || (!only.isEmpty() && only != QLatin1String("short") && only != QLatin1String("long"))) {
        return fail(QStringLiteral("usage: bench_mail [N] [short|long] [--no-sync]"));
    }
    if (only.isEmpty() || only == QLatin1String("short")) {
        if (const int rc = bench(QStringLiteral("short"), shortMessages(count), sync); rc != 0) {
            return rc;
        }
    }
    if (only.isEmpty() || only == QLatin1String("long")) {
        return bench(QStringLiteral("long"), longMessages(count), sync);
    }
    return 0;
}
