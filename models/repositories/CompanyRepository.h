#pragma once

#include "../entities/Company.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace sc::models {

// Companies, and the one rule that finds or creates the company a prospect works for: by its domain
// (public-suffix aware) when there is one, else by name. The import, the local API and research all
// go through here, so a company is never made twice under different rules. Lookups and inserts reuse
// statements prepared once per repository, so a bulk import runs at SQLite speed.
class CompanyRepository
{
public:
    explicit CompanyRepository(QSqlDatabase db);

    // The domain a prospect's company is known by: the given domain or website's, else the address's
    // unless it is a webmail's or an ISP's. Empty: the company is known by name only.
    static QString domainFor(const QString& domainOrWebsite, const QString& email);

    // The company with this domain (as domainFor() gives it), or 0.
    qint64 findByDomain(const QString& domain) const;
    // A company known by name only (no domain), in any case, or 0.
    qint64 findByName(const QString& name) const;
    // Inserts the company as given and returns its id. No change notice: the prospects written with
    // it send one (an import would otherwise wake the views once per company).
    qint64 create(const Company& company, qint64 now);
    // By domain when there is one, else by name; made when new, named after its domain when unnamed,
    // with https://domain as its website when none is given. 0 when there is neither name nor domain.
    qint64 findOrCreate(const QString& name, const QString& domain, const QString& website, qint64 now);
    // Research's door: the company of this domain or web address, made when new.
    qint64 forDomain(const QString& domainOrUrl, qint64 now);

    std::optional<Company> find(qint64 id) const;
    // The company a prospect works for (live or in the trash), or nullopt when none.
    std::optional<Company> ofProspect(qint64 prospectId) const;
    // Keyset pages for scripts (the local API): companies after an id, in id order.
    QList<Company> afterId(qint64 afterId, int limit) const;

private:
    QSqlDatabase m_db;
    // Prepared on first use.
    mutable QSqlQuery m_byDomain;
    mutable QSqlQuery m_byName;
    QSqlQuery m_insert;
};

} // namespace sc::models
