#include "CompanyRepository.h"

#include "../import/Normalize.h"
#include "../store/Sql.h"

namespace sc::models {

namespace {

// Runs a one-column lookup prepared once; returns the id found or 0.
qint64 lookup(const QSqlDatabase& db, QSqlQuery& statement, const char* sql, const char* name, const QString& value)
{
    if (statement.lastQuery().isEmpty()) {
        statement = Sql::prepare(db, QString::fromLatin1(sql));
    }
    Sql::bind(statement, {{name, value}});
    Sql::exec(statement);
    const qint64 id = statement.next() ? statement.value(0).toLongLong() : 0;
    statement.finish();
    return id;
}

Company readCompany(const QSqlQuery& q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.domain = q.value(2).toString();
    c.website = q.value(3).toString();
    c.industry = q.value(4).toString();
    c.sizeRange = q.value(5).toString();
    c.country = q.value(6).toString();
    c.city = q.value(7).toString();
    return c;
}

const char* const Columns = "c.id, c.name, coalesce(c.domain, ''), coalesce(c.website, ''), coalesce(c.industry, ''), "
                            "coalesce(c.size_range, ''), coalesce(c.country, ''), coalesce(c.city, '')";

} // namespace

CompanyRepository::CompanyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString CompanyRepository::domainFor(const QString& domainOrWebsite, const QString& email)
{
    QString domain = Normalize::companyDomain(domainOrWebsite);
    if (domain.isEmpty()) {
        const QString mailDomain = email.section(QLatin1Char('@'), 1);
        if (!Normalize::isPersonalMailDomain(mailDomain)) {
            domain = Normalize::companyDomain(mailDomain);
        }
    }
    return domain;
}

qint64 CompanyRepository::findByDomain(const QString& domain) const
{
    return lookup(m_db, m_byDomain, "SELECT id FROM companies WHERE domain = :d", ":d", domain);
}

qint64 CompanyRepository::findByName(const QString& name) const
{
    return lookup(m_db, m_byName, "SELECT id FROM companies WHERE name = :n COLLATE NOCASE AND domain IS NULL", ":n",
                  name);
}

qint64 CompanyRepository::create(const Company& c, qint64 now)
{
    if (m_insert.lastQuery().isEmpty()) {
        m_insert = Sql::prepare(
            m_db,
            QStringLiteral("INSERT INTO companies (name, domain, website, industry, size_range, country, city, "
                           "created_at, updated_at) VALUES (:name, :domain, :web, :ind, :size, :country, :city, :now, "
                           ":now)"));
    }
    Sql::bind(m_insert,
              {{":name", c.name},
               {":domain", Sql::orNull(c.domain)},
               {":web", Sql::orNull(c.website)},
               {":ind", Sql::orNull(c.industry)},
               {":size", Sql::orNull(c.sizeRange)},
               {":country", Sql::orNull(c.country)},
               {":city", Sql::orNull(c.city)},
               {":now", now}});
    Sql::exec(m_insert);
    return m_insert.lastInsertId().toLongLong();
}

qint64 CompanyRepository::findOrCreate(const QString& name, const QString& domain, const QString& website, qint64 now)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty() && domain.isEmpty()) {
        return 0;
    }
    if (const qint64 id = domain.isEmpty() ? findByName(cleanName) : findByDomain(domain); id > 0) {
        return id;
    }
    Company c;
    c.name = cleanName.isEmpty() ? domain : cleanName; // named after its domain until research names it
    c.domain = domain;
    c.website = website.isEmpty() && !domain.isEmpty() ? QStringLiteral("https://") + domain : website;
    return create(c, now);
}

qint64 CompanyRepository::forDomain(const QString& domainOrUrl, qint64 now)
{
    return findOrCreate(QString(), Normalize::companyDomain(domainOrUrl), QString(), now);
}

std::optional<Company> CompanyRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT %1 FROM companies c WHERE c.id = :id").arg(QLatin1String(Columns)), {{":id", id}});
    return q.next() ? std::optional<Company>(readCompany(q)) : std::nullopt;
}

std::optional<Company> CompanyRepository::ofProspect(qint64 prospectId) const
{
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("SELECT %1 FROM prospects p JOIN companies c ON c.id = p.company_id WHERE p.id = :p")
                       .arg(QLatin1String(Columns)),
                   {{":p", prospectId}});
    return q.next() ? std::optional<Company>(readCompany(q)) : std::nullopt;
}

QList<Company> CompanyRepository::afterId(qint64 afterId, int limit) const
{
    QList<Company> out;
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM companies c WHERE c.id > :after ORDER BY c.id LIMIT :limit")
                               .arg(QLatin1String(Columns)),
                           {{":after", afterId}, {":limit", limit}});
    while (q.next()) {
        out.append(readCompany(q));
    }
    return out;
}

} // namespace sc::models
