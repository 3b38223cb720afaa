// Form Filler throughput: forms filled and sent per minute in one process over the fixture sites of
// tests/data/forms (those a correct filler sends), against a Playwright script (playwright-core
// driving Debian's chromium, tests/bench/forms_playwright.js) doing the same fills in the same run, on
// the same local HTTP server. Both are timed from process start; memory is the peak PSS of the whole
// browser (our process and its QtWebEngineProcess children; chromium's processes for Playwright).
//
//   bench_forms [--rounds N] [--concurrency C] [--no-playwright] [--json]
//
// Figures only: it fails when a fill fails or a site did not receive what was sent, never on timing.
#include "FreePort.h"
#include "SiteServer.h"
#include "agents/formfiller/FormFiller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QWebEngineProfile>
#include <cstdio>
#include <memory>

using sc::agents::formfiller::FormFiller;

namespace {

// Milliseconds since this process started (the kernel's start time, not main()'s).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(::sysconf(_SC_CLK_TCK))) * 1000.0;
}

// Memory (PSS, kB) of a process and all its descendants.
qint64 treeRssKb(qint64 root)
{
    QHash<qint64, qint64> parent;
    QHash<qint64, qint64> rss;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok) {
            continue;
        }
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("PPid:")) {
                parent.insert(pid, line.mid(5).trimmed().toLongLong());
            }
        }
        // PSS: memory shared between the processes (Chromium's zygote, libraries) counted once.
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (rollup.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : rollup.readAll().split('\n')) {
                if (line.startsWith("Pss:")) {
                    rss.insert(pid, line.mid(4).trimmed().split(' ').value(0).toLongLong());
                }
            }
        }
    }
    qint64 total = 0;
    for (auto it = rss.cbegin(); it != rss.cend(); ++it) {
        for (qint64 p = it.key(); p > 1; p = parent.value(p, 0)) {
            if (p == root) {
                total += it.value();
                break;
            }
        }
    }
    return total;
}

struct Job
{
    QString host;
    QUrl url;
};

} // namespace

