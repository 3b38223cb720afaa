#pragma once

#include "CompanyFacts.h"
#include "SiteResearch.h"
#include "agents/core/Agent.h"
#include "models/repositories/CompanyResearchRepository.h"

namespace sc::agents::research {

// Researches companies as jobs: payload {"domain": D} (a new or known company), {"company": ID} or
// {"prospect": ID} (their company's domain). Jobs of this agent run one at a time, so a batch never
// opens more than one connection to a site; each site is read by SiteResearch's rules. Settings:
// "research.delay_ms" (1000) between two requests to a site, "research.timeout_ms" (15000) per page,
// "research.connect_to" (tests and proxies: HOST:PORT:CONNECT-HOST:CONNECT-PORT, comma-separated).
class ResearchAgent : public Agent
{
    Q_OBJECT
public:
    static constexpr const char* CompanyKind = models::CompanyResearchRepository::JobKind;

    ResearchAgent();
    QString displayName() const override;
    QString describeKind(const QString& kind) const override;

    static models::NewJob companyJob(const QString& domain);
    static models::NewJob prospectJob(qint64 prospectId);
    // The facts as stored: one per field, with the page it came from.
    static QList<models::CompanyResearchRepository::Fact> storedFacts(const CompanyFacts& facts, qint64 fetchedAt);
    static SiteResearch::Settings settingsFrom(const QSqlDatabase& db);

protected:
    void execute(JobRun* run) override;
};

} // namespace sc::agents::research
