#include "ProspectRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/SqlDialect.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

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

QString ProspectRepository::fromWhere(const ProspectQuery& query) const
{
    QString sql = QStringLiteral(" FROM prospects p LEFT JOIN companies c ON c.id = p.company_id WHERE 1 = 1");
    if (!SqlDialect::fullTextQuery(query.search).isEmpty()) {
        sql += QStringLiteral(" AND ") + SqlDialect::prospectSearchCondition();
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
        sql += QStringLiteral(" AND p.score >= :minScore");
    }
    if (query.maxScore < 100) {
        sql += QStringLiteral(" AND p.score <= :maxScore");
    }
    if (query.contactedSince) {
        sql += QStringLiteral(" AND p.last_contacted_at >= :since");
    }
    if (query.idOnly) {
        sql += QStringLiteral(" AND p.id = :onlyId");
    }
    return sql;
}

void ProspectRepository::bindQuery(QSqlQuery& q, const ProspectQuery& query) const
{
    const QString fts = SqlDialect::fullTextQuery(query.search);
    if (!fts.isEmpty()) {
        q.bindValue(QStringLiteral(":fts"), fts);
    }
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

int ProspectRepository::count(const ProspectQuery& query) const
{
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*)") + fromWhere(query));
    bindQuery(q, query);
    Sql::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Prospect> ProspectRepository::page(const ProspectQuery& query, int offset, int limit, bool withDetails) const
{
    // Every sort ends on p.id so pages never overlap or skip rows that tie.
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (query.sort) {
    case ProspectQuery::SortKey::Name:
        order = QStringLiteral("p.last_name COLLATE NOCASE%1, p.first_name COLLATE NOCASE%1").arg(dir);
        break;
    case ProspectQuery::SortKey::Company:
        order = QStringLiteral("c.name COLLATE NOCASE") + dir;
        break;
    case ProspectQuery::SortKey::Title:
        order = QStringLiteral("p.title COLLATE NOCASE") + dir;
        break;
    case ProspectQuery::SortKey::Email:
        order = QStringLiteral("p.email COLLATE NOCASE") + dir;
        break;
    case ProspectQuery::SortKey::Stage:
        order = QStringLiteral("(SELECT position FROM stages WHERE key = p.status)") + dir;
        break;
    case ProspectQuery::SortKey::Score:
        order = QStringLiteral("p.score") + dir;
        break;
    case ProspectQuery::SortKey::LastContacted:
        order = QStringLiteral("p.last_contacted_at") + dir;
        break;
    }
    QSqlQuery q = Sql::prepare(
        m_db,
        QStringLiteral("SELECT p.id, p.company_id, c.name, p.first_name, p.last_name, p.email, p.title, p.phone, "
                       "p.language, p.status, p.score, p.source, p.last_contacted_at, p.created_at, c.domain, "
                       "c.country, p.owner, p.notes, p.deal_value_cents")
            + fromWhere(query) + QStringLiteral(" ORDER BY ") + order + QStringLiteral(", p.id") + dir
            + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindQuery(q, query);
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
        p.companyDomain = q.value(14).toString();
        p.country = q.value(15).toString();
        p.owner = q.value(16).toString();
        p.notes = q.value(17).toString();
        p.dealValueCents = q.value(18).toLongLong();
        rows.append(p);
    }
    if (withDetails && !rows.isEmpty()) {
        QSqlQuery tags
            = Sql::prepare(m_db,
                           QStringLiteral("SELECT t.name FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id "
                                          "WHERE pt.prospect_id = :id ORDER BY t.name COLLATE NOCASE"));
        for (Prospect& p : rows) {
            tags.bindValue(QStringLiteral(":id"), p.id);
            Sql::exec(tags);
            while (tags.next()) {
                p.tags.append(tags.value(0).toString());
            }
        }
    }
    return rows;
}

std::optional<Prospect> ProspectRepository::find(qint64 id) const
{
    ProspectQuery query;
    query.idOnly = id;
    const QList<Prospect> rows = page(query, 0, 1, true);
    return rows.isEmpty() ? std::nullopt : std::optional<Prospect>(rows.first());
}

QList<ProspectRepository::Activity> ProspectRepository::activities(qint64 prospectId, int limit) const
{
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("SELECT occurred_at, kind, summary, actor FROM activities WHERE prospect_id = :p "
                                  "ORDER BY occurred_at DESC, id DESC LIMIT :l"),
                   {{":p", prospectId}, {":l", limit}});
    QList<Activity> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return list;
}

void ProspectRepository::setNotes(qint64 id, const QString& notes, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("UPDATE prospects SET notes = :n, updated_at = :now WHERE id = :id AND notes IS NOT :n"),
        {{":n", notes}, {":now", now}, {":id", id}});
    if (q.numRowsAffected() == 0) {
        return;
    }
    AuditLog log(m_db);
    log.addActivity(id, QStringLiteral("notes.edited"), QStringLiteral("Notes edited"), actor,
                    QStringLiteral("prospects"), id, now);
    log.append(actor, QStringLiteral("prospects.notes"), QStringLiteral("prospects"), id, {}, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

QList<QPair<QString, QString>> ProspectRepository::stages() const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT key, name FROM stages ORDER BY position"));
    QList<QPair<QString, QString>> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString()});
    }
    return list;
}

int ProspectRepository::setStage(const QList<qint64>& ids, const QString& stageKey, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    if (!Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE key = :k"), {{":k", stageKey}}).isValid()) {
        throw StoreError(QStringLiteral("there is no stage \"%1\"").arg(stageKey));
    }
    QSqlQuery update = Sql::prepare(
        m_db, QStringLiteral("UPDATE prospects SET status = :s, updated_at = :now WHERE id = :id AND status <> :s"));
    AuditLog log(m_db);
    int changed = 0;
    for (qint64 id : ids) {
        Sql::bind(update, {{":s", stageKey}, {":now", now}, {":id", id}});
        Sql::exec(update);
        if (update.numRowsAffected() > 0) {
            ++changed;
            log.addActivity(id, QStringLiteral("stage.changed"), QStringLiteral("Stage changed to %1").arg(stageKey),
                            actor, QStringLiteral("prospects"), id, now);
        }
    }
    log.append(actor, QStringLiteral("prospects.stage"), QStringLiteral("prospects"), 0,
               QStringLiteral("%1 prospects moved to %2").arg(changed).arg(stageKey), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return changed;
}

int ProspectRepository::addTag(const QList<qint64>& ids, const QString& tag, const QString& actor, qint64 now)
{
    const QString name = tag.simplified();
    if (name.isEmpty()) {
        return 0;
    }
    Transaction transaction(m_db);
    Sql::run(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (:n) ON CONFLICT (name) DO NOTHING"), {{":n", name}});
    const qint64 tagId
        = Sql::scalar(m_db, QStringLiteral("SELECT id FROM tags WHERE name = :n"), {{":n", name}}).toLongLong();
    QSqlQuery link = Sql::prepare(
        m_db, QStringLiteral("INSERT OR IGNORE INTO prospect_tags (prospect_id, tag_id) VALUES (:p, :t)"));
    int changed = 0;
    for (qint64 id : ids) {
        Sql::bind(link, {{":p", id}, {":t", tagId}});
        Sql::exec(link);
        changed += link.numRowsAffected() > 0 ? 1 : 0;
    }
    AuditLog(m_db).append(actor, QStringLiteral("prospects.tag"), QStringLiteral("tags"), tagId,
                          QStringLiteral("%1 prospects tagged %2").arg(changed).arg(name), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return changed;
}

} // namespace sc::models
