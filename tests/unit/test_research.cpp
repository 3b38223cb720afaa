// The Research agent's reading of the web, without a network: robots.txt rules, the HTML parser on
// hostile markup, phone numbers (libphonenumber), countries and company-size buckets.
#include "agents/research/AddressPolicy.h"
#include "agents/research/CompanyFacts.h"
#include "agents/research/EmailFinder.h"
#include "agents/research/HtmlPage.h"
#include "agents/research/HttpFetcher.h"
#include "agents/research/Robots.h"
#include "agents/research/SiteResearch.h"
#include "models/Workspace.h"
#include "models/demo/DemoGenerator.h"
#include "models/scoring/LeadScorer.h"
#include "models/store/Sql.h"

#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::agents::research;

class TestResearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Found by hostile input: the cloud metadata address and the local network were research targets.
    void addressPolicyRefusesLinkLocalAlwaysAndLocalUnlessAllowed_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowedByDefault");
        QTest::addColumn<bool>("allowedWithLocal");
        QTest::newRow("public v4") << QStringLiteral("93.184.216.34") << true << true;
        QTest::newRow("public v6") << QStringLiteral("2606:2800:220:1:248:1893:25c8:1946") << true << true;
        QTest::newRow("metadata") << QStringLiteral("169.254.169.254") << false << false;
        QTest::newRow("mapped metadata") << QStringLiteral("::ffff:169.254.169.254") << false << false;
        QTest::newRow("link-local v6") << QStringLiteral("fe80::1") << false << false;
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << false << true;
        QTest::newRow("loopback 127/8") << QStringLiteral("127.8.9.10") << false << true;
        QTest::newRow("loopback v6") << QStringLiteral("::1") << false << true;
        QTest::newRow("mapped loopback") << QStringLiteral("::ffff:127.0.0.1") << false << true;
        QTest::newRow("this host") << QStringLiteral("0.0.0.0") << false << true;
        QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << false << true;
        QTest::newRow("172.16/12") << QStringLiteral("172.31.255.1") << false << true;
        QTest::newRow("172.32 is public") << QStringLiteral("172.32.0.1") << true << true;
        QTest::newRow("192.168/16") << QStringLiteral("192.168.1.1") << false << true;
        QTest::newRow("cgnat") << QStringLiteral("100.64.0.1") << false << true;
        QTest::newRow("unique local v6") << QStringLiteral("fd12:3456::1") << false << true;
        QTest::newRow("multicast") << QStringLiteral("224.0.0.1") << false << false;
        QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << false << false;
    }

    void addressPolicyRefusesLinkLocalAlwaysAndLocalUnlessAllowed()
    {
        using sc::agents::research::AddressPolicy;
        QFETCH(QString, address);
        QFETCH(bool, allowedByDefault);
        QFETCH(bool, allowedWithLocal);
        const QHostAddress a(address);
        QVERIFY(!a.isNull());
        QCOMPARE(AddressPolicy::refusal(a, false).isEmpty(), allowedByDefault);
        QCOMPARE(AddressPolicy::refusal(a, true).isEmpty(), allowedWithLocal);
    }

    // The check sits where libcurl opens the connection: a refused address is never connected to.
    void fetcherRefusesLocalAddressesBeforeConnecting()
    {
        using sc::agents::research::HttpFetcher;
        HttpFetcher::Settings settings;
        settings.connectTimeoutMs = 2000;
        settings.timeoutMs = 2000;
        const HttpFetcher::Response local = HttpFetcher(settings).get(QStringLiteral("http://127.0.0.1:9/"));
        QVERIFY(!local.ok);
        QVERIFY2(local.error.startsWith(QLatin1String("refused: 127.0.0.1")), qPrintable(local.error));
        const HttpFetcher::Response metadata
            = HttpFetcher(settings).get(QStringLiteral("http://169.254.169.254/latest/meta-data/"));
        QVERIFY2(metadata.error.contains(QLatin1String("link-local")), qPrintable(metadata.error));
        // Named through CONNECT_TO (as a DNS answer would): the address connected to is what counts.
        settings.connectTo = {QStringLiteral("metadata.example:80:169.254.169.254:80")};
        const HttpFetcher::Response named = HttpFetcher(settings).get(QStringLiteral("http://metadata.example/"));
        QVERIFY2(named.error.contains(QLatin1String("link-local")), qPrintable(named.error));
        settings.allowLocalNetwork = true;
        settings.connectTo.clear();
        const HttpFetcher::Response allowed = HttpFetcher(settings).get(QStringLiteral("http://127.0.0.1:9/"));
        QVERIFY2(!allowed.error.startsWith(QLatin1String("refused:")),
                 qPrintable(allowed.error)); // connection refused by the OS instead
    }

    void robotsGroupsLongestMatchAndWildcards()
    {
        const Robots r = Robots::parse("# a comment\n"
                                       "User-agent: *\n"
                                       "Disallow: /private\n"
                                       "Allow: /private/press\n"
                                       "Disallow: /*.pdf$\n"
                                       "Disallow: /search?\n"
                                       "\n"
                                       "User-agent: OtherBot\n"
                                       "Disallow: /\n",
                                       QStringLiteral("SalesCopilot"));
        QVERIFY(r.allows(QStringLiteral("/")));
        QVERIFY(r.allows(QStringLiteral("/about.html")));
        QVERIFY(!r.allows(QStringLiteral("/private/team.html")));
        QVERIFY(r.allows(QStringLiteral("/private/press/kit.html"))); // the longer Allow wins
        QVERIFY(!r.allows(QStringLiteral("/docs/brochure.pdf")));
        QVERIFY(r.allows(QStringLiteral("/docs/brochure.pdf?download=1")));
        QVERIFY(!r.allows(QStringLiteral("/search?q=x")));
        QVERIFY(r.allows(QStringLiteral("/robots.txt")));
        // Our own group beats "*"; Crawl-delay is kept.
        const Robots ours = Robots::parse("User-agent: *\nDisallow: /\n\nUser-agent: SalesCopilot\nAllow: /\n"
                                          "Crawl-delay: 2.5\n",
                                          QStringLiteral("SalesCopilot"));
        QVERIFY(ours.allows(QStringLiteral("/team")));
        QCOMPARE(ours.crawlDelayMs(), 2500);
        QVERIFY(!Robots::disallowAll().allows(QStringLiteral("/")));
        QVERIFY(Robots::allowAll().allows(QStringLiteral("/anything")));
    }

    void htmlParserReadsBrokenAndHostileMarkup()
    {
        QByteArray nested;
        for (int i = 0; i < 20000; ++i) {
            nested += "<div>";
        }
        const QByteArray html = "<!DOCTYPE html><html lang=fr-FR data-wf-site=1><head><title>Héron &amp; Fils | "
                                "Accueil</title><meta name=description content='Outils   de picking'>"
                                "<script>var x = 'mailto:fake@inside-script.example';</script>"
                                "<script type=application/ld+json>{\"@type\": \"Organization\", broken</script>"
                                "<style>p { content: 'style@inside.example' }</style></head><body>"
            + nested
            + "<p>Écrivez à <a href=\"mailto:Bonjour@Heron.example?subject=hi\">nous</a>"
              "<p>unclosed &bogus; &#xFFFFFFF; <address>1 rue des Hérons<br>75011 Paris<br>"
              "France</address><a href=/equipe.html>Notre équipe</a><!-- never closed";
        const HtmlPage page = HtmlPage::parse(html, QStringLiteral("https://heron.example/"));
        QCOMPARE(page.title, QStringLiteral("Héron & Fils | Accueil"));
        QCOMPARE(page.lang, QStringLiteral("fr-FR"));
        QVERIFY(page.htmlAttributes.contains(QStringLiteral("data-wf-site")));
        QCOMPARE(page.meta.value(QStringLiteral("description")), QStringLiteral("Outils de picking"));
        QCOMPARE(page.jsonLd.size(), 1);
        QVERIFY(page.text.contains(QStringLiteral("Écrivez à nous")));
        QVERIFY(!page.text.contains(QStringLiteral("inside-script")));
        QVERIFY(!page.text.contains(QStringLiteral("style@inside")));
        QCOMPARE(page.addresses, QStringList {QStringLiteral("1 rue des Hérons\n75011 Paris\nFrance")});
        QCOMPARE(SiteResearch::candidatePages(page, 6),
                 QStringList {QStringLiteral("https://heron.example/equipe.html")});

        const CompanyFacts f = CompanyExtractor::extract(QStringLiteral("heron.example"), {page});
        QCOMPARE(f.name, QStringLiteral("Héron & Fils"));
        QCOMPARE(f.language, QStringLiteral("fr"));
        QCOMPARE(f.emails, QStringList {QStringLiteral("bonjour@heron.example")});
        QCOMPARE(f.address, QStringLiteral("1 rue des Hérons, 75011 Paris, France"));
        QCOMPARE(f.country, QStringLiteral("FR"));
        QCOMPARE(f.technologies, QStringList {QStringLiteral("Webflow")});
        // Nothing at all is not an error either.
        QCOMPARE(HtmlPage::parse(QByteArray(), QStringLiteral("https://x.example/")).text, QString());
        QCOMPARE(HtmlPage::parse(QByteArray("\0\xff\xfe<<<>>>", 8), QStringLiteral("https://x.example/")).title,
                 QString());
    }

    void phonesCountriesAndSizes()
    {
        QCOMPARE(CompanyExtractor::normalizePhone(QStringLiteral("01 84 60 12 34"), QStringLiteral("FR")),
                 QStringLiteral("+33184601234"));
        QCOMPARE(CompanyExtractor::normalizePhone(QStringLiteral("+44 20 7946 0958"), QStringLiteral("FR")),
                 QStringLiteral("+442079460958"));
        QCOMPARE(CompanyExtractor::normalizePhone(QStringLiteral("12 34"), QStringLiteral("FR")), QString());
        QCOMPARE(CompanyExtractor::phoneRegion(QStringLiteral("+442079460958")), QStringLiteral("GB"));
        QCOMPARE(CompanyExtractor::countryCode(QStringLiteral("Canada")), QStringLiteral("CA"));
        QCOMPARE(CompanyExtractor::countryCode(QStringLiteral("gb")), QStringLiteral("GB"));
        QCOMPARE(CompanyExtractor::countryCode(QStringLiteral("United Kingdom")), QStringLiteral("GB"));
        QCOMPARE(CompanyExtractor::countryCode(QStringLiteral("Royaume-Uni")), QStringLiteral("GB"));
        QCOMPARE(CompanyExtractor::countryCode(QStringLiteral("Atlantis")), QString());
        QCOMPARE(CompanyExtractor::sizeBucket(45), QStringLiteral("11-50"));
        QCOMPARE(CompanyExtractor::sizeBucket(350), QStringLiteral("201-500"));
        QCOMPARE(CompanyExtractor::sizeBucket(0), QString());
    }

    void emailPatternsLearnedFromKnownPeople()
    {
        QCOMPARE(EmailFinder::localPart(QStringLiteral("first.last"), QStringLiteral("Anne-Sophie"),
                                        QStringLiteral("Le Guen")),
                 QStringLiteral("anne-sophie.leguen"));
        QCOMPARE(EmailFinder::localPart(QStringLiteral("flast"), QStringLiteral("Élodie"), QStringLiteral("Martin")),
                 QStringLiteral("emartin"));
        int support = 0;
        const QString learned = EmailFinder::learnPattern(
            {{QStringLiteral("Anna"), QStringLiteral("Kowal"), QStringLiteral("akowal@heron.example")},
             {QStringLiteral("Ben"), QStringLiteral("Okafor"), QStringLiteral("bokafor@heron.example")},
             {QStringLiteral("Cy"), QStringLiteral("Ng"), QStringLiteral("cy.ng@heron.example")}},
            &support);
        QCOMPARE(learned, QStringLiteral("flast"));
        QCOMPARE(support, 2);
        const QStringList candidates = EmailFinder::candidates(QStringLiteral("Dana"), QStringLiteral("Whitfield"),
                                                               QStringLiteral("heron.example"), learned);
        QCOMPARE(candidates.first(), QStringLiteral("dwhitfield@heron.example"));
        QVERIFY(candidates.contains(QStringLiteral("dana.whitfield@heron.example")));
        QVERIFY(EmailFinder::isRole(QStringLiteral("contact")));
        QVERIFY(!EmailFinder::isRole(QStringLiteral("dana")));
        const EmailFinder::Verdict likely
            = verifyEmail(QStringLiteral("dwhitfield@heron.example"), QStringLiteral("Dana"),
                          QStringLiteral("Whitfield"), MxChecker::Answer::Mail, learned, support, {});
        QCOMPARE(likely.status, QStringLiteral("likely"));
        QCOMPARE(verifyEmail(QStringLiteral("dana@gmail.com"), QStringLiteral("Dana"), QString(),
                             MxChecker::Answer::Mail, learned, support, {})
                     .freeMail,
                 true);
    }

    void leadScoresExplainedAndRescoredInOnePass()
    {
        sc::models::IdealCustomerProfile icp = sc::models::IdealCustomerProfile::defaults();
        icp.industries = {QStringLiteral("Logistics")};
        icp.countries = {QStringLiteral("FR")};
        icp.technologies = {QStringLiteral("HubSpot")};
        const sc::models::LeadScorer scorer(icp);
        sc::models::LeadScorer::Input in;
        in.title = QStringLiteral("Directeur Commercial France");
        in.industry = QStringLiteral("Logistics & Transport");
        in.size = QStringLiteral("51-200");
        in.country = QStringLiteral("FR");
        in.technologies = {QStringLiteral("HubSpot")};
        in.email = QStringLiteral("info@gmail.com");
        in.emailVerdict = QStringLiteral("verified");
        const sc::models::LeadScorer::Result r = scorer.score(in);
        QCOMPARE(r.explanation(),
                 QStringLiteral("+30 title matches directeur commercial; +15 industry Logistics; +15 "
                                "size 51-200; +10 country FR; +10 uses HubSpot; +10 verified email; "
                                "-10 free-mail address; -10 shared role address"));
        QCOMPARE(r.score, 70);
        in.emailVerdict = QStringLiteral("invalid");
        in.email.clear();
        QCOMPARE(scorer.score(in).score, 40);
        QCOMPARE(scorer.score({}).score, 0);

        // The whole workspace: scores written once, unchanged ones left alone.
        QTemporaryDir dir;
        const sc::models::Workspace ws = sc::models::Workspace::open(dir.path());
        const QSqlDatabase db = ws.connection();
        sc::models::Sql::run(db,
                             QStringLiteral("INSERT INTO companies (name, domain, industry, size_range, country, "
                                            "created_at, updated_at) VALUES ('Heron', 'heron.example', "
                                            "'Logistics', '51-200', 'FR', 0, 0)"));
        sc::models::Sql::run(db,
                             QStringLiteral("INSERT INTO company_facts VALUES (1, 'technologies', '[\"HubSpot\"]', "
                                            "'https://heron.example/', 0)"));
        sc::models::Sql::run(db,
                             QStringLiteral("INSERT INTO prospects (company_id, first_name, title, email, "
                                            "created_at, updated_at) VALUES (1, 'A', 'Head of Sales', "
                                            "'a@heron.example', 0, 0), (NULL, 'B', 'Intern', NULL, 0, 0)"));
        icp.save(db);
        QCOMPARE(sc::models::LeadScorer::rescoreAll(db), 1); // B stays at 0
        QCOMPARE(sc::models::Sql::scalar(db,
                                         QStringLiteral("SELECT s.score FROM prospects p JOIN prospect_scores s ON "
                                                        "s.prospect_id = p.id WHERE p.first_name = 'A'"))
                     .toInt(),
                 80);
        QCOMPARE(sc::models::LeadScorer::rescoreAll(db), 0);
        QCOMPARE(sc::models::LeadScorer::inputFor(db, 1).technologies, QStringList {QStringLiteral("HubSpot")});
        ws.releaseConnection();
    }

    // rescoreAll() adds each row's parts up in SQLite, with a C function (this build: Qt's driver runs on
    // the system SQLite) or in plain SQL. Both must give exactly what score() gives one prospect.
    void bothScoringEnginesGiveTheScorersNumbers()
    {
        using sc::models::LeadScorer;
        namespace Sql = sc::models::Sql;
        QTemporaryDir dir;
        const sc::models::Workspace ws = sc::models::Workspace::open(dir.path());
        const QSqlDatabase db = ws.connection();
        QVERIFY(LeadScorer::nativeScoringAvailable(db));
        sc::models::DemoGenerator::generate(db, {.prospects = 3000, .seed = 7, .drafts = 0}, 0);
        // The corners: titles in other cases (ASCII and accented), free mail, role addresses, verdicts,
        // a stack, prospects without a company, one in the trash.
        Sql::run(db,
                 QStringLiteral("INSERT INTO company_facts SELECT id, 'technologies', '[\"HubSpot\", \"Intercom\"]', "
                                "'https://x.example/', 0 FROM companies WHERE id % 3 = 0"));
        Sql::run(db, QStringLiteral("UPDATE prospects SET title = upper(title) WHERE id % 7 = 0"));
        Sql::run(db, QStringLiteral("UPDATE prospects SET title = 'DIRECTRICE COMMERCIALE' WHERE id % 11 = 0"));
        Sql::run(
            db,
            QStringLiteral("UPDATE prospects SET title = 'Directrice Commerciale Île-de-France' WHERE id % 13 = 0"));
        Sql::run(db, QStringLiteral("UPDATE prospects SET title = 'DIRECTRICE GÉNÉRALE' WHERE id % 17 = 0"));
        Sql::run(db, QStringLiteral("UPDATE prospects SET email = 'p' || id || '@gmail.com' WHERE id % 5 = 0"));
        Sql::run(db, QStringLiteral("UPDATE prospects SET email = 'info@p' || id || '.example' WHERE id % 9 = 0"));
        Sql::run(db,
                 QStringLiteral("UPDATE prospects SET email_verdict = CASE id % 4 WHEN 0 THEN 'verified' WHEN 1 "
                                "THEN 'likely' WHEN 2 THEN 'invalid' ELSE 'unknown' END"));
        Sql::run(db, QStringLiteral("UPDATE prospects SET company_id = NULL WHERE id % 19 = 0"));
        Sql::run(db, QStringLiteral("UPDATE prospects SET deleted_at = 1 WHERE id = 2"));
        sc::models::IdealCustomerProfile icp = sc::models::IdealCustomerProfile::defaults();
        icp.industries = {QStringLiteral("Logistics"), QStringLiteral("Retail")};
        icp.countries = {QStringLiteral("FR"), QStringLiteral("GB")};
        icp.technologies = {QStringLiteral("hubspot")};
        icp.save(db);

        auto scores = [&] {
            QHash<qint64, int> all;
            QSqlQuery q = Sql::run(db, QStringLiteral("SELECT prospect_id, score FROM prospect_scores"));
            while (q.next()) {
                all.insert(q.value(0).toLongLong(), q.value(1).toInt());
            }
            return all;
        };
        const int prospects = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospects")).toInt();
        QVERIFY(LeadScorer::rescoreAll(db, LeadScorer::Engine::Native) > prospects / 8); // the rewrite path
        const QHash<qint64, int> native = scores();
        QCOMPARE(native.size(), prospects);
        Sql::run(db, QStringLiteral("UPDATE prospect_scores SET score = 0"));
        QVERIFY(LeadScorer::rescoreAll(db, LeadScorer::Engine::Sql) > prospects / 8);
        QCOMPARE(scores(), native);
        const LeadScorer scorer(icp);
        QSet<int> distinct;
        for (auto it = native.cbegin(); it != native.cend(); ++it) {
            if (it.key() == 2) {
                continue; // in the trash: inputFor() reads live prospects
            }
            QCOMPARE(it.value(), scorer.score(LeadScorer::inputFor(db, it.key())).score);
            distinct.insert(it.value());
        }
        QVERIFY(distinct.size() >= 8); // the corners above make many different sums

        // A few changes take the update path, in both engines.
        Sql::run(db, QStringLiteral("UPDATE prospects SET title = 'Head of Sales' WHERE id IN (3, 4, 5)"));
        const int fewNative = LeadScorer::rescoreAll(db, LeadScorer::Engine::Native);
        QVERIFY(fewNative >= 1 && fewNative <= 3);
        QCOMPARE(scorer.score(LeadScorer::inputFor(db, 3)).score, scores().value(3));
        Sql::run(db, QStringLiteral("UPDATE prospects SET title = 'Intern' WHERE id IN (3, 4, 5)"));
        QVERIFY(LeadScorer::rescoreAll(db, LeadScorer::Engine::Sql) >= 1);
        QCOMPARE(scorer.score(LeadScorer::inputFor(db, 4)).score, scores().value(4));
        QCOMPARE(LeadScorer::rescoreAll(db, LeadScorer::Engine::Native), 0);
        QCOMPARE(LeadScorer::rescoreAll(db, LeadScorer::Engine::Sql), 0);

        // One score row per prospect, whatever comes and goes.
        Sql::run(db, QStringLiteral("DELETE FROM prospects WHERE id = 2"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospect_scores")).toInt(), prospects - 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM prospect_scores WHERE prospect_id = 2")).toInt(),
                 0);
        ws.releaseConnection();
    }
};

QTEST_GUILESS_MAIN(TestResearch)
#include "test_research.moc"
