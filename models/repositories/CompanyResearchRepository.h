#pragma once

#include "../entities/Job.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::models {

// What research found about a company, fact by fact, with its source page and fetch time
// (company_facts), and the company's own columns filled from it — never over a value the rep gave
// (typed, imported): research only replaces what is empty or what research itself wrote before.
class CompanyResearchRepository
{
public:
    struct Fact
    {
        QString field; // name, description, language, country, address, phones, emails, social, technologies, size_hint
        QString value; // text; lists and maps as JSON
        QString sourceUrl;
        qint64 fetchedAt = 0;
    };

    // The Research agent's jobs: a company's site by domain (or URL), or a prospect's company.
    static constexpr const char* JobKind = "research.company";
    static NewJob domainJob(const QString& domainOrUrl);
    static NewJob prospectJob(qint64 prospectId);

    explicit CompanyResearchRepository(QSqlDatabase db);
    // Companies themselves are found or made by CompanyRepository.
    void store(qint64 companyId, const QList<Fact>& facts, qint64 now);
    QList<Fact> facts(qint64 companyId) const;

    // What email checks learn from: people at the domain with their addresses (first, last, email),
    // and the addresses at the domain the company published or that wrote to the rep.
    struct Person
    {
        QString first;
        QString last;
        QString email;
    };
    QList<Person> peopleAt(const QString& domain) const;
    // The prospect whose address is checked (live or in the trash), as stored; nullopt when gone.
    std::optional<Person> personOf(qint64 prospectId) const;
    QStringList publishedOrSeenAt(const QString& domain) const;
    // The prospect's email verdict: verified, likely, unknown, invalid, with its reason.
    void setEmailVerdict(qint64 prospectId, const QString& verdict, const QString& reason, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
