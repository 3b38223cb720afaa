// `sales-copilot-cli enrich DOMAIN|URL`: what a company's own website says about it.
#include "Cli.h"
#include "agents/research/EmailFinder.h"
#include "agents/research/ResearchAgent.h"
#include "agents/research/SiteResearch.h"
#include "models/Clock.h"
#include "models/repositories/CompanyRepository.h"
#include "models/scoring/LeadScorer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

namespace sc::app {

int Cli::cmdEnrich(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("delay-ms"), tr("Wait at least this long between two requests to the site"),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("timeout-ms"), tr("Give up on a page after this long"), QStringLiteral("MS")});
    parser.addOption({QStringLiteral("connect-to"),
                      tr("Reach HOST:PORT at CONNECT-HOST:CONNECT-PORT instead (a test server, a proxy)"),
                      QStringLiteral("HOST:PORT:CONNECT-HOST:CONNECT-PORT")});
    parser.addOption({QStringLiteral("save"), tr("Keep what was found in the workspace (the company's facts)")});
    if (!parser.parse(QStringList {QStringLiteral("enrich")} + args)) {
        return usage(parser.errorText());
    }
    const QStringList targets = parser.positionalArguments();
    if (targets.size() != 1) {
        return usage(tr("enrich needs one domain or web address"));
    }
    agents::research::SiteResearch::Settings settings;
    bool ok = true;
    if (parser.isSet(QStringLiteral("delay-ms"))) {
        settings.delayMs = parser.value(QStringLiteral("delay-ms")).toInt(&ok);
        if (!ok || settings.delayMs < 0) {
            return usage(tr("--delay-ms must be a number of milliseconds"));
        }
    }
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        settings.http.timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || settings.http.timeoutMs < 100) {
            return usage(tr("--timeout-ms must be a number of milliseconds, 100 or more"));
        }
        settings.http.connectTimeoutMs = std::min(settings.http.connectTimeoutMs, settings.http.timeoutMs);
    }
    settings.http.connectTo = parser.values(QStringLiteral("connect-to"));
    agents::research::SiteResearch research(settings);
    const agents::research::SiteResearch::Result result = research.run(targets.first());
    if (!result.ok) {
        return fail(result.error);
    }
    const agents::research::CompanyFacts& f = result.facts;
    qint64 companyId = 0;
    if (parser.isSet(QStringLiteral("save"))) {
        if (!openWorkspace()) {
            return 1;
        }
        const qint64 now = Clock::instance().nowMs();
        models::CompanyResearchRepository companies(m_workspace->connection());
        companyId = models::CompanyRepository(m_workspace->connection()).forDomain(f.domain, now);
        companies.store(companyId, agents::research::ResearchAgent::storedFacts(f, now), now);
    }
    if (m_json) {
        QJsonObject json = f.toJson();
        if (companyId > 0) {
            json.insert(QStringLiteral("company"), companyId);
        }
        json.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped));
        printJson(json);
        return 0;
    }
    auto line = [this](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            print(QStringLiteral("%1: %2").arg(label, value));
        }
    };
    line(tr("Company"), f.name);
    line(tr("Description"), f.description);
    line(tr("Language"), f.language);
    line(tr("Country"), f.country);
    line(tr("Address"), f.address);
    line(tr("Phones"), f.phones.join(QStringLiteral(", ")));
    line(tr("Emails"), f.emails.join(QStringLiteral(", ")));
    QStringList social;
    for (auto it = f.social.cbegin(); it != f.social.cend(); ++it) {
        social.append(it.value());
    }
    line(tr("Profiles"), social.join(QStringLiteral(", ")));
    line(tr("Technologies"), f.technologies.join(QStringLiteral(", ")));
    line(tr("Size"), f.sizeHint.isEmpty() ? QString() : tr("%1 employees").arg(f.sizeHint));
    line(tr("Read"), f.sources.join(QStringLiteral(", ")));
    for (const QString& skipped : result.skipped) {
        QTextStream(stderr) << tr("skipped %1").arg(skipped) << "\n";
    }
    return 0;
}

} // namespace sc::app

