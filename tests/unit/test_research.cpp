// The Research agent's reading of the web, without a network: robots.txt rules, the HTML parser on
// hostile markup, phone numbers (libphonenumber), countries, stated headcounts and company-size buckets.
#include "agents/research/AddressPolicy.h"
#include "agents/research/CompanyFacts.h"
#include "agents/research/EmailFinder.h"
#include "agents/research/Headcount.h"
#include "agents/research/HtmlPage.h"
#include "agents/research/HttpFetcher.h"
#include "agents/research/PageRedirect.h"
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

    // Issue 23: what a page that only sends the visitor on says, read without running anything.
    void metaRefreshDeclarations_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("url");
        QTest::newRow("no delay") << QStringLiteral("0; url=/a") << true << 0 << QStringLiteral("/a");
        QTest::newRow("quoted, upper case") << QStringLiteral("5;URL='/en/'") << true << 5 << QStringLiteral("/en/");
        QTest::newRow("comma, spaces") << QStringLiteral(" 3 , url = \"/x y\" ") << true << 3 << QStringLiteral("/x y");
        QTest::newRow("no url=") << QStringLiteral("0;/b") << true << 0 << QStringLiteral("/b");
        QTest::newRow("fraction") << QStringLiteral(".5; url=/c") << true << 0 << QStringLiteral("/c");
        QTest::newRow("reload only") << QStringLiteral("10") << true << 10 << QString();
        QTest::newRow("late") << QStringLiteral("15; url=/later") << true << 15 << QStringLiteral("/later");
        QTest::newRow("huge delay") << QStringLiteral("99999999999999; url=/never") << true << 999999999
                                    << QStringLiteral("/never");
        QTest::newRow("no number") << QStringLiteral("soon; url=/e") << false << 0 << QString();
        QTest::newRow("junk after number") << QStringLiteral("1x; url=/f") << false << 0 << QString();
    }

    void metaRefreshDeclarations()
    {
        QFETCH(QString, content);
        QFETCH(bool, valid);
        QFETCH(int, seconds);
        QFETCH(QString, url);
        int gotSeconds = -1;
        QString gotUrl = QStringLiteral("unset");
        QCOMPARE(PageRedirect::parseRefresh(content, &gotSeconds, &gotUrl), valid);
        if (valid) {
            QCOMPARE(gotSeconds, seconds);
            QCOMPARE(gotUrl, url);
        }
    }

    void scriptRedirects_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("target");
        QTest::newRow("location.href") << QStringLiteral("location.href = \"/a\";") << QStringLiteral("/a");
        QTest::newRow("window.location.href") << QStringLiteral("window.location.href='/b'") << QStringLiteral("/b");
        QTest::newRow("location.replace") << QStringLiteral("location.replace(\"/c\")") << QStringLiteral("/c");
        QTest::newRow("window.location.replace")
            << QStringLiteral("if (1) { window.location.replace( '/d' ); }") << QStringLiteral("/d");
        QTest::newRow("document.location.assign")
            << QStringLiteral("document.location.assign(\"/e\")") << QStringLiteral("/e");
        QTest::newRow("window.location =")
            << QStringLiteral("window.location = \"http://x.example/f\";") << QStringLiteral("http://x.example/f");
        QTest::newRow("escaped slashes") << QStringLiteral("top.location=\"\\/g\\/\"") << QStringLiteral("/g/");
        QTest::newRow("after a URL in a string")
            << QStringLiteral("var api = \"https://api.x.example/v1\"; location.href = '/h';") << QStringLiteral("/h");
        QTest::newRow("a comparison") << QStringLiteral("if (location.href == \"/i\") {}") << QString();
        QTest::newRow("a concatenation") << QStringLiteral("location.href = \"/j/\" + lang;") << QString();
        QTest::newRow("a template") << QStringLiteral("location.href = `/k/${lang}/`;") << QString();
        QTest::newRow("line comment") << QStringLiteral("// location.href = \"/l\";\nvar x = 1;") << QString();
        QTest::newRow("block comment") << QStringLiteral("/* window.location = \"/m\"; */ go();") << QString();
        QTest::newRow("a variable named location") << QStringLiteral("var location = \"/n\";") << QString();
        QTest::newRow("another object") << QStringLiteral("mylocation.href = \"/o\"; a.location.href = \"/p\"")
                                        << QString();
        QTest::newRow("the hash") << QStringLiteral("location.hash = \"#q\";") << QString();
    }

    void scriptRedirects()
    {
        QFETCH(QString, code);
        QFETCH(QString, target);
        QCOMPARE(PageRedirect::scriptTarget(code), target);
    }

    void pageRedirectsFollowWhatABrowserWould()
    {
        const QByteArray words
            = QByteArray("<p>") + QByteArray("We build and sell sturdy things. ").repeated(12) + QByteArray("</p>");
        auto find = [](const QByteArray& head, const QByteArray& body) {
            return PageRedirect::find(HtmlPage::parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                                                      QStringLiteral("http://x.example/")));
        };
        using Kind = PageRedirect::Kind;
        // A refresh is followed, content or not, up to 10 s; one to the page itself is a reload.
        PageRedirect::Hop hop = find("<meta http-equiv=REFRESH content='0; url=/en/'>", words);
        QCOMPARE(hop.kind, Kind::Refresh);
        QCOMPARE(hop.url, QStringLiteral("http://x.example/en/"));
        QCOMPARE(find("<meta http-equiv=refresh content='10;url=/en/'>", {}).kind, Kind::Refresh);
        hop = find("<meta http-equiv=refresh content='11;url=/en/'>", {});
        QCOMPARE(hop.kind, Kind::None);
        QVERIFY2(hop.note.contains(QLatin1String("only after 11 s")), qPrintable(hop.note));
        hop = find("<meta http-equiv=refresh content='30'>", {});
        QCOMPARE(hop.kind, Kind::None);
        QCOMPARE(hop.note, QString());
        QCOMPARE(find("<meta http-equiv=refresh content='0; url=#top'>", {}).kind, Kind::None);
        // A late refresh does not stop a script from sending the visitor on.
        hop = find("<meta http-equiv=refresh content='30;url=/slow/'><script>location.replace('/fast/')</script>", {});
        QCOMPARE(hop.kind, Kind::Script);
        QCOMPARE(hop.url, QStringLiteral("http://x.example/fast/"));
        QCOMPARE(hop.note, QString());
        // Scripts, canonical links and alternates only where the page has no content of its own.
        QCOMPARE(find("<script>location.href = '/go/';</script>", words).kind, Kind::None);
        QCOMPARE(find("<link rel=canonical href=/home/>", words).kind, Kind::None);
        QCOMPARE(find("<link rel=alternate hreflang=en href=/en/>", words).kind, Kind::None);
        QVERIFY(!PageRedirect::isThin(HtmlPage::parse("<p>" + words + "</p>", QStringLiteral("http://x.example/"))));
        hop = find("<link rel=canonical href=/home/>", "<div id=app></div>");
        QCOMPARE(hop.kind, Kind::Canonical);
        QCOMPARE(hop.url, QStringLiteral("http://x.example/home/"));
        QCOMPARE(find("<link rel=canonical href=http://x.example/>", {}).kind, Kind::None);
        // Alternates: the x-default; when that is the chooser itself, our languages (en, then fr); else the first.
        hop = find("<link rel=alternate hreflang=fr href=/fr/><link rel=alternate hreflang=x-default href=/int/>"
                   "<link rel=alternate hreflang=en href=/en/>",
                   "<p>Choose your language</p>");
        QCOMPARE(hop.kind, Kind::Alternate);
        QCOMPARE(hop.url, QStringLiteral("http://x.example/int/"));
        hop = find("<link rel=alternate hreflang=x-default href=/><link rel=alternate hreflang=de-DE href=/de/>"
                   "<link rel=alternate hreflang=fr-FR href=/fr/><link rel='alternate stylesheet' hreflang=en-GB "
                   "href=/en/>",
                   {});
        QCOMPARE(hop.url, QStringLiteral("http://x.example/en/"));
        hop = find("<link rel=alternate hreflang=de href=/de/><link rel=alternate hreflang=it href=/it/>", {});
        QCOMPARE(hop.url, QStringLiteral("http://x.example/de/"));
        QCOMPARE(find("<link rel=stylesheet hreflang=de href=/de.css>", {}).kind, Kind::None);
        // A refresh comes before a script, a script before a canonical link, that before alternates.
        QCOMPARE(find("<meta http-equiv=refresh content='1;url=/a/'><link rel=canonical href=/b/>"
                      "<script>location.href='/c/'</script>",
                      {})
                     .url,
                 QStringLiteral("http://x.example/a/"));
        QCOMPARE(find("<link rel=alternate hreflang=en href=/e/><link rel=canonical href=/b/>"
                      "<script>location.href='/c/'</script>",
                      {})
                     .url,
                 QStringLiteral("http://x.example/c/"));
        QCOMPARE(find("<link rel=alternate hreflang=en href=/e/><link rel=canonical href=/b/>", {}).url,
                 QStringLiteral("http://x.example/b/"));
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

    // The headcount a site states, in French and English, and the numbers beside it that are not one.
    void headcountPhrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("employees");
        QTest::addColumn<QString>("qualifier");
        auto row = [](const char* name, const char* text, int employees, const char* qualifier = "exact") {
            QTest::newRow(name) << QString::fromUtf8(text) << employees << QString::fromLatin1(qualifier);
        };
        row("salariés", "Grebe Menuiserie compte 62 salariés.", 62);
        row("collaborateurs", "Nous avons 62 collaborateurs à Nantes.", 62);
        row("plus de 2 000 employés", "Le groupe emploie plus de 2 000 employés en Europe.", 2000, "at_least");
        row("NBSP thousands", "plus de 2\u00a0000 employés", 2000, "at_least");
        row("narrow NBSP thousands", "Plus de 2\u202f000 salariés", 2000, "at_least");
        row("dot thousands", "2.000 salariés dans 9 usines", 2000);
        row("équipe de 40 personnes", "Une équipe de 40 personnes vous accompagne.", 40);
        row("nous sommes 35", "Nous sommes 35.", 35);
        row("nous sommes aujourd'hui", "Nous sommes aujourd\u2019hui 35 passionnés.", 35);
        row("team of 75", "Heron is a team of 75.", 75);
        row("75-strong team", "a 75-strong team in Leeds", 75);
        row("over 2,000 employees", "Over 2,000 employees worldwide.", 2000, "at_least");
        row("2,000+ employees", "2,000+ employees in 14 countries", 2000, "at_least");
        row("team of 12 engineers", "We are a team of 12 engineers in Bristol.", 12);
        row("effectif range", "Effectif : 20 à 49 salariés", 35, "range_midpoint");
        row("label", "Employees: 62", 62);
        row("table row", "Company size\n200-500 employees", 350, "range_midpoint");
        row("table label alone", "Effectif\n1 250", 1250);
        row("between", "between 50 and 100 employees", 75, "range_midpoint");
        row("une quarantaine", "une quarantaine de collaborateurs", 40, "approximate");
        row("plus d'une centaine", "plus d'une centaine de collaborateurs", 100, "at_least");
        row("about 40 people work here", "About 40 people work here.", 40, "approximate");
        row("employs", "Heron employs 45 people.", 45);
        row("we are 35 strong", "We are 35 strong.", 35);
        row("avec plus de 60", "Avec plus de 60 collaborateurs, nous assurons", 60, "at_least");
        row("forte de", "Forte de 40 personnes, l'agence", 40);
        row("une PME de", "une PME de 62 salariés", 62);
        row("beside a phone", "Tél. 01 84 60 12 34 — 12 salariés à votre service", 12);
        row("beside a year", "Founded in 1998, Dunlin now has 120 employees.", 120);
        row("beside customers", "We serve 500 customers in 40 countries with a team of 30.", 30);
        row("beside a percentage", "100% of our employees own shares: we are 85 people.", 85);
        row("its own, third person", "Plover et ses 28 salariés", 28);
        // False friends: none of these is the company's headcount.
        row("customers", "500 customers trust us", 0, "");
        row("countries", "Present in 40 countries", 0, "");
        row("founded", "Founded in 1998", 0, "");
        row("years", "20 years of experience", 0, "");
        row("ans", "20 ans d'expérience", 0, "");
        row("percent of employees", "100% of our employees are trained", 0, "");
        row("pour cent des salariés", "100 % de nos salariés sont formés", 0, "");
        row("employees: see careers", "Employees: see careers", 0, "");
        row("phones", "Call +44 20 7946 0321 or 0800 123 456", 0, "");
        row("téléphone", "Tél : 01 84 60 12 34", 0, "");
        row("price for", "£49 per month for 50 employees", 0, "");
        row("plans from", "Plans from 10 employees", 0, "");
        row("teams of", "Pricing: €1 200 for teams of 50 employees", 0, "");
        row("customers' size", "Built for companies with 50 to 500 employees", 0, "");
        row("entreprises de", "pour les entreprises de 10 à 250 salariés", 0, "");
        row("des PME de", "Nous accompagnons des PME de 20 salariés", 0, "");
        row("up to", "Up to 50 employees", 0, "");
        row("jusqu'à", "jusqu'à 50 salariés", 0, "");
        row("moins de", "moins de 250 salariés", 0, "");
        row("your employees", "Your 20 employees deserve better payroll", 0, "");
        row("their employees use", "2,000 employees use Dunlin every day", 0, "");
        row("a year", "In 2023 employees planted 500 trees", 0, "");
        row("team of years", "a team of 20 years' experience", 0, "");
        row("équipe de ans", "une équipe de 20 ans d'expérience", 0, "");
        row("nous sommes 100 %", "Nous sommes 100 % engagés", 0, "");
        row("nous sommes à", "Nous sommes à 5 minutes de la gare", 0, "");
        row("24/7 staff", "24/7 staff support", 0, "");
        row("people trust", "Over 500 people trust us", 0, "");
        row("par salariés", "1 manager par 10 salariés", 0, "");
        row("price pour", "Le prix : 1 200 € HT pour 50 salariés", 0, "");
        row("teams of people", "for teams of 10 to 50 people", 0, "");
    }

    void headcountPhrases()
    {
        QFETCH(QString, text);
        QFETCH(int, employees);
        QFETCH(QString, qualifier);
        const StatedHeadcount h = Headcount::fromText(text);
        QCOMPARE(h.employees, employees);
        QCOMPARE(h.kindName(), qualifier);
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
        // Stated headcounts on some companies, in all their forms.
        Sql::run(db,
                 QStringLiteral("INSERT INTO company_facts SELECT id, 'employees', CASE id % 4 WHEN 0 THEN "
                                "CAST(id * 7 % 600 AS TEXT) WHEN 1 THEN '~' || (id % 90) WHEN 2 THEN '200+' ELSE "
                                "'20-49' END, 'https://x.example/', 0 FROM companies WHERE id % 5 <> 0"));
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
