#include "ResearchAgent.h"

#include "EmailFinder.h"
#include "agents/core/JobRun.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/scoring/LeadScorer.h"
#include "models/settings/WorkspaceSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sc::agents::research {

ResearchAgent::ResearchAgent()
    : Agent(QStringLiteral("research"),
            {QString::fromLatin1(CompanyKind), QString::fromLatin1(models::LeadScorer::JobKind)})
{
}

QString ResearchAgent::displayName() const
{
    return tr("Research");
}

QString ResearchAgent::describeKind(const QString& kind) const
{
    if (kind == QLatin1String(models::LeadScorer::JobKind)) {
        return tr("Score the prospects");
    }
    return kind == QLatin1String(CompanyKind) ? tr("Research a company's website") : kind;
}

models::NewJob ResearchAgent::companyJob(const QString& domain)
{
    return models::CompanyResearchRepository::domainJob(domain);
}

models::NewJob ResearchAgent::prospectJob(qint64 prospectId)
{
    return models::CompanyResearchRepository::prospectJob(prospectId);
}

QList<models::CompanyResearchRepository::Fact> ResearchAgent::storedFacts(const CompanyFacts& f, qint64 fetchedAt)
{
    const QString fallback = f.sources.value(0);
    auto fact = [&](const char* field, const QString& value) {
        const QString key = QLatin1String(field);
        return models::CompanyResearchRepository::Fact {key, value, f.sourceOf.value(key, fallback), fetchedAt};
    };
    auto list = [](const QStringList& values) {
        return values.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
    };
    QJsonObject social;
    for (auto it = f.social.cbegin(); it != f.social.cend(); ++it) {
        social.insert(it.key(), it.value());
    }
    // The companies column takes the size bucket alone; the stated headcount is a fact of its own.
    return {
        fact("name", f.name),
        fact("description", f.description),
        fact("language", f.language),
        fact("country", f.country),
        fact("address", f.address),
        fact("phones", list(f.phones)),
        fact("emails", list(f.emails)),
        fact("social",
             social.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(social).toJson(QJsonDocument::Compact))),
        fact("technologies", list(f.technologies)),
        fact("size_hint", f.sizeHint.section(QStringLiteral(" ("), 0, 0)),
        fact("employees", f.employees.stated() ? f.employees.asStated() : QString())};
}

SiteResearch::Settings ResearchAgent::settingsFrom(const QSqlDatabase& db)
{
    const models::WorkspaceSettings settings(db);
    SiteResearch::Settings s;
    s.delayMs = settings.integer(models::Setting::ResearchDelayMs);
    const int timeout = settings.integer(models::Setting::ResearchTimeoutMs);
    s.http.timeoutMs = timeout;
    s.http.connectTimeoutMs = std::min(s.http.connectTimeoutMs, timeout);
    s.http.connectTo = settings.list(models::Setting::ResearchConnectTo);
    s.http.allowLocalNetwork = settings.flag(models::Setting::ResearchAllowLocalNetwork);
    return s;
}

void ResearchAgent::execute(JobRun* run)
{
    const QSqlDatabase db = workspace().connection();
    if (run->kind() == QLatin1String(models::LeadScorer::JobKind)) {
        run->reportProgress(10, tr("Scoring the prospects"));
        const int changed = models::LeadScorer::rescoreAll(db);
        if (changed > 0) {
            models::ChangeHub::notify(models::ChangeHub::Prospects);
        }
        run->succeed({{QStringLiteral("changed"), changed}});
        return;
    }
    const QJsonObject payload = run->payload();
    QString domain = payload.value(QStringLiteral("domain")).toString();
    qint64 companyId = payload.value(QStringLiteral("company")).toInteger();
    if (const qint64 prospect = payload.value(QStringLiteral("prospect")).toInteger(); prospect > 0) {
        const std::optional<models::Company> company = models::CompanyRepository(db).ofProspect(prospect);
        if (!company || company->domain.isEmpty()) {
            run->fail(tr("This prospect has no company website to research."), JobRun::Retry::No);
            return;
        }
        companyId = company->id;
        domain = company->domain;
    } else if (companyId > 0 && domain.isEmpty()) {
        if (const std::optional<models::Company> company = models::CompanyRepository(db).find(companyId)) {
            domain = company->domain;
        }
    }
    if (domain.isEmpty()) {
        run->fail(tr("No website to research."), JobRun::Retry::No);
        return;
    }
    run->reportProgress(5, tr("Reading %1").arg(domain));
    SiteResearch research(settingsFrom(db));
    const SiteResearch::Result result = research.run(
        domain, [run] { return run->isCancelRequested(); },
        [run](int percent, const QString& page) { run->reportProgress(percent, tr("Reading %1").arg(page)); });
    if (run->isCancelRequested()) {
        run->stopAsRequested();
        return;
    }
    if (!result.ok) {
        run->fail(result.error); // the site may be back later: retried with backoff
        return;
    }
    const qint64 now = Clock::instance().nowMs();
    models::CompanyResearchRepository companies(db);
    if (companyId == 0) {
        companyId = models::CompanyRepository(db).forDomain(domain, now);
    }
    companies.store(companyId, storedFacts(result.facts, now), now);
    // The prospect's own address, judged now that the company's published addresses are known.
    if (const qint64 prospect = payload.value(QStringLiteral("prospect")).toInteger(); prospect > 0) {
        const std::optional<models::CompanyResearchRepository::Person> checked = companies.personOf(prospect);
        if (checked && !checked->email.isEmpty()) {
            const QString email = checked->email;
            const QString emailDomain = email.section(QLatin1Char('@'), 1).toLower();
            QList<EmailFinder::Known> known;
            for (const auto& person : companies.peopleAt(emailDomain)) {
                if (person.email != email.toLower()) {
                    known.append({person.first, person.last, person.email});
                }
            }
            int support = 0;
            const QString learned = EmailFinder::learnPattern(known, &support);
            QStringList hosts;
            QString dnsError;
            QHostAddress nameserver;
            nameserver.setAddress(models::WorkspaceSettings(db).text(models::Setting::ResearchDns));
            const MxChecker::Answer mx = MxChecker(nameserver).check(emailDomain, &hosts, &dnsError);
            const EmailFinder::Verdict v = verifyEmail(email, checked->first, checked->last, mx, learned, support,
                                                       companies.publishedOrSeenAt(emailDomain));
            companies.setEmailVerdict(prospect, v.status, v.reason, now);
        }
    }
    // What research found may change scores (technologies, size, country).
    models::JobRepository(db).enqueue(models::LeadScorer::rescoreJob(), now);
    QJsonObject summary = result.facts.toJson();
    summary.insert(QStringLiteral("company"), companyId);
    summary.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped));
    run->succeed(summary);
}

} // namespace sc::agents::research