namespace sc::app {

namespace {

QJsonObject verdictJson(const agents::research::EmailFinder::Verdict& v)
{
    return {{QStringLiteral("address"), v.address},    {QStringLiteral("status"), v.status},
            {QStringLiteral("reason"), v.reason},      {QStringLiteral("role"), v.role},
            {QStringLiteral("free_mail"), v.freeMail}, {QStringLiteral("pattern"), v.pattern}};
}

} // namespace

int Cli::cmdEmail(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("first"), tr("First name"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("last"), tr("Last name"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("domain"), tr("The company's domain"), QStringLiteral("DOMAIN")});
    parser.addOption({QStringLiteral("dns"), tr("Ask this DNS server (an IP address) instead of the system's"),
                      QStringLiteral("IP")});
    if (!parser.parse(QStringList {QStringLiteral("email")} + args.mid(1))) {
        return usage(parser.errorText());
    }
    QHostAddress nameserver;
    if (parser.isSet(QStringLiteral("dns")) && !nameserver.setAddress(parser.value(QStringLiteral("dns")))) {
        return usage(tr("--dns must be an IP address"));
    }
    const QString first = parser.value(QStringLiteral("first"));
    const QString last = parser.value(QStringLiteral("last"));
    QString domain = parser.value(QStringLiteral("domain")).toLower();
    QStringList addresses;
    if (sub == QLatin1String("verify")) {
        if (parser.positionalArguments().size() != 1) {
            return usage(tr("email verify needs one address"));
        }
        addresses = parser.positionalArguments();
        domain = addresses.first().section(QLatin1Char('@'), 1).toLower();
    } else if (sub != QLatin1String("find") || first.isEmpty() || domain.isEmpty()) {
        return usage(tr("email needs: find --first NAME [--last NAME] --domain DOMAIN, or verify ADDRESS"));
    }
    // What the workspace knows about the domain: its people's addresses, published ones, senders.
    QList<agents::research::EmailFinder::Known> known;
    QStringList proof;
    if (openWorkspace()) {
        const models::CompanyResearchRepository repo(m_workspace->connection());
        const QList<models::CompanyResearchRepository::Person> people = repo.peopleAt(domain);
        for (const auto& p : people) {
            known.append({p.first, p.last, p.email});
        }
        proof = repo.publishedOrSeenAt(domain);
    } else {
        return 1;
    }
    int support = 0;
    const QString learned = agents::research::EmailFinder::learnPattern(known, &support);
    if (sub == QLatin1String("find")) {
        addresses = agents::research::EmailFinder::candidates(first, last, domain, learned);
    }
    QStringList hosts;
    QString dnsError;
    const agents::research::MxChecker::Answer mx
        = agents::research::MxChecker(nameserver).check(domain, &hosts, &dnsError);

    QJsonArray results;
    for (const QString& address : std::as_const(addresses)) {
        const agents::research::EmailFinder::Verdict v
            = agents::research::verifyEmail(address, first, last, mx, learned, support, proof);
        results.append(verdictJson(v));
        if (!m_json) {
            print(QStringLiteral("%1  %2  %3").arg(v.address, v.status, v.reason));
        }
    }
    if (m_json) {
        printJson(sub == QLatin1String("verify")
                      ? QJsonValue(results.first())
                      : QJsonValue(QJsonObject {{QStringLiteral("domain"), domain},
                                                {QStringLiteral("pattern"), learned},
                                                {QStringLiteral("mx"), QJsonArray::fromStringList(hosts)},
                                                {QStringLiteral("candidates"), results}}));
    }
    return 0;
}

} // namespace sc::app

namespace sc::app {

int Cli::cmdScore(const QStringList& args)
{
    if (!args.isEmpty()) {
        return usage(tr("score takes no arguments"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const int changed = models::LeadScorer::rescoreAll(m_workspace->connection());
    const qint64 ms = timer.elapsed();
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("changed"), changed}, {QStringLiteral("ms"), ms}});
    } else {
        print(tr("%n score(s) changed in %1 ms", nullptr, changed).arg(ms));
    }
    return 0;
}

} // namespace sc::app
