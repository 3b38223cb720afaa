// The Research agent against a real HTTP server on 127.0.0.1 serving fixture company sites
// (tests/data/sites: English and French, JSON-LD or none, redirects, robots.txt, slow, broken, huge,
// ISO-8859-1, hostile markup, stated headcounts beside numbers that are not one), driven through the
// CLI binary and the agent's jobs. Every extracted field is compared with tests/data/sites/expected.json.
#include "CliRunner.h"
#include "SiteServer.h"
#include "StopByPid.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <unistd.h>

using namespace sc;
using namespace sc::models;

namespace {

QJsonObject expectedSites()
{
    QFile f(QStringLiteral(SC_SOURCE_DIR "/tests/data/sites/expected.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

} // namespace

class TestResearch : public QObject
{
    Q_OBJECT

private:
    tests::SiteServer m_server;
    tests::CliRunner m_cli;
    QString m_ws;

    QProcess* startCli(const QStringList& args)
    {
        return m_cli.start(QStringList {QStringLiteral("--workspace"), m_ws} + args, this);
    }

    QJsonObject enrich(const QString& domain, const QStringList& extra = {}, int* code = nullptr)
    {
        QProcess* p = startCli(QStringList {QStringLiteral("--json"), QStringLiteral("enrich"),
                                            QStringLiteral("http://%1/").arg(domain), QStringLiteral("--delay-ms"),
                                            QStringLiteral("0"), QStringLiteral("--timeout-ms"), QStringLiteral("2000"),
                                            QStringLiteral("--connect-to"), m_server.connectTo(domain),
                                            QStringLiteral("--allow-local")}
                               + extra);
        p->waitForFinished(120000);
        if (code != nullptr) {
            *code = p->exitCode();
        }
        const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        p->deleteLater();
        return json;
    }

    // A DNS server for the fixture domains on 127.0.0.83:53 (tests/support/dns_server.py); its first line.
    static QByteArray startDns(QProcess& dns)
    {
        return tests::startAndReadFirstLine(dns, QStringLiteral("/usr/bin/python3"),
                                            {QStringLiteral(SC_SOURCE_DIR "/tests/support/dns_server.py"),
                                             QStringLiteral("--zone"),
                                             QStringLiteral(SC_SOURCE_DIR "/tests/data/dns/zone.json")});
    }

    QVariant scalar(const QString& sql)
    {
        const QString file = m_ws + QStringLiteral("/workspace.sqlite");
        const QVariant value = Sql::scalar(Database::connection(file), sql);
        Database::release(file);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_ws = m_cli.filePath(QStringLiteral("ws"));
    }

    // Found by hostile input: a redirect to another port skipped that origin's robots.txt, a file:
    // redirect said "another site ()", and the cloud metadata address was a research target.
    void everyOriginsRobotsIsReadAndOnlyWebAddressesAreTargets()
    {
        const QString root = QStringLiteral(SC_SOURCE_DIR "/tests/data/sites-origins");
        tests::SiteServer first;
        tests::SiteServer second;
        QVERIFY(first.start(root));
        QVERIFY(second.start(root));
        const QString host = QStringLiteral("tern-ports.example");
        const QStringList base {QStringLiteral("--json"),
                                QStringLiteral("enrich"),
                                QStringLiteral("http://%1/").arg(host),
                                QStringLiteral("--delay-ms"),
                                QStringLiteral("0"),
                                QStringLiteral("--timeout-ms"),
                                QStringLiteral("2000"),
                                QStringLiteral("--connect-to"),
                                first.connectTo(host),
                                QStringLiteral("--connect-to"),
                                QStringLiteral("%1:8081:127.0.0.1:%2").arg(host).arg(second.port())};
        // Without --allow-local, 127.0.0.1 (where both fixture servers are) is not a target.
        tests::CliRunner::Result refused = m_cli.run(base, {}, 60000);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("refused: 127.0.0.1 is on this computer or the local network")),
                 qPrintable(refused.err));
        QCOMPARE(first.stats().value(QStringLiteral("requests")).toArray().size(), 0);

        const tests::CliRunner::Result run = m_cli.run(base + QStringList {QStringLiteral("--allow-local")}, {}, 60000);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject facts = run.json().object();
        QCOMPARE(facts.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Tern Ports moves containers between invented harbours."));
        // The redirect's new origin had its robots.txt read before its first page.
        QStringList paths;
        for (const QJsonValue& r : second.stats().value(QStringLiteral("requests")).toArray()) {
            paths.append(r.toObject().value(QStringLiteral("path")).toString());
        }
        QVERIFY2(paths.size() >= 2, qPrintable(paths.join(QLatin1Char(' '))));
        QCOMPARE(paths.at(0), QStringLiteral("/robots.txt"));
        QCOMPARE(paths.at(1), QStringLiteral("/about.html"));
        QCOMPARE(paths.count(QStringLiteral("/robots.txt")), 1);
        const QString skipped
            = run.json().object().value(QStringLiteral("skipped")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(skipped.contains(QLatin1String("redirected to a file: address, which is never followed")),
                 qPrintable(skipped));
        QVERIFY2(skipped.contains(QLatin1String("redirected to another site (169.254.169.254)")), qPrintable(skipped));

        // The metadata address, asked for directly or behind a name, is never read, local network or not.
        for (const QStringList& target :
             {QStringList {QStringLiteral("http://169.254.169.254/latest/meta-data/")},
              QStringList {QStringLiteral("http://metadata.example/"), QStringLiteral("--connect-to"),
                           QStringLiteral("metadata.example:80:169.254.169.254:80")}}) {
            const tests::CliRunner::Result metadata
                = m_cli.run(QStringList {QStringLiteral("enrich")} + target
                                + QStringList {QStringLiteral("--allow-local"), QStringLiteral("--timeout-ms"),
                                               QStringLiteral("2000")},
                            {}, 60000);
            QCOMPARE(metadata.code, 1);
            QVERIFY2(metadata.err.contains(QLatin1String("link-local address")), qPrintable(metadata.err));
        }
    }

    void sitesMatchTheirExpectedFacts_data()
    {
        QTest::addColumn<QString>("domain");
        const QJsonObject sites = expectedSites();
        QVERIFY(sites.size() >= 10);
        for (auto it = sites.begin(); it != sites.end(); ++it) {
            QTest::newRow(qPrintable(it.key())) << it.key();
        }
    }

    void sitesMatchTheirExpectedFacts()
    {
        QFETCH(QString, domain);
        const QJsonObject expected = expectedSites().value(domain).toObject();
        m_server.reset();
        int code = -1;
        const QJsonObject got = enrich(domain, {}, &code);
        QCOMPARE(code, 0);
        for (const char* field : {"name", "description", "language", "country", "address", "size_hint"}) {
            QCOMPARE(QString(QLatin1String(field)) + QLatin1String(": ") + got.value(QLatin1String(field)).toString(),
                     QString(QLatin1String(field)) + QLatin1String(": ")
                         + expected.value(QLatin1String(field)).toString());
        }
        for (const char* field : {"phones", "emails", "technologies"}) {
            QCOMPARE(strings(got.value(QLatin1String(field))), strings(expected.value(QLatin1String(field))));
        }
        QCOMPARE(got.value(QStringLiteral("social")).toObject(), expected.value(QStringLiteral("social")).toObject());
        // The headcount the site states: the number (null when none), how it was stated, and its page.
        if (expected.contains(QStringLiteral("employees"))) {
            const QJsonValue source = got.value(QStringLiteral("employees_source"));
            const QStringList stated {
                QString::number(got.value(QStringLiteral("employees")).toInt()),
                got.value(QStringLiteral("employees_qualifier")).toString(),
                source.isNull() ? QStringLiteral("null") : QUrl(source.toString()).path(),
            };
            const QJsonValue expectedSource = expected.value(QStringLiteral("employees_source"));
            QCOMPARE(stated,
                     (QStringList {QString::number(expected.value(QStringLiteral("employees")).toInt()),
                                   expected.value(QStringLiteral("employees_qualifier")).toString(),
                                   expectedSource.isNull() ? QStringLiteral("null") : expectedSource.toString()}));
            QCOMPARE(got.value(QStringLiteral("employees")).isNull(),
                     expected.value(QStringLiteral("employees")).isNull());
        }
        // The pages read, and the ones never asked for (robots.txt).
        QStringList read;
        for (const QString& url : strings(got.value(QStringLiteral("sources")))) {
            read.append(QUrl(url).path());
        }
        read.sort();
        QCOMPARE(read, strings(expected.value(QStringLiteral("fetched"))));
        const QJsonArray requests = m_server.stats().value(QStringLiteral("requests")).toArray();
        QStringList requested;
        for (const QJsonValue& r : requests) {
            requested.append(r.toObject().value(QStringLiteral("path")).toString());
        }
        QVERIFY2(requested.contains(QStringLiteral("/robots.txt")), qPrintable(requested.join(QLatin1Char(' '))));
        QCOMPARE(requested.indexOf(QStringLiteral("/robots.txt")), 0);
        for (const QString& path : strings(expected.value(QStringLiteral("not_fetched")))) {
            QVERIFY2(!requested.contains(path), qPrintable(path));
        }
    }

    // Issue 23: a home page that only sends the visitor on (meta refresh, script redirect, canonical
    // link, hreflang chooser) is followed like a browser would, every hop through the same checks as an
    // HTTP redirect: robots.txt of its origin first, the same site only, the address policy, one limit.
    void pagesThatOnlySendTheVisitorOnAreFollowed()
    {
        auto paths = [this](const QString& host) {
            QStringList out;
            for (const QJsonValue& r : m_server.stats().value(QStringLiteral("requests")).toArray()) {
                if (r.toObject().value(QStringLiteral("host")).toString() == host) {
                    out.append(r.toObject().value(QStringLiteral("path")).toString());
                }
            }
            return out;
        };
        auto skippedOf = [](const QJsonObject& got) {
            return strings(got.value(QStringLiteral("skipped"))).join(QLatin1Char('\n'));
        };
        // The redirect page, then the page it sends to (the facts are expected.json's).
        const QList<std::pair<const char*, const char*>> followed {
            {"avocet-logistics.example", "/home.html"}, // meta refresh, no delay
            {"bittern-studio.example", "/en/welcome.html"}, // meta refresh after 4 s, quoted URL
            {"curlew-fenetres.example", "/fr/accueil.html"}, // location.href = "..."
            {"dunlin-paie.example", "/fr/"}, // window.location.replace('...')
            {"eider-robotics.example", "/en/index.html"}, // window.location = "..." (commented ones skipped)
            {"fulmar-traduction.example", "/international/"}, // hreflang: the x-default
            {"gadwall-systems.example", "/en/"}, // hreflang: x-default is itself, so en-GB
            {"harrier-assurance.example", "/accueil.html"}, // canonical of an empty page
        };
        for (const auto& [domain, target] : followed) {
            const QString host = QLatin1String(domain);
            m_server.reset();
            int code = -1;
            const QJsonObject got = enrich(host, {}, &code);
            QCOMPARE(code, 0);
            const QStringList requested = paths(host);
            QVERIFY2(requested.size() >= 3, qPrintable(host + QLatin1Char(' ') + requested.join(QLatin1Char(' '))));
            QCOMPARE(requested.mid(0, 3),
                     (QStringList {QStringLiteral("/robots.txt"), QStringLiteral("/"), QLatin1String(target)}));
            QCOMPARE(skippedOf(got), QString());
            const QStringList sources = strings(got.value(QStringLiteral("sources")));
            QCOMPARE(sources.first(), QStringLiteral("http://%1%2").arg(host, QLatin1String(target)));
            QVERIFY(sources.contains(QStringLiteral("http://%1/").arg(host)));
        }

        // A refresh after more than 10 s is not followed, and the rep is told.
        m_server.reset();
        QString skipped = skippedOf(enrich(QStringLiteral("ibis-archives.example")));
        QVERIFY2(skipped.contains(QLatin1String("http://ibis-archives.example/new/ (meta refresh on "
                                                "http://ibis-archives.example/): only after 15 s")),
                 qPrintable(skipped));
        QCOMPARE(paths(QStringLiteral("ibis-archives.example")),
                 (QStringList {QStringLiteral("/robots.txt"), QStringLiteral("/")}));

        // A hop robots.txt disallows is never asked for.
        m_server.reset();
        skipped = skippedOf(enrich(QStringLiteral("jacana-membres.example")));
        QVERIFY2(skipped.contains(QLatin1String("http://jacana-membres.example/membres/accueil.html (meta refresh on "
                                                "http://jacana-membres.example/): robots.txt disallows it")),
                 qPrintable(skipped));
        QCOMPARE(paths(QStringLiteral("jacana-membres.example")),
                 (QStringList {QStringLiteral("/robots.txt"), QStringLiteral("/")}));

        // A loop stops at the first page read twice.
        m_server.reset();
        skipped = skippedOf(enrich(QStringLiteral("knot-mapping.example")));
        QVERIFY2(skipped.contains(QLatin1String("http://knot-mapping.example/ (script redirect on "
                                                "http://knot-mapping.example/start.html): a redirect loop")),
                 qPrintable(skipped));
        QCOMPARE(paths(QStringLiteral("knot-mapping.example")),
                 (QStringList {QStringLiteral("/robots.txt"), QStringLiteral("/"), QStringLiteral("/start.html")}));

        // Page redirects and HTTP redirects count in one limit of 5: meta, script, 301, meta, canonical,
        // and the sixth (a meta refresh) is not followed.
        m_server.reset();
        skipped = skippedOf(enrich(QStringLiteral("lapwing-couriers.example")));
        QVERIFY2(skipped.contains(QLatin1String("http://lapwing-couriers.example/r6.html (meta refresh on "
                                                "http://lapwing-couriers.example/r5.html): too many redirects")),
                 qPrintable(skipped));
        QCOMPARE(paths(QStringLiteral("lapwing-couriers.example")),
                 (QStringList {QStringLiteral("/robots.txt"), QStringLiteral("/"), QStringLiteral("/r1.html"),
                               QStringLiteral("/r2.html"), QStringLiteral("/r3.html"), QStringLiteral("/r4.html"),
                               QStringLiteral("/r5.html")}));

        // Another origin of the same site (www.): its own robots.txt first, then its pages, its rules obeyed.
        const QString merlin = QStringLiteral("merlin-conseil.example");
        const QString www = QStringLiteral("www.merlin-conseil.example");
        m_server.reset();
        int code = -1;
        QJsonObject got = enrich(merlin, {QStringLiteral("--connect-to"), m_server.connectTo(www)}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(paths(www),
                 (QStringList {QStringLiteral("/robots.txt"), QStringLiteral("/"), QStringLiteral("/contact.html")}));
        QCOMPARE(got.value(QStringLiteral("name")).toString(), QStringLiteral("Merlin Conseil"));
        QCOMPARE(got.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(got.value(QStringLiteral("country")).toString(), QStringLiteral("FR"));
        QCOMPARE(strings(got.value(QStringLiteral("phones"))), QStringList {QStringLiteral("+33199003162")});
        QCOMPARE(strings(got.value(QStringLiteral("emails"))),
                 QStringList {QStringLiteral("bonjour@merlin-conseil.example")});
        QCOMPARE(got.value(QStringLiteral("social")).toObject().value(QStringLiteral("linkedin")).toString(),
                 QStringLiteral("https://www.linkedin.com/company/merlin-conseil"));
        QCOMPARE(strings(got.value(QStringLiteral("technologies"))),
                 (QStringList {QStringLiteral("Hotjar"), QStringLiteral("HubSpot")}));
        QStringList sources = strings(got.value(QStringLiteral("sources")));
        sources.sort();
        QCOMPARE(sources,
                 (QStringList {QStringLiteral("http://merlin-conseil.example/"),
                               QStringLiteral("http://www.merlin-conseil.example/"),
                               QStringLiteral("http://www.merlin-conseil.example/contact.html")}));
        QVERIFY2(skippedOf(got).contains(QLatin1String("http://www.merlin-conseil.example/equipe.html: robots.txt "
                                                       "disallows it")),
                 qPrintable(skippedOf(got)));
        // The same hop where the name leads to the cloud metadata address: refused, local network or not.
        m_server.reset();
        got = enrich(merlin, {QStringLiteral("--connect-to"), QStringLiteral("%1:80:169.254.169.254:80").arg(www)},
                     &code);
        QCOMPARE(code, 0);
        QVERIFY2(skippedOf(got).contains(QLatin1String("http://www.merlin-conseil.example/ (meta refresh on "
                                                       "http://merlin-conseil.example/): ")),
                 qPrintable(skippedOf(got)));
        QVERIFY2(skippedOf(got).contains(QLatin1String("refused: 169.254.169.254 is a link-local address")),
                 qPrintable(skippedOf(got)));
        QCOMPARE(strings(got.value(QStringLiteral("sources"))), QStringList {QStringLiteral("http://%1/").arg(merlin)});
        // Another site altogether is not followed (and not asked for, though it would be reachable).
        m_server.reset();
        got = enrich(QStringLiteral("nightjar-old.example"),
                     {QStringLiteral("--connect-to"), m_server.connectTo(QStringLiteral("nightjar-group.example"))},
                     &code);
        QCOMPARE(code, 0);
        QVERIFY2(skippedOf(got).contains(QLatin1String("http://nightjar-group.example/events/ (meta refresh on "
                                                       "http://nightjar-old.example/): redirected to another site "
                                                       "(nightjar-group.example)")),
                 qPrintable(skippedOf(got)));
        QCOMPARE(paths(QStringLiteral("nightjar-group.example")), QStringList());
    }

    // Email finding and verification against a real DNS server on a loopback address (QDnsLookup asks
    // port 53: the fixture binds 127.0.0.83, which needs root, as CI has). No SMTP connection is made.
    void emailsFoundAndVerifiedWithoutProbing()
    {
        if (getuid() != 0) {
            QSKIP("binding port 53 on 127.0.0.83 needs root");
        }
        QProcess dns;
        QCOMPARE(startDns(dns), QByteArray("READY"));
        // Two known people at the domain teach its pattern; the site published one more address.
        m_ws = m_cli.filePath(QStringLiteral("ws-email"));
        QFile csv(m_cli.filePath(QStringLiteral("people.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first_name,last_name,company\nanna.kowal@heron-works.example,Anna,Kowal,Heron Works\n"
                  "ben.okafor@heron-works.example,Ben,Okafor,Heron Works\n");
        csv.close();
        QProcess* import = startCli({QStringLiteral("import"), csv.fileName()});
        QVERIFY(import->waitForFinished(30000));
        QCOMPARE(import->exitCode(), 0);
        auto email = [&](const QStringList& args) {
            QProcess* p = startCli(QStringList {QStringLiteral("--json"), QStringLiteral("email")} + args
                                   + QStringList {QStringLiteral("--dns"), QStringLiteral("127.0.0.83")});
            p->waitForFinished(60000);
            const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            p->deleteLater();
            return json;
        };
        const QJsonObject found = email({QStringLiteral("find"), QStringLiteral("--first"), QStringLiteral("Claire"),
                                         QStringLiteral("--last"), QStringLiteral("Dupré-Martin"),
                                         QStringLiteral("--domain"), QStringLiteral("heron-works.example")});
        QCOMPARE(found.value(QStringLiteral("pattern")).toString(), QStringLiteral("first.last"));
        QCOMPARE(strings(found.value(QStringLiteral("mx"))),
                 (QStringList {QStringLiteral("mx1.heron-works.example"), QStringLiteral("mx2.heron-works.example")}));
        const QJsonArray candidates = found.value(QStringLiteral("candidates")).toArray();
        QVERIFY(candidates.size() >= 8);
        QCOMPARE(candidates.at(0).toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("claire.dupre-martin@heron-works.example"));
        QCOMPARE(candidates.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("likely"));
        QCOMPARE(candidates.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));

        auto verdict = [&](const char* address) {
            return email({QStringLiteral("verify"), QLatin1String(address)});
        };
        QCOMPARE(verdict("x@no-mail.example").value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        QVERIFY(
            verdict("x@no-mail.example").value(QStringLiteral("reason")).toString().contains(QLatin1String("null MX")));
        QCOMPARE(verdict("x@nowhere.example").value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        QCOMPARE(verdict("x@a-only.example").value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        const QJsonObject role = verdict("info@heron-works.example");
        QCOMPARE(role.value(QStringLiteral("role")).toBool(), true);
        QCOMPARE(verdict("not an address").value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        // Published on the company's site (research saved it): verified.
        int code = -1;
        enrich(QStringLiteral("heron-works.example"), {QStringLiteral("--save")}, &code);
        QCOMPARE(code, 0);
        const QString published = scalar(QStringLiteral("SELECT json_extract(value, '$[0]') FROM company_facts WHERE "
                                                        "field = 'emails'"))
                                      .toString();
        QVERIFY(!published.isEmpty());
        QCOMPARE(email({QStringLiteral("verify"), published}).value(QStringLiteral("status")).toString(),
                 QStringLiteral("verified"));
        tests::stopByPid(dns);
    }

    // The Research agent's jobs: a batch of companies read one request at a time per site (the rule is
    // "at most 2 connections to a host"), facts stored with their page and
    // time, the rep's own values kept, and the scores updated after.
    void researchJobsStoreFactsKeepTheRepsValuesAndRescore()
    {
        if (getuid() != 0) {
            QSKIP("the loopback DNS server for the email verdict binds port 53, which needs root");
        }
        QProcess dns;
        QCOMPARE(startDns(dns), QByteArray("READY"));
        m_ws = m_cli.filePath(QStringLiteral("ws-jobs"));
        QFile csv(m_cli.filePath(QStringLiteral("prospects.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first_name,last_name,title,company,website\n"
                  "ada.lowe@heron-works.example,Ada,Lowe,Head of Sales,Heron Works (our name),heron-works.example\n"
                  "marc.roux@plover-outils.example,Marc,Roux,Directeur commercial,,plover-outils.example\n");
        csv.close();
        QProcess* import = startCli({QStringLiteral("import"), csv.fileName()});
        QVERIFY(import->waitForFinished(30000));
        QCOMPARE(import->exitCode(), 0);
        // Where the fixture sites are, no politeness wait, a short page timeout: settings of the workspace.
        {
            const QString file = m_ws + QStringLiteral("/workspace.sqlite");
            const QSqlDatabase db = Database::connection(file);
            QStringList connectTo;
            for (const QString& host : expectedSites().keys()) {
                connectTo.append(m_server.connectTo(host));
            }
            for (const auto& [key, value] :
                 {std::pair {QStringLiteral("research.connect_to"), connectTo.join(QLatin1Char(','))},
                  std::pair {QStringLiteral("research.allow_local_network"), QStringLiteral("1")},
                  std::pair {QStringLiteral("research.delay_ms"), QStringLiteral("0")},
                  std::pair {QStringLiteral("research.timeout_ms"), QStringLiteral("2000")},
                  std::pair {QStringLiteral("research.dns"), QStringLiteral("127.0.0.83")},
                  std::pair {QStringLiteral("icp"),
                             QStringLiteral("{\"countries\":[\"GB\"],\"technologies\":[\"HubSpot\"]}")}}) {
                Sql::run(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (:k, :v)"),
                         {{":k", key}, {":v", value}});
            }
        }
        Database::release(m_ws + QStringLiteral("/workspace.sqlite"));
        m_server.reset();
        QStringList domains;
        for (const QString& host : expectedSites().keys()) {
            domains.append(host);
        }
        for (const QString& domain : std::as_const(domains)) {
            QProcess* enqueue
                = startCli({QStringLiteral("jobs"), QStringLiteral("enqueue"), QStringLiteral("research.company"),
                            QStringLiteral("--payload"), QStringLiteral("{\"domain\": \"http://%1/\"}").arg(domain)});
            QVERIFY(enqueue->waitForFinished(30000));
            QCOMPARE(enqueue->exitCode(), 0);
        }
        // And Ada's own company, from her prospect (a bare domain: HTTPS first, then HTTP): her address
        // gets a verdict with its reason.
        QProcess* mine
            = startCli({QStringLiteral("jobs"), QStringLiteral("enqueue"), QStringLiteral("research.company"),
                        QStringLiteral("--payload"), QStringLiteral("{\"prospect\": 1}")});
        QVERIFY(mine->waitForFinished(30000));
        QProcess* run = startCli({QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY(run->waitForFinished(180000));
        const QByteArray out = run->readAllStandardOutput() + run->readAllStandardError();
        QVERIFY2(out.contains(" succeeded, 0 failed"), out.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'research.company' AND state = "
                                       "'succeeded'"))
                     .toInt(),
                 int(domains.size()) + 1);
        // The domain receives mail (MX), but nothing proves the mailbox and no colleague shows the pattern.
        QCOMPARE(scalar(QStringLiteral("SELECT email_verdict FROM prospects WHERE id = 1")).toString(),
                 QStringLiteral("unknown"));
        QVERIFY(scalar(QStringLiteral("SELECT email_reason FROM prospects WHERE id = 1"))
                    .toString()
                    .contains(QLatin1String("receives mail")));
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'research.score' AND state = 'succeeded'"))
                .toInt()
            >= 1);
        // Never more than 2 connections to one site at a time (the client makes one request at a time; the
        // server may still count a timed-out slow page for a moment after the client hung up).
        const QJsonObject concurrency = m_server.stats().value(QStringLiteral("max_concurrent")).toObject();
        QCOMPARE(concurrency.size(), domains.size());
        for (auto it = concurrency.begin(); it != concurrency.end(); ++it) {
            QVERIFY2(it.value().toInt() <= 2, qPrintable(it.key()));
        }
        // Facts with their page and time; the rep's company name kept, an empty column filled.
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM companies WHERE domain = 'heron-works.example'")).toString(),
                 QStringLiteral("Heron Works (our name)"));
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM company_facts f JOIN companies c ON c.id = f.company_id "
                                       "WHERE c.domain = 'heron-works.example' AND f.field = 'name'"))
                     .toString(),
                 QStringLiteral("Heron Works Ltd"));
        QCOMPARE(scalar(QStringLiteral("SELECT country || ' ' || size_range FROM companies WHERE domain = "
                                       "'heron-works.example'"))
                     .toString(),
                 QStringLiteral("GB 11-50"));
        // A stated headcount: its own fact with its page, the bucket alone in the companies column.
        QCOMPARE(
            scalar(QStringLiteral("SELECT f.value || ' ' || f.source_url || ' ' || c.size_range FROM company_facts "
                                  "f JOIN companies c ON c.id = f.company_id WHERE c.domain = "
                                  "'grebe-menuiserie.example' AND f.field = 'employees'"))
                .toString(),
            QStringLiteral("62 http://grebe-menuiserie.example/a-propos.html 51-200"));
        QCOMPARE(scalar(QStringLiteral("SELECT f.value || ' ' || c.size_range FROM company_facts f JOIN companies c ON "
                                       "c.id = f.company_id WHERE c.domain = 'pipit-ateliers.example' AND f.field = "
                                       "'employees'"))
                     .toString(),
                 QStringLiteral("2000+ 1001-5000"));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM company_facts WHERE source_url LIKE 'http://%' AND "
                                      "fetched_at > 0"))
                    .toInt()
                >= 40);
        QCOMPARE(scalar(QStringLiteral("SELECT source_url FROM company_facts f JOIN companies c ON c.id = f.company_id "
                                       "WHERE c.domain = 'plover-outils.example' AND f.field = 'address'"))
                     .toString(),
                 QStringLiteral("http://plover-outils.example/mentions-legales.html"));
        // A company the rep did not have yet was added, named by its site.
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM companies WHERE domain = 'puffin-saas.example'")).toString(),
                 QStringLiteral("Puffin Software Inc."));
        // Scores from what research found: Ada (Head of Sales +30, 11-50 +15, GB +10, HubSpot +10) above
        // Marc (Directeur commercial +30, 11-50 +15; France and no HubSpot are not in the profile).
        QCOMPARE(scalar(QStringLiteral("SELECT s.score FROM prospects p JOIN prospect_scores s ON s.prospect_id = p.id "
                                       "WHERE p.first_name = 'Ada'"))
                     .toInt(),
                 65);
        QCOMPARE(scalar(QStringLiteral("SELECT s.score FROM prospects p JOIN prospect_scores s ON s.prospect_id = p.id "
                                       "WHERE p.first_name = 'Marc'"))
                     .toInt(),
                 45);
        tests::stopByPid(dns);
    }
};

QTEST_GUILESS_MAIN(TestResearch)
#include "test_research.moc"
