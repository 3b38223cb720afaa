#include "ProspectQuerySql.h"

#include "../store/Sql.h"
#include "ProspectSearch.h"

namespace sc::models {

QString ProspectQuerySql::fromWhere(const ProspectQuery& query, Join join, bool denseSearch)
{
    QString sql = QStringLiteral(" FROM prospects p");
    if (join == Join::Inner) {
        sql += QStringLiteral(" JOIN companies c ON c.id = p.company_id");
    } else if (join == Join::Left || !query.country.isEmpty()) {
        sql += QStringLiteral(" LEFT JOIN companies c ON c.id = p.company_id");
    }
    // Every prospect has a score row. Sorted by score, SQLite walks the score index first; otherwise a
    // LEFT JOIN, last, keeps the scores out of the planner's choice of the first table.
    if (join != Join::None || query.minScore > 0 || query.maxScore < 100) {
        sql += query.sort == ProspectQuery::SortKey::Score
            ? QStringLiteral(" JOIN prospect_scores s ON s.prospect_id = p.id")
            : QStringLiteral(" LEFT JOIN prospect_scores s ON s.prospect_id = p.id");
    }
    // Counts may read the deleted_at index; pages must not (the "+"): without statistics the planner
    // takes it for a selective filter and sorts a million rows instead of walking the ORDER BY index.
    sql += join == Join::None ? QStringLiteral(" WHERE p.deleted_at IS NULL")
                              : QStringLiteral(" WHERE +p.deleted_at IS NULL");
    if (const ProspectSearch search = ProspectQuerySql::search(query); !search.isEmpty()) {
        sql += QStringLiteral(" AND ") + search.condition(denseSearch);
    }
    if (query.addressBook) {
        sql += QStringLiteral(" AND p.email IS NOT NULL AND p.email <> ''");
    }
    if (!query.stages.isEmpty()) {
        QStringList names;
        for (int i = 0; i < query.stages.size(); ++i) {
            names.append(QStringLiteral(":s%1").arg(i));
        }
        sql += QStringLiteral(" AND p.status IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (!query.owner.isEmpty()) {
        sql += QStringLiteral(" AND p.owner = :owner");
    }
    if (!query.tag.isEmpty()) {
        sql += QStringLiteral(
            " AND p.id IN (SELECT pt.prospect_id FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id "
            "WHERE t.name = :tag)");
    }
    if (!query.country.isEmpty()) {
        sql += QStringLiteral(" AND c.country = :country");
    }
    if (query.minScore > 0) {
        sql += QStringLiteral(" AND s.score >= :minScore");
    }
    if (query.maxScore < 100) {
        sql += QStringLiteral(" AND s.score <= :maxScore");
    }
    if (query.contactedSince) {
        sql += QStringLiteral(" AND p.last_contacted_at >= :since");
    }
    if (query.idOnly) {
        sql += QStringLiteral(" AND p.id = :onlyId");
    }
    return sql;
}

ProspectSearch ProspectQuerySql::search(const ProspectQuery& query)
{
    return ProspectSearch(query.search,
                          query.addressBook ? ProspectSearch::Fields::Contact : ProspectSearch::Fields::All);
}

void ProspectQuerySql::bind(QSqlQuery& q, const ProspectQuery& query)
{
    search(query).bind(q);
    for (int i = 0; i < query.stages.size(); ++i) {
        q.bindValue(QStringLiteral(":s%1").arg(i), query.stages.at(i));
    }
    if (!query.owner.isEmpty()) {
        q.bindValue(QStringLiteral(":owner"), query.owner);
    }
    if (!query.tag.isEmpty()) {
        q.bindValue(QStringLiteral(":tag"), query.tag);
    }
    if (!query.country.isEmpty()) {
        q.bindValue(QStringLiteral(":country"), query.country);
    }
    if (query.minScore > 0) {
        q.bindValue(QStringLiteral(":minScore"), query.minScore);
    }
    if (query.maxScore < 100) {
        q.bindValue(QStringLiteral(":maxScore"), query.maxScore);
    }
    if (query.contactedSince) {
        q.bindValue(QStringLiteral(":since"), *query.contactedSince);
    }
    if (query.idOnly) {
        q.bindValue(QStringLiteral(":onlyId"), *query.idOnly);
    }
}

QString ProspectQuerySql::columns()
{
    return QStringLiteral(
        "SELECT p.id, p.company_id, c.name, p.first_name, p.last_name, p.email, p.title, p.phone, p.language, "
        "p.status, s.score, p.source, p.last_contacted_at, p.created_at, c.domain, c.country, p.owner, p.notes, "
        "p.deal_value_cents");
}

Prospect ProspectQuerySql::readRow(QSqlQuery& q, QSqlQuery* tags)
{
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
    p.companyDomain = q.value(14).toString();
    p.country = q.value(15).toString();
    p.owner = q.value(16).toString();
    p.notes = q.value(17).toString();
    p.dealValueCents = q.value(18).toLongLong();
    if (tags != nullptr) {
        tags->bindValue(QStringLiteral(":id"), p.id);
        Sql::exec(*tags);
        while (tags->next()) {
            p.tags.append(tags->value(0).toString());
        }
    }
    return p;
}

} // namespace sc::models
