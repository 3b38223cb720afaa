// The Research agent's reading of the web, without a network: robots.txt rules, the HTML parser on
// hostile markup, phone numbers (libphonenumber), countries and company-size buckets.
#include "agents/research/CompanyFacts.h"
#include "agents/research/HtmlPage.h"
#include "agents/research/Robots.h"
#include "agents/research/SiteResearch.h"

#include <QTest>

using namespace sc::agents::research;

class TestResearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestResearch)
#include "test_research.moc"
