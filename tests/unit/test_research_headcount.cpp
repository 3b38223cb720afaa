// The headcount a company's site states, from schema.org markup (JSON-LD and microdata) to the lead
// score: which statement wins when a site has several, what enrich --json shows, and how the number
// places the company in the profile's sizes. The phrase reader's rows are in test_research.cpp.
#include "agents/research/CompanyFacts.h"
#include "agents/research/Headcount.h"
#include "agents/research/HtmlPage.h"
#include "models/Workspace.h"
#include "models/scoring/LeadScorer.h"
#include "models/scoring/SizeMatch.h"
#include "models/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::agents::research;

class TestResearchHeadcount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // schema.org numberOfEmployees: a number, a text, a QuantitativeValue; in JSON-LD and in microdata.
    void headcountFromSchemaAndMicrodata()
    {
        auto json = [](const char* text) {
            return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
        };
        auto stated = [](const StatedHeadcount& h) {
            return QStringLiteral("%1 %2").arg(h.asStated(), h.kindName());
        };
        QCOMPARE(stated(Headcount::fromSchema(json("62"))), QStringLiteral("62 exact"));
        QCOMPARE(stated(Headcount::fromSchema(json("\"62\""))), QStringLiteral("62 exact"));
        QCOMPARE(stated(Headcount::fromSchema(json("\"2,000+\""))), QStringLiteral("2000+ at_least"));
        QCOMPARE(stated(Headcount::fromSchema(json("\"51-200\""))), QStringLiteral("51-200 range_midpoint"));
        QCOMPARE(Headcount::fromSchema(json("\"51-200\"")).employees, 126);
        QCOMPARE(stated(Headcount::fromSchema(json(R"({"@type": "QuantitativeValue", "value": 45})"))),
                 QStringLiteral("45 exact"));
        QCOMPARE(stated(Headcount::fromSchema(json(R"({"value": "1 250"})"))), QStringLiteral("1250 exact"));
        const StatedHeadcount range = Headcount::fromSchema(json(R"({"minValue": 200, "maxValue": 500})"));
        QCOMPARE(range.employees, 350); // the midpoint
        QCOMPARE(stated(range), QStringLiteral("200-500 range_midpoint"));
        QCOMPARE(range.bucketCount(), 350);
        QCOMPARE(stated(Headcount::fromSchema(json(R"({"minValue": "1000"})"))), QStringLiteral("1000+ at_least"));
        QCOMPARE(Headcount::fromSchema(json(R"({"minValue": "1000"})")).bucketCount(), 1001);
        QVERIFY(!Headcount::fromSchema(json(R"({"maxValue": 50})")).stated()); // "up to 50" says too little
        QCOMPARE(Headcount::fromSchema(json(R"([{"value": 12}])")).employees, 12);
        for (const char* none : {"\"lots\"", "0", "-5", "null", "{}", "\"12.5\""}) {
            QVERIFY2(!Headcount::fromSchema(json(none)).stated(), none);
        }
        QCOMPARE(Headcount::parseNumber(QStringLiteral("2\u00a0000")), 2000);
        QCOMPARE(Headcount::parseNumber(QStringLiteral("2 000x")), 0);

        const HtmlPage plain = HtmlPage::parse(
            "<div itemscope itemtype=https://schema.org/Organization><span itemprop=name>Godwit</span> has "
            "<span itemprop=numberOfEmployees>1,250</span> people</div>",
            QStringLiteral("https://godwit.example/about"));
        QCOMPARE(Headcount::fromMicrodata(plain.itemProps).employees, 1250);
        const HtmlPage quantity = HtmlPage::parse(
            "<div itemscope itemtype=https://schema.org/Organization><div itemprop=numberOfEmployees itemscope "
            "itemtype=https://schema.org/QuantitativeValue><meta itemprop=value content=35></div></div>",
            QStringLiteral("https://sanderling.example/"));
        QVERIFY(
            quantity.itemProps.contains(qMakePair(QStringLiteral("numberOfEmployees.value"), QStringLiteral("35"))));
        QCOMPARE(stated(Headcount::fromMicrodata(quantity.itemProps)), QStringLiteral("35 exact"));
        const HtmlPage bounds = HtmlPage::parse(
            "<p itemscope itemtype=https://schema.org/Corporation><span itemprop=numberOfEmployees itemscope "
            "itemtype=https://schema.org/QuantitativeValue><span itemprop=minValue>11</span>-<span "
            "itemprop=maxValue>50</span></span> people</p>",
            QStringLiteral("https://x.example/"));
        QCOMPARE(stated(Headcount::fromMicrodata(bounds.itemProps)), QStringLiteral("11-50 range_midpoint"));
        QCOMPARE(Headcount::fromMicrodata(bounds.itemProps).employees, 31);
    }

    // Where several are stated: JSON-LD, then microdata, then the about page's words, then the homepage's.
    void headcountPrefersJsonLdThenMicrodataThenAboutThenHome()
    {
        const QString root = QStringLiteral("https://grebe.example/");
        const HtmlPage home = HtmlPage::parse("<p>Une équipe de 40 personnes. Depuis 1998, 500 clients.</p>", root);
        const HtmlPage about = HtmlPage::parse("<p>Grebe compte 62 salariés.</p>", root + QStringLiteral("a-propos"));
        const HtmlPage contact = HtmlPage::parse("<p>Nous sommes 12 au bureau.</p>", root + QStringLiteral("contact"));
        CompanyFacts f = CompanyExtractor::extract(QStringLiteral("grebe.example"), {home, about, contact});
        QCOMPARE(f.sizeHint, QStringLiteral("51-200 (62)"));
        const QJsonObject json = f.toJson();
        QCOMPARE(json.value(QStringLiteral("employees")).toInt(), 62);
        QCOMPARE(json.value(QStringLiteral("employees_qualifier")).toString(), QStringLiteral("exact"));
        QCOMPARE(json.value(QStringLiteral("employees_source")).toString(), about.url);
        QCOMPARE(f.sourceOf.value(QStringLiteral("employees")), about.url);
        QCOMPARE(CompanyExtractor::extract(QStringLiteral("grebe.example"), {home, contact}).sizeHint,
                 QStringLiteral("11-50 (40)")); // no about page: the homepage before the others

        const HtmlPage micro = HtmlPage::parse(
            "<div itemscope itemtype=https://schema.org/Organization><meta itemprop=numberOfEmployees content=55>"
            "<p>Une équipe de 40 personnes.</p></div>",
            root);
        f = CompanyExtractor::extract(QStringLiteral("grebe.example"), {micro, about, contact});
        QCOMPARE(f.employees.employees, 55);
        QCOMPARE(f.employees.sourceUrl, root);

        const HtmlPage ld
            = HtmlPage::parse("<html><head><script type=application/ld+json>{\"@type\": \"LocalBusiness\", "
                              "\"numberOfEmployees\": {\"@type\": \"QuantitativeValue\", \"minValue\": 1000}}"
                              "</script></head><body><p>Nous sommes 12.</p></body></html>",
                              root + QStringLiteral("contact"));
        QCOMPARE(ld.jsonLd.size(), 1);
        f = CompanyExtractor::extract(QStringLiteral("grebe.example"), {micro, about, ld});
        QCOMPARE(f.sizeHint, QStringLiteral("1001-5000 (1000+)"));
        QCOMPARE(f.employees.sourceUrl, ld.url);

        // Nothing stated: no number, no bucket.
        const QJsonObject none
            = CompanyExtractor::extract(QStringLiteral("x.example"),
                                        {HtmlPage::parse("<p>500 customers in 40 countries</p>", root)})
                  .toJson();
        QVERIFY(none.value(QStringLiteral("employees")).isNull());
        QVERIFY(none.value(QStringLiteral("employees_source")).isNull());
        QCOMPARE(none.value(QStringLiteral("size_hint")).toString(), QString());
    }

    // A stated headcount is scored by its number against the profile's sizes (same boundaries, exact),
    // unless the rep's own size for the company says otherwise.
    void leadScoreUsesTheStatedHeadcount()
    {
        using sc::models::LeadScorer;
        using sc::models::SizeMatch;
        QCOMPARE(SizeMatch::statedHeadcount(QStringLiteral("62")), 62);
        QCOMPARE(SizeMatch::statedHeadcount(QStringLiteral("~40")), 40);
        QCOMPARE(SizeMatch::statedHeadcount(QStringLiteral("2000+")), 2001);
        QCOMPARE(SizeMatch::statedHeadcount(QStringLiteral("200-500")), 350);
        QCOMPARE(SizeMatch::statedHeadcount(QStringLiteral("lots")), 0);
        QCOMPARE(SizeMatch::statedHeadcount(QString()), 0);

        sc::models::IdealCustomerProfile icp = sc::models::IdealCustomerProfile::defaults();
        auto sizePart = [&](const QString& size, const QString& employees) {
            LeadScorer::Input in;
            in.size = size;
            in.employees = employees;
            return LeadScorer(icp).score(in).explanation();
        };
        QCOMPARE(sizePart(QStringLiteral("51-200"), QStringLiteral("62")), QStringLiteral("+15 size 51-200 (62)"));
        QCOMPARE(sizePart(QString(), QStringLiteral("62")), QStringLiteral("+15 size 51-200 (62)"));
        QCOMPARE(sizePart(QStringLiteral("1001-5000"), QStringLiteral("2000+")), QString());
        QCOMPARE(sizePart(QStringLiteral("201-500"), QStringLiteral("200+")),
                 QStringLiteral("+15 size 201-500 (200+)"));
        // The rep's own range, which does not hold the number, wins.
        QCOMPARE(sizePart(QStringLiteral("201-500"), QStringLiteral("62")), QStringLiteral("+15 size 201-500"));
        // A profile of its own sizes: the number is placed exactly, where the bucket would not match.
        icp.sizes = {QStringLiteral("50-99"), QStringLiteral("SMB")};
        QCOMPARE(sizePart(QStringLiteral("51-200"), QStringLiteral("62")), QStringLiteral("+15 size 50-99 (62)"));
        QCOMPARE(sizePart(QStringLiteral("51-200"), QStringLiteral("150")), QString());
        QCOMPARE(sizePart(QStringLiteral("51-200"), QString()), QString());
        QCOMPARE(sizePart(QStringLiteral("SMB"), QStringLiteral("5000")), QStringLiteral("+15 size SMB"));

        // rescoreAll() and inputFor() read the fact research keeps.
        QTemporaryDir dir;
        const sc::models::Workspace ws = sc::models::Workspace::open(dir.path());
        const QSqlDatabase db = ws.connection();
        sc::models::Sql::run(db,
                             QStringLiteral("INSERT INTO companies (name, domain, size_range, created_at, updated_at) "
                                            "VALUES ('Grebe', 'grebe.example', '51-200', 0, 0)"));
        sc::models::Sql::run(db,
                             QStringLiteral("INSERT INTO company_facts VALUES (1, 'employees', '62', "
                                            "'https://grebe.example/a-propos', 0)"));
        sc::models::Sql::run(db,
                             QStringLiteral("INSERT INTO prospects (company_id, first_name, created_at, updated_at) "
                                            "VALUES (1, 'A', 0, 0)"));
        icp.save(db);
        QCOMPARE(LeadScorer::inputFor(db, 1).employees, QStringLiteral("62"));
        for (const LeadScorer::Engine engine : {LeadScorer::Engine::Native, LeadScorer::Engine::Sql}) {
            sc::models::Sql::run(db, QStringLiteral("UPDATE prospect_scores SET score = 0"));
            LeadScorer::rescoreAll(db, engine);
            QCOMPARE(sc::models::Sql::scalar(db, QStringLiteral("SELECT score FROM prospect_scores")).toInt(), 15);
        }
        ws.releaseConnection();
    }
};

QTEST_GUILESS_MAIN(TestResearchHeadcount)
#include "test_research_headcount.moc"