int main(int argc, char** argv)
{
    const int port = sc::tests::freePort();
    const QString connectTo = QStringLiteral("::127.0.0.1:%1").arg(port);
    FormFiller::prepareProcess({connectTo});
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Times each site is filled"), QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Pages at work at once"), QStringLiteral("C"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("no-playwright"), QStringLiteral("Only our filler")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object on stdout")});
    parser.process(app);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const int concurrency = std::max(1, parser.value(QStringLiteral("concurrency")).toInt());
    QTextStream out(stdout);

    sc::tests::SiteServer server;
    if (!server.start(QStringLiteral(SC_SOURCE_DIR "/tests/data/forms"), port)) {
        out << "bench_forms: the fixture server did not start\n";
        return 1;
    }
    QFile expectedFile(QStringLiteral(SC_SOURCE_DIR "/tests/data/forms/expected.json"));
    QFile senderFile(QStringLiteral(SC_SOURCE_DIR "/tests/data/forms/sender.json"));
    if (!expectedFile.open(QIODevice::ReadOnly) || !senderFile.open(QIODevice::ReadOnly)) {
        out << "bench_forms: fixtures missing\n";
        return 1;
    }
    const QJsonArray sites
        = QJsonDocument::fromJson(expectedFile.readAll()).object().value(QStringLiteral("sites")).toArray();
    const auto sender
        = sc::agents::formfiller::SenderProfile::fromJson(QJsonDocument::fromJson(senderFile.readAll()).object());
    QList<Job> jobs;
    QStringList hosts;
    for (int round = 0; round < rounds; ++round) {
        for (const QJsonValue& v : sites) {
            const QJsonObject site = v.toObject();
            if (site.value(QStringLiteral("status")).toString() != QLatin1String("submitted")) {
                continue;
            }
            jobs.append({site.value(QStringLiteral("host")).toString(),
                         QUrl(site.value(QStringLiteral("form_url")).toString())});
            if (round == 0) {
                hosts << site.value(QStringLiteral("host")).toString();
            }
        }
    }
    server.reset();

    // Ours: a pool of `concurrency` fillers on one profile, each taking the next site when done.
    auto* profile = FormFiller::createProfile(&app);
    const qint64 self = QCoreApplication::applicationPid();
    const qint64 baselineKb = treeRssKb(self);
    qint64 peakKb = baselineKb;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peakKb = std::max(peakKb, treeRssKb(self)); });
    sampler.start(100);
    int next = 0;
    int done = 0;
    int ok = 0;
    QStringList failed;
    double firstStartMs = 0;
    std::function<void()> launch = [&] {
        if (next >= jobs.size()) {
            return;
        }
        const Job job = jobs.at(next++);
        auto* filler = new FormFiller(profile, &app);
        QObject::connect(filler, &FormFiller::finished, &app, [&, filler, job](const FormFiller::Result& result) {
            ++done;
            if (result.status == QLatin1String("submitted")) {
                ++ok;
            } else {
                failed << QStringLiteral("%1: %2 %3").arg(job.host, result.status, result.error);
            }
            filler->deleteLater();
            if (done == jobs.size()) {
                QCoreApplication::quit();
            } else {
                launch();
            }
        });
        FormFiller::Options options;
        options.sender = sender;
        options.tickConsent = true;
        options.connectTo = {connectTo};
        options.allowLocalNetwork = true; // the fixture sites are on 127.0.0.1
        filler->start(job.url, options);
    };
    QTimer::singleShot(0, &app, [&] {
        firstStartMs = msSinceProcessStart();
        for (int i = 0; i < concurrency; ++i) {
            launch();
        }
    });
    QApplication::exec();
    const double oursTotalMs = msSinceProcessStart();
    sampler.stop();
    peakKb = std::max(peakKb, treeRssKb(self));
    const int posted = int(server.posts().value(QStringLiteral("posts")).toArray().size());
    const double oursPerMinute = jobs.size() * 60000.0 / oursTotalMs;
    QJsonObject ours {{QStringLiteral("tool"), QStringLiteral("sales-copilot (Qt WebEngine)")},
                      {QStringLiteral("fills"), int(jobs.size())},
                      {QStringLiteral("ok"), ok},
                      {QStringLiteral("posted"), posted},
                      {QStringLiteral("failed"), QJsonArray::fromStringList(failed)},
                      {QStringLiteral("ms_total"), oursTotalMs},
                      {QStringLiteral("ms_fills"), oursTotalMs - firstStartMs},
                      {QStringLiteral("per_minute"), oursPerMinute},
                      {QStringLiteral("peak_rss_mb"), peakKb / 1024.0},
                      {QStringLiteral("rss_per_page_mb"), (peakKb - baselineKb) / 1024.0 / concurrency},
                      {QStringLiteral("concurrency"), concurrency}};

    // Theirs, in the same run, against the same server.
    QJsonObject theirs;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString script = QStringLiteral(SC_SOURCE_DIR "/tests/bench/forms_playwright.js");
    const bool havePlaywright
        = QFile::exists(QStringLiteral(SC_SOURCE_DIR "/tests/bench/node/node_modules/playwright-core"))
        && QFile::exists(QStringLiteral("/usr/bin/chromium")) && !node.isEmpty();
    if (!parser.isSet(QStringLiteral("no-playwright")) && havePlaywright) {
        server.reset();
        QProcess playwright;
        playwright.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        playwright.start(node,
                         {script, QStringLiteral("--port"), QString::number(port), QStringLiteral("--rounds"),
                          QString::number(rounds), QStringLiteral("--concurrency"), QString::number(concurrency),
                          QStringLiteral("--sites"), hosts.join(QLatin1Char(','))});
        playwright.waitForFinished(600000);
        const QList<QByteArray> lines = playwright.readAllStandardOutput().trimmed().split('\n');
        theirs = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
        theirs.insert(QStringLiteral("posted"), int(server.posts().value(QStringLiteral("posts")).toArray().size()));
    } else if (!parser.isSet(QStringLiteral("no-playwright"))) {
        theirs.insert(QStringLiteral("skipped"), QStringLiteral("node, playwright-core or /usr/bin/chromium missing"));
    }
    const double ratio = theirs.value(QStringLiteral("per_minute")).toDouble() > 0
        ? oursPerMinute / theirs.value(QStringLiteral("per_minute")).toDouble()
        : 0;
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject {{QStringLiteral("ours"), ours},
                                          {QStringLiteral("playwright"), theirs},
                                          {QStringLiteral("ratio"), ratio}})
                   .toJson();
    } else {
        auto row = [&](const QString& what, const QJsonObject& o) {
            out << QStringLiteral("%1  %2 fills (%3 ok, %4 posted) in %5 ms from process start: %6 forms/min; peak "
                                  "%7 MB")
                       .arg(what, -30)
                       .arg(o.value(QStringLiteral("fills")).toInt())
                       .arg(o.value(QStringLiteral("ok")).toInt())
                       .arg(o.value(QStringLiteral("posted")).toInt())
                       .arg(o.value(QStringLiteral("ms_total")).toDouble(), 0, 'f', 0)
                       .arg(o.value(QStringLiteral("per_minute")).toDouble(), 0, 'f', 1)
                       .arg(o.value(QStringLiteral("peak_rss_mb")).toDouble(), 0, 'f', 0)
                << '\n';
        };
        row(QStringLiteral("ours (Qt WebEngine)"), ours);
        out << QStringLiteral("  memory per concurrent page: %1 MB (%2 pages)\n")
                   .arg(ours.value(QStringLiteral("rss_per_page_mb")).toDouble(), 0, 'f', 0)
                   .arg(concurrency);
        if (theirs.contains(QStringLiteral("skipped"))) {
            out << "playwright: skipped (" << theirs.value(QStringLiteral("skipped")).toString() << ")\n";
        } else if (!theirs.isEmpty()) {
            row(QStringLiteral("playwright + chromium"), theirs);
            out << QStringLiteral("ours / playwright (forms per minute): %1x\n").arg(ratio, 0, 'f', 2);
        }
        for (const QString& f : std::as_const(failed)) {
            out << "failed: " << f << '\n';
        }
    }
    out.flush();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the pages go before their profile
    delete profile;
    const bool theirsOk = theirs.isEmpty() || theirs.contains(QStringLiteral("skipped"))
        || theirs.value(QStringLiteral("ok")).toInt() == theirs.value(QStringLiteral("fills")).toInt();
    return ok == jobs.size() && posted == jobs.size() && theirsOk ? 0 : 1;
}
