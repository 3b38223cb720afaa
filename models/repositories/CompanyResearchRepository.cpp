#include "CompanyResearchRepository.h"

#include "../ChangeHub.h"
#include "../scoring/LeadScorer.h"
#include "../store/Sql.h"
#include "AuditLog.h"
#include "JobRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sc::models {

namespace {

// The companies column a fact fills, if any.
QString columnFor(const QString& field)
{
    static const QHash<QString, QString> columns {
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("description"), QStringLiteral("description")},
        {QStringLiteral("language"), QStringLiteral("language")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("address"), QStringLiteral("address")},
        {QStringLiteral("size_hint"), QStringLiteral("size_range")},
        {QStringLiteral("phones"), QStringLiteral("phone")},
    };
    return columns.value(field);
}

// A list fact (JSON array) fills its column with its first item.
QString columnValue(const QString& field, const QString& value)
{
    if (field == QLatin1String("phones")) {
        return QJsonDocument::fromJson(value.toUtf8()).array().at(0).toString();
    }
    return value;
}

} // namespace

NewJob CompanyResearchRepository::domainJob(const QString& domainOrUrl)
{
    NewJob job;
    job.kind = QString::fromLatin1(JobKind);
    job.payload = {{QStringLiteral("domain"), domainOrUrl.trimmed()}};
    job.maxAttempts = 3;
    job.dedupeKey = QStringLiteral("research:%1").arg(domainOrUrl.trimmed().toLower());
    return job;
}

NewJob CompanyResearchRepository::prospectJob(qint64 prospectId)
{
    NewJob job;
    job.kind = QString::fromLatin1(JobKind);
    job.payload = {{QStringLiteral("prospect"), prospectId}};
    job.maxAttempts = 3;
    job.dedupeKey = QStringLiteral("research:prospect:%1").arg(prospectId);
    return job;
}

CompanyResearchRepository::CompanyResearchRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void CompanyResearchRepository::store(qint64 companyId, const QList<Fact>& facts, qint64 now)
{
    Transaction transaction(m_db);
    for (const Fact& f : facts) {
        if (f.value.isEmpty() || f.value == QLatin1String("[]") || f.value == QLatin1String("{}")) {
            continue;
        }
        const QString column = columnFor(f.field);
        if (!column.isEmpty()) {
            // Fill the column when empty, or when it still holds what research wrote last time.
            const QVariant before = Sql::scalar(
                m_db, QStringLiteral("SELECT value FROM company_facts WHERE company_id = :c AND field = :f"),
                {{":c", companyId}, {":f", f.field}});
            const QString previous = before.isValid() ? columnValue(f.field, before.toString()) : QString();
            const QString domain
                = Sql::scalar(m_db, QStringLiteral("SELECT domain FROM companies WHERE id = :c"), {{":c", companyId}})
                      .toString();
            // A company named after its domain at creation is unnamed.
            const QString placeholder = column == QLatin1String("name") ? domain : QString();
            Sql::run(m_db,
                     QStringLiteral("UPDATE companies SET %1 = :v, updated_at = :now WHERE id = :c AND (coalesce(%1, "
                                    "'') = '' OR %1 = :prev OR %1 = :placeholder)")
                         .arg(column),
                     {{":v", columnValue(f.field, f.value)},
                      {":now", now},
                      {":c", companyId},
                      {":prev", previous},
                      {":placeholder", placeholder}});
        }
        Sql::run(m_db,
                 QStringLiteral("INSERT INTO company_facts (company_id, field, value, source_url, fetched_at) VALUES "
                                "(:c, :f, :v, :s, :t) ON CONFLICT (company_id, field) DO UPDATE SET value = "
                                "excluded.value, source_url = excluded.source_url, fetched_at = excluded.fetched_at"),
                 {{":c", companyId}, {":f", f.field}, {":v", f.value}, {":s", f.sourceUrl}, {":t", f.fetchedAt}});
    }
    Sql::run(m_db, QStringLiteral("UPDATE companies SET researched_at = :now WHERE id = :c"),
             {{":now", now}, {":c", companyId}});
    AuditLog(m_db).append(QStringLiteral("research"), QStringLiteral("company.researched"), QStringLiteral("companies"),
                          companyId, QString::number(facts.size()), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

QList<CompanyResearchRepository::Fact> CompanyResearchRepository::facts(qint64 companyId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT field, value, source_url, fetched_at FROM company_facts WHERE "
                                          "company_id = :c ORDER BY field"),
                           {{":c", companyId}});
    QList<Fact> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    return list;
}

QList<CompanyResearchRepository::Person> CompanyResearchRepository::peopleAt(const QString& domain) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT first_name, last_name, email FROM prospects WHERE email LIKE :d "
                                          "ESCAPE '\\' AND deleted_at IS NULL LIMIT 500"),
                           {{":d", QLatin1Char('%') + Sql::likePattern(QLatin1Char('@') + domain.toLower())}});
    QList<Person> people;
    while (q.next()) {
        people.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toLower()});
    }
    return people;
}

std::optional<CompanyResearchRepository::Person> CompanyResearchRepository::personOf(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT first_name, last_name, coalesce(email, '') FROM prospects WHERE id = :id"),
        {{":id", prospectId}});
    return q.next()
        ? std::optional<Person>(Person {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()})
        : std::nullopt;
}

QStringList CompanyResearchRepository::publishedOrSeenAt(const QString& domain) const
{
    QStringList out;
    QSqlQuery published = Sql::run(m_db,
                                   QStringLiteral("SELECT f.value FROM company_facts f JOIN companies c ON c.id = "
                                                  "f.company_id WHERE c.domain = :d AND f.field = 'emails'"),
                                   {{":d", domain.toLower()}});
    while (published.next()) {
        const QJsonArray emails = QJsonDocument::fromJson(published.value(0).toString().toUtf8()).array();
        for (const QJsonValue& e : emails) {
            out.append(e.toString().toLower());
        }
    }
    QSqlQuery seen = Sql::run(m_db,
                              QStringLiteral("SELECT DISTINCT lower(from_address) FROM messages WHERE direction = "
                                             "'inbound' AND from_address LIKE :d ESCAPE '\\' AND (classification IS "
                                             "NULL OR classification NOT IN ('bounce', 'complaint'))"),
                              {{":d", QLatin1Char('%') + Sql::likePattern(QLatin1Char('@') + domain.toLower())}});
    while (seen.next()) {
        out.append(seen.value(0).toString());
    }
    out.removeDuplicates();
    return out;
}

void CompanyResearchRepository::setEmailVerdict(qint64 prospectId, const QString& verdict, const QString& reason,
                                                qint64 now)
{
    Sql::run(m_db,
             QStringLiteral("UPDATE prospects SET email_verdict = :v, email_reason = :r, email_checked_at = :now WHERE "
                            "id = :id"),
             {{":v", verdict}, {":r", reason}, {":now", now}, {":id", prospectId}});
    JobRepository(m_db).enqueue(LeadScorer::rescoreJob(), now);
    ChangeHub::notify(ChangeHub::Prospects);
}

} // namespace sc::models
