#include "ProspectRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"

namespace sc::models {

namespace {
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

ProspectRepository::ProspectRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 ProspectRepository::insertCompany(const Company& c, qint64 now)
{
    if (!m_insertCompany.isValid()) {
        m_insertCompany = Sql::prepare(
            m_db,
            QStringLiteral("INSERT INTO companies (name, domain, website, industry, size_range, country, city, "
                           "created_at, updated_at) VALUES (:name, :domain, :web, :ind, :size, :country, :city, :now, "
                           ":now)"));
    }
    Sql::bind(m_insertCompany,
              {{":name", c.name},
               {":domain", orNull(c.domain)},
               {":web", orNull(c.website)},
               {":ind", orNull(c.industry)},
               {":size", orNull(c.sizeRange)},
               {":country", orNull(c.country)},
               {":city", orNull(c.city)},
               {":now", now}});
    Sql::exec(m_insertCompany);
    ChangeHub::notify(ChangeHub::Prospects);
    return m_insertCompany.lastInsertId().toLongLong();
}

qint64 ProspectRepository::insertProspect(const Prospect& p, qint64 now)
{
    if (!m_insertProspect.isValid()) {
        m_insertProspect = Sql::prepare(
            m_db,
            QStringLiteral("INSERT INTO prospects (company_id, first_name, last_name, email, title, phone, language, "
                           "status, score, source, last_contacted_at, created_at, updated_at) VALUES (:c, :fn, :ln, "
                           ":email, :title, :phone, :lang, :status, :score, :source, :last, :now, :now)"));
    }
    Sql::bind(
        m_insertProspect,
        {{":c", p.companyId > 0 ? QVariant(p.companyId) : QVariant(QMetaType(QMetaType::LongLong))},
         {":fn", p.firstName},
         {":ln", p.lastName},
         {":email", orNull(p.email)},
         {":title", orNull(p.title)},
         {":phone", orNull(p.phone)},
         {":lang", p.language},
         {":status", p.status},
         {":score", p.score},
         {":source", orNull(p.source)},
         {":last", p.lastContactedAt > 0 ? QVariant(p.lastContactedAt) : QVariant(QMetaType(QMetaType::LongLong))},
         {":now", now}});
    Sql::exec(m_insertProspect);
    ChangeHub::notify(ChangeHub::Prospects);
    return m_insertProspect.lastInsertId().toLongLong();
}

QString ProspectRepository::whereClause(const QString& search) const
{
    if (search.trimmed().isEmpty()) {
        return {};
    }
    return QStringLiteral(" WHERE (p.first_name || ' ' || p.last_name LIKE :q ESCAPE '\\' OR p.email LIKE :q ESCAPE "
                          "'\\' OR c.name LIKE :q ESCAPE '\\' OR p.title LIKE :q ESCAPE '\\')");
}

int ProspectRepository::count(const QString& search) const
{
    QSqlQuery q
        = Sql::prepare(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM prospects p LEFT JOIN companies c ON c.id = p.company_id")
                           + whereClause(search));
    if (!search.trimmed().isEmpty()) {
        q.bindValue(QStringLiteral(":q"), Sql::likePattern(search.trimmed()));
    }
    Sql::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Prospect> ProspectRepository::page(const QString& search, int offset, int limit) const
{
    QSqlQuery q = Sql::prepare(
        m_db,
        QStringLiteral("SELECT p.id, p.company_id, c.name, p.first_name, p.last_name, p.email, p.title, p.phone, "
                       "p.language, p.status, p.score, p.source, p.last_contacted_at, p.created_at "
                       "FROM prospects p LEFT JOIN companies c ON c.id = p.company_id")
            + whereClause(search)
            + QStringLiteral(" ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id "
                             "LIMIT :limit OFFSET :offset"));
    if (!search.trimmed().isEmpty()) {
        q.bindValue(QStringLiteral(":q"), Sql::likePattern(search.trimmed()));
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    Sql::exec(q);
    QList<Prospect> rows;
    while (q.next()) {
        Prospect p;
        p.id = q.value(0).toLongLong();
        p.companyId = q.value(1).toLongLong();
        p.companyName = q.value(2).toString();
        p.firstName = q.value(3).toString();
        p.lastName = q.value(4).toString();
        p.email = q.value(5).toString();
        p.title = q.value(6).toString();
        p.phone = q.value(7).toString();
        p.language = q.value(8).toString();
        p.status = q.value(9).toString();
        p.score = q.value(10).toInt();
        p.source = q.value(11).toString();
        p.lastContactedAt = q.value(12).toLongLong();
        p.createdAt = q.value(13).toLongLong();
        rows.append(p);
    }
    return rows;
}

} // namespace sc::models
