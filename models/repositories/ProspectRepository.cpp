#include "ProspectRepository.h"

#include "../ChangeHub.h"
#include "../import/Normalize.h"
#include "../scoring/LeadScorer.h"
#include "../store/Sql.h"
#include "../store/SqlDialect.h"
#include "../store/StoreError.h"
#include "AuditLog.h"
#include "DoNotContactRepository.h"
#include "JobRepository.h"

#include <functional>

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
    if (m_insertCompany.lastQuery().isEmpty()) { // prepared once per repository
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
    if (m_insertProspect.lastQuery().isEmpty()) {
        m_insertProspect = Sql::prepare(
            m_db,
            QStringLiteral("INSERT INTO prospects (company_id, first_name, last_name, email, title, phone, language, "
                           "status, stage_rank, source, last_contacted_at, created_at, updated_at) VALUES (:c, :fn, "
                           ":ln, :email, :title, :phone, :lang, :status, coalesce((SELECT position FROM stages WHERE "
                           "key = :status), 0), :source, :last, :now, :now)"));
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
         {":source", orNull(p.source)},
         {":last", p.lastContactedAt > 0 ? QVariant(p.lastContactedAt) : QVariant(QMetaType(QMetaType::LongLong))},
         {":now", now}});
    Sql::exec(m_insertProspect);
    const qint64 id = m_insertProspect.lastInsertId().toLongLong();
    if (p.score != 0) {
        // The insert trigger gave the prospect its score row (0).
        if (m_setScore.lastQuery().isEmpty()) {
            m_setScore
                = Sql::prepare(m_db, QStringLiteral("UPDATE prospect_scores SET score = :s WHERE prospect_id = :id"));
        }
        Sql::bind(m_setScore, {{":s", std::clamp(p.score, 0, 100)}, {":id", id}});
        Sql::exec(m_setScore);
    }
    ChangeHub::notify(ChangeHub::Prospects);
    return id;
}

QString ProspectRepository::fromWhere(const ProspectQuery& query, Join join, bool denseSearch) const
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
    if (!SqlDialect::fullTextQuery(query.search).isEmpty()) {
        sql += QStringLiteral(" AND ") + SqlDialect::prospectSearchCondition(denseSearch);
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
    ProspectQuery rest = query;
    rest.search.clear();
    if (!rest.hasFilter() && !query.idOnly && !SqlDialect::fullTextQuery(query.search).isEmpty()) {
        // A search alone is counted from the index, which holds live prospects only (migration 007).
        return Sql::scalar(m_db, SqlDialect::prospectSearchCount(), {{":fts", SqlDialect::fullTextQuery(query.search)}})
            .toInt();
    }
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*)") + fromWhere(query, Join::None, false));
    bindQuery(q, query);
    Sql::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Prospect> ProspectRepository::page(const ProspectQuery& query, int offset, int limit, bool withDetails) const
{
    QList<Prospect> rows;
    scan(query, offset, limit, withDetails, [&rows](Prospect&& p) {
        rows.append(std::move(p));
        return true;
    });
    return rows;
}

void ProspectRepository::scan(const ProspectQuery& query, int offset, int limit, bool withDetails,
                              const std::function<bool(Prospect&&)>& visit) const
{
    // Every sort ends on the prospect's id so pages never overlap or skip rows that tie.
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    bool tieBreak = true;
    switch (query.sort) {
    case ProspectQuery::SortKey::Name:
        order = QStringLiteral("p.last_name COLLATE NOCASE%1, p.first_name COLLATE NOCASE%1").arg(dir);
        break;
    case ProspectQuery::SortKey::Company:
        break; // below
    case ProspectQuery::SortKey::Title:
        order = QStringLiteral("p.title COLLATE NOCASE") + dir;
        break;
    case ProspectQuery::SortKey::Email:
        order = QStringLiteral("p.email COLLATE NOCASE") + dir;
        break;
    case ProspectQuery::SortKey::Stage:
        order = QStringLiteral("p.stage_rank") + dir; // the pipeline order (migration 006)
        break;
    case ProspectQuery::SortKey::Score:
        // With the score row's own id as the tie-break, SQLite walks the score index and stops at the page.
        order = QStringLiteral("s.score%1, s.prospect_id%1").arg(dir);
        tieBreak = false;
        break;
    case ProspectQuery::SortKey::LastContacted:
        order = QStringLiteral("p.last_contacted_at") + dir;
        break;
    }
    // A search that matches many prospects is read in the sort's index order, stopping at the page,
    // instead of sorting every match; a narrow one sorts its few matches.
    bool dense = false;
    if (const QString fts = SqlDialect::fullTextQuery(query.search); !fts.isEmpty()) {
        dense = Sql::scalar(m_db, SqlDialect::prospectSearchCount(DenseSearchMatches),
                            {{":fts", fts}, {":cap", DenseSearchMatches}})
                    .toInt()
            >= DenseSearchMatches;
    }
    const QString columns = QStringLiteral(
        "SELECT p.id, p.company_id, c.name, p.first_name, p.last_name, p.email, p.title, p.phone, p.language, "
        "p.status, s.score, p.source, p.last_contacted_at, p.created_at, c.domain, c.country, p.owner, p.notes, "
        "p.deal_value_cents");
    QSqlQuery tags;
    if (withDetails) {
        tags = Sql::prepare(m_db,
                            QStringLiteral("SELECT t.name FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id "
                                           "WHERE pt.prospect_id = :id ORDER BY t.name COLLATE NOCASE"));
    }
    bool stopped = false;
    // Runs one query and hands its rows to visit(); returns how many rows it read.
    auto read = [&](const QString& sql, int from, int count) {
        QSqlQuery q = Sql::prepare(m_db, sql + QStringLiteral(" LIMIT :limit OFFSET :offset"));
        bindQuery(q, query);
        q.bindValue(QStringLiteral(":limit"), count);
        q.bindValue(QStringLiteral(":offset"), from);
        Sql::exec(q);
        int n = 0;
        while (!stopped && q.next()) {
            ++n;
            stopped = !visit(readRow(q, withDetails ? &tags : nullptr));
        }
        return n;
    };
    if (query.sort != ProspectQuery::SortKey::Company) {
        read(columns + fromWhere(query, Join::Left, dense) + QStringLiteral(" ORDER BY ") + order
                 + (tieBreak ? QStringLiteral(", p.id") + dir : QString()),
             offset, limit);
        return;
    }
    // By company: a LEFT JOIN would make SQLite read every prospect and sort them. Prospects with a
    // company are read by walking the company-name index (then each company's prospects by id), and
    // those without one (NULL name: first ascending, last descending) by id, each part paged in turn.
    const QString withCompany = columns + fromWhere(query, Join::Inner, dense)
        + QStringLiteral(" ORDER BY c.name COLLATE NOCASE%1, c.id%1, p.id%1").arg(dir);
    const QString withoutCompany = columns + fromWhere(query, Join::Left, dense)
        + QStringLiteral(" AND p.company_id IS NULL ORDER BY p.id") + dir;
    auto countWithout = [&] {
        QSqlQuery q = Sql::prepare(m_db,
                                   QStringLiteral("SELECT COUNT(*)") + fromWhere(query, Join::Left, dense)
                                       + QStringLiteral(" AND p.company_id IS NULL"));
        bindQuery(q, query);
        Sql::exec(q);
        return q.next() ? q.value(0).toInt() : 0;
    };
    auto countWith = [&] {
        QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*)") + fromWhere(query, Join::Inner, dense));
        bindQuery(q, query);
        Sql::exec(q);
        return q.next() ? q.value(0).toInt() : 0;
    };
    const bool nullsFirst = !query.descending;
    const QString& firstPart = nullsFirst ? withoutCompany : withCompany;
    const QString& secondPart = nullsFirst ? withCompany : withoutCompany;
    const int unlimited = std::numeric_limits<int>::max();
    const int wanted = limit < 0 ? unlimited : limit;
    const int got = read(firstPart, offset, wanted);
    if (stopped || got == wanted) {
        return;
    }
    // The first part ended inside this page (or before it): the second part starts where it ended.
    const int firstSize = got > 0 ? offset + got : (nullsFirst ? countWithout() : countWith());
    read(secondPart, std::max(0, offset - firstSize), wanted == unlimited ? unlimited : wanted - got);
}

Prospect ProspectRepository::readRow(QSqlQuery& q, QSqlQuery* tags)
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
                   QStringLiteral("SELECT occurred_at, kind, summary, actor, coalesce(ref_table, ''), "
                                  "coalesce(ref_id, 0) FROM activities WHERE prospect_id = :p ORDER BY occurred_at "
                                  "DESC, id DESC LIMIT :l"),
                   {{":p", prospectId}, {":l", limit}});
    QList<Activity> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong()});
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

ProspectRepository::FilterChoices ProspectRepository::filterChoices() const
{
    auto column = [this](const QString& sql) {
        QStringList values;
        QSqlQuery q = Sql::run(m_db, sql);
        while (q.next()) {
            values.append(q.value(0).toString());
        }
        return values;
    };
    // Owners come from their partial index (migration 006); an owner whose prospects are all in the
    // trash may still be offered, and then filters to nothing.
    return {column(QStringLiteral("SELECT DISTINCT owner FROM prospects WHERE owner IS NOT NULL AND owner <> '' "
                                  "ORDER BY owner")),
            column(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE")),
            column(QStringLiteral("SELECT DISTINCT country FROM companies WHERE country IS NOT NULL AND country <> '' "
                                  "ORDER BY country"))};
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

namespace {

// Runs one prepared statement per id and counts the rows it changed.
int forEachId(QSqlQuery& statement, const QList<qint64>& ids, qint64 now, const std::function<void(qint64)>& changed)
{
    int count = 0;
    for (const qint64 id : ids) {
        Sql::bind(statement, {{":id", id}, {":now", now}});
        Sql::exec(statement);
        if (statement.numRowsAffected() > 0) {
            ++count;
            changed(id);
        }
    }
    return count;
}

} // namespace

int ProspectRepository::moveToTrash(const QList<qint64>& ids, const QString& actor, qint64 now)
{
    return setTrashed(ids, true, actor, now);
}

int ProspectRepository::restoreFromTrash(const QList<qint64>& ids, const QString& actor, qint64 now)
{
    return setTrashed(ids, false, actor, now);
}

int ProspectRepository::setTrashed(const QList<qint64>& ids, bool trashed, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery update = Sql::prepare(
        m_db,
        trashed ? QStringLiteral("UPDATE prospects SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")
                : QStringLiteral("UPDATE prospects SET deleted_at = NULL WHERE id = :id AND deleted_at IS NOT "
                                 "NULL AND :now IS NOT NULL"));
    AuditLog log(m_db);
    const int changed = forEachId(update, ids, now, [&](qint64 id) {
        log.addActivity(id, trashed ? QStringLiteral("prospect.deleted") : QStringLiteral("prospect.restored"),
                        trashed ? QStringLiteral("Deleted") : QStringLiteral("Restored from the trash"), actor,
                        QStringLiteral("prospects"), id, now);
    });
    log.append(actor, trashed ? QStringLiteral("prospects.delete") : QStringLiteral("prospects.restore"),
               QStringLiteral("prospects"), 0,
               (trashed ? QStringLiteral("%1 prospects moved to the trash") : QStringLiteral("%1 prospects restored"))
                   .arg(changed),
               now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return changed;
}

int ProspectRepository::purgeTrash(qint64 trashedBefore)
{
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db, QStringLiteral("DELETE FROM prospects WHERE deleted_at < :before"),
                           {{":before", trashedBefore}});
    const int purged = q.numRowsAffected();
    transaction.commit();
    return purged;
}

QStringList ProspectRepository::updateFields(qint64 id, const FieldEdit& edit, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery current = Sql::run(m_db,
                                 QStringLiteral("SELECT first_name, last_name, email, title, phone, deal_value_cents "
                                                "FROM prospects WHERE id = :id AND deleted_at IS NULL"),
                                 {{":id", id}});
    if (!current.next()) {
        throw StoreError(QStringLiteral("This prospect no longer exists."));
    }
    struct Change
    {
        const char* column;
        QVariant before;
        QVariant after;
    };
    QList<Change> changes;
    auto text = [&](const char* column, int index, const std::optional<QString>& value) {
        if (!value) {
            return;
        }
        const QString before = current.value(index).toString();
        const QString after = value->trimmed();
        if (after != before) {
            changes.append({column, before, after});
        }
    };
    text("first_name", 0, edit.firstName);
    text("last_name", 1, edit.lastName);
    if (edit.email) {
        const QString email = Normalize::email(*edit.email);
        if (email != current.value(2).toString().toLower()) {
            if (const QString problem = Normalize::emailProblem(email); !problem.isEmpty()) {
                throw StoreError(QStringLiteral("“%1” is not a valid email address: %2").arg(*edit.email, problem));
            }
            const QVariant other
                = Sql::scalar(m_db,
                              QStringLiteral("SELECT first_name || ' ' || last_name FROM prospects WHERE email = :e "
                                             "COLLATE NOCASE AND id <> :id"),
                              {{":e", email}, {":id", id}});
            if (other.isValid()) {
                throw StoreError(
                    QStringLiteral("%1 already belongs to another prospect (%2).").arg(email, other.toString()));
            }
            changes.append({"email", current.value(2), email});
        }
    }
    text("title", 3, edit.title);
    text("phone", 4, edit.phone);
    if (edit.dealValueCents && *edit.dealValueCents != current.value(5).toLongLong()) {
        if (*edit.dealValueCents < 0) {
            throw StoreError(QStringLiteral("A deal value cannot be negative."));
        }
        changes.append({"deal_value_cents", current.value(5), *edit.dealValueCents});
    }
    current.finish();
    if (changes.isEmpty()) {
        return {};
    }
    QStringList names;
    QStringList details;
    for (const Change& change : std::as_const(changes)) {
        const QString column = QString::fromLatin1(change.column);
        QVariant value = change.after;
        if (column == QLatin1String("deal_value_cents") && value.toLongLong() == 0) {
            value = QVariant(QMetaType(QMetaType::LongLong));
        } else if (column != QLatin1String("first_name") && column != QLatin1String("last_name")
                   && value.toString().isEmpty()) {
            value = QVariant(QMetaType(QMetaType::QString));
        }
        // Column names come from the fixed list above, never from input.
        QSqlQuery update = Sql::prepare(
            m_db, QStringLiteral("UPDATE prospects SET %1 = :v, updated_at = :now WHERE id = :id").arg(column));
        Sql::bind(update, {{":v", value}, {":now", now}, {":id", id}});
        Sql::exec(update);
        names.append(column);
        details.append(
            QStringLiteral("%1: “%2” → “%3”").arg(column, change.before.toString(), change.after.toString()));
    }
    AuditLog log(m_db);
    log.addActivity(id, QStringLiteral("fields.edited"),
                    QStringLiteral("Edited %1").arg(names.join(QStringLiteral(", "))), actor,
                    QStringLiteral("prospects"), id, now);
    log.append(actor, QStringLiteral("prospects.edit"), QStringLiteral("prospects"), id,
               details.join(QStringLiteral("; ")), now);
    // A new title or address may change the score: one rescoring job, queued once however many edits.
    if (names.contains(QLatin1String("title")) || names.contains(QLatin1String("email"))) {
        JobRepository(m_db).enqueue(LeadScorer::rescoreJob(), now);
    }
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return names;
}

QList<ProspectRepository::Stage> ProspectRepository::stageDetails() const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT s.key, s.name, s.position, s.outcome, (SELECT count(*) FROM prospects p WHERE "
                       "p.status = s.key AND p.deleted_at IS NULL) FROM stages s ORDER BY s.position"));
    QList<Stage> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                     q.value(4).toInt()});
    }
    return list;
}

QString ProspectRepository::addStage(const QString& name, const QString& actor, qint64 now)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        throw StoreError(QStringLiteral("A stage needs a name."));
    }
    Transaction transaction(m_db);
    if (Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE name = :n COLLATE NOCASE"), {{":n", clean}})
            .isValid()) {
        throw StoreError(QStringLiteral("There is already a stage called “%1”.").arg(clean));
    }
    QString base = Normalize::asciiKey(clean);
    if (base.isEmpty()) {
        base = QStringLiteral("stage");
    }
    QString key = base;
    for (int n = 2; Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE key = :k"), {{":k", key}}).isValid();
         ++n) {
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    }
    // New stages go before the closed ones (won, lost), at the end of the open pipeline.
    const int position = Sql::scalar(m_db,
                                     QStringLiteral("SELECT coalesce(min(position), (SELECT coalesce(max(position) "
                                                    "+ 1, 0) FROM stages)) FROM stages WHERE outcome <> 'open'"))
                             .toInt();
    Sql::run(m_db, QStringLiteral("UPDATE stages SET position = position + 1 WHERE position >= :p"),
             {{":p", position}});
    Sql::run(m_db, QStringLiteral("INSERT INTO stages (key, name, position) VALUES (:k, :n, :p)"),
             {{":k", key}, {":n", clean}, {":p", position}});
    AuditLog(m_db).append(actor, QStringLiteral("stages.add"), QStringLiteral("stages"), 0, clean, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return key;
}

void ProspectRepository::renameStage(const QString& key, const QString& name, const QString& actor, qint64 now)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        throw StoreError(QStringLiteral("A stage needs a name."));
    }
    Transaction transaction(m_db);
    if (Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE name = :n COLLATE NOCASE AND key <> :k"),
                    {{":n", clean}, {":k", key}})
            .isValid()) {
        throw StoreError(QStringLiteral("There is already a stage called “%1”.").arg(clean));
    }
    QSqlQuery q
        = Sql::run(m_db, QStringLiteral("UPDATE stages SET name = :n WHERE key = :k"), {{":n", clean}, {":k", key}});
    if (q.numRowsAffected() == 0) {
        throw StoreError(QStringLiteral("There is no stage “%1”.").arg(key));
    }
    AuditLog(m_db).append(actor, QStringLiteral("stages.rename"), QStringLiteral("stages"), 0,
                          QStringLiteral("%1 → %2").arg(key, clean), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

void ProspectRepository::moveStage(const QString& key, int delta, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    const QVariant position
        = Sql::scalar(m_db, QStringLiteral("SELECT position FROM stages WHERE key = :k"), {{":k", key}});
    if (!position.isValid()) {
        throw StoreError(QStringLiteral("There is no stage “%1”.").arg(key));
    }
    const QVariant neighbour = Sql::scalar(
        m_db,
        delta < 0 ? QStringLiteral("SELECT key FROM stages WHERE position < :p ORDER BY position DESC LIMIT 1")
                  : QStringLiteral("SELECT key FROM stages WHERE position > :p ORDER BY position LIMIT 1"),
        {{":p", position}});
    if (!neighbour.isValid()) {
        return; // already first or last
    }
    const int other
        = Sql::scalar(m_db, QStringLiteral("SELECT position FROM stages WHERE key = :k"), {{":k", neighbour}}).toInt();
    // Positions are not unique, so two updates swap them; the stages_rank_update trigger re-ranks
    // the prospects of both stages.
    Sql::run(m_db, QStringLiteral("UPDATE stages SET position = :p WHERE key = :k"), {{":p", other}, {":k", key}});
    Sql::run(m_db, QStringLiteral("UPDATE stages SET position = :p WHERE key = :k"),
             {{":p", position}, {":k", neighbour}});
    AuditLog(m_db).append(actor, QStringLiteral("stages.move"), QStringLiteral("stages"), 0,
                          QStringLiteral("%1 %2").arg(key, delta < 0 ? QStringLiteral("up") : QStringLiteral("down")),
                          now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

void ProspectRepository::removeStage(const QString& key, const QString& moveProspectsTo, const QString& actor,
                                     qint64 now)
{
    Transaction transaction(m_db);
    if (Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM stages")).toInt() <= 1) {
        throw StoreError(QStringLiteral("The pipeline needs at least one stage."));
    }
    if (key == moveProspectsTo
        || !Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE key = :k"), {{":k", moveProspectsTo}})
                .isValid()) {
        throw StoreError(QStringLiteral("Choose another stage for the prospects of this one."));
    }
    QSqlQuery moved
        = Sql::run(m_db, QStringLiteral("UPDATE prospects SET status = :to, updated_at = :now WHERE status = :k"),
                   {{":to", moveProspectsTo}, {":now", now}, {":k", key}});
    const int count = moved.numRowsAffected();
    QSqlQuery removed = Sql::run(m_db, QStringLiteral("DELETE FROM stages WHERE key = :k"), {{":k", key}});
    if (removed.numRowsAffected() == 0) {
        throw StoreError(QStringLiteral("There is no stage “%1”.").arg(key));
    }
    AuditLog(m_db).append(
        actor, QStringLiteral("stages.remove"), QStringLiteral("stages"), 0,
        QStringLiteral("%1 removed, %2 prospects moved to %3").arg(key).arg(count).arg(moveProspectsTo), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

QList<ProspectRepository::Task> ProspectRepository::tasks(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT id, title, due_at, done_at, created_by FROM tasks WHERE prospect_id "
                                          "= :p ORDER BY done_at IS NOT NULL, due_at IS NULL, due_at, id"),
                           {{":p", prospectId}});
    QList<Task> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                     q.value(4).toString()});
    }
    return list;
}

qint64 ProspectRepository::addTask(qint64 prospectId, const QString& title, qint64 dueAt, const QString& actor,
                                   qint64 now)
{
    const QString clean = title.simplified();
    if (clean.isEmpty()) {
        throw StoreError(QStringLiteral("A task needs a title."));
    }
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("INSERT INTO tasks (prospect_id, title, due_at, created_by, created_at) "
                                          "VALUES (:p, :t, :due, :by, :now)"),
                           {{":p", prospectId},
                            {":t", clean},
                            {":due", dueAt > 0 ? QVariant(dueAt) : QVariant(QMetaType(QMetaType::LongLong))},
                            {":by", actor},
                            {":now", now}});
    const qint64 id = q.lastInsertId().toLongLong();
    AuditLog log(m_db);
    log.addActivity(prospectId, QStringLiteral("task.added"), QStringLiteral("Task added: %1").arg(clean), actor,
                    QStringLiteral("tasks"), id, now);
    log.append(actor, QStringLiteral("tasks.add"), QStringLiteral("tasks"), id, clean, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return id;
}

void ProspectRepository::setTaskDone(qint64 taskId, bool done, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT prospect_id, title, done_at FROM tasks WHERE id = :id"),
                           {{":id", taskId}});
    if (!q.next()) {
        throw StoreError(QStringLiteral("This task no longer exists."));
    }
    const qint64 prospectId = q.value(0).toLongLong();
    const QString title = q.value(1).toString();
    const bool wasDone = !q.value(2).isNull();
    q.finish();
    if (wasDone == done) {
        return;
    }
    Sql::run(m_db, QStringLiteral("UPDATE tasks SET done_at = :d WHERE id = :id"),
             {{":d", done ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong))}, {":id", taskId}});
    AuditLog log(m_db);
    log.addActivity(prospectId, done ? QStringLiteral("task.done") : QStringLiteral("task.reopened"),
                    (done ? QStringLiteral("Task done: %1") : QStringLiteral("Task reopened: %1")).arg(title), actor,
                    QStringLiteral("tasks"), taskId, now);
    log.append(actor, done ? QStringLiteral("tasks.done") : QStringLiteral("tasks.reopen"), QStringLiteral("tasks"),
               taskId, title, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

QList<QPair<qint64, QString>> ProspectRepository::sequences() const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT id, name FROM sequences WHERE active = 1 ORDER BY name COLLATE "
                                          "NOCASE, id"));
    QList<QPair<qint64, QString>> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return list;
}

ProspectRepository::EnrollResult ProspectRepository::enroll(const QList<qint64>& ids, qint64 sequenceId,
                                                            const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    const QVariant name = Sql::scalar(m_db, QStringLiteral("SELECT name FROM sequences WHERE id = :id AND active = 1"),
                                      {{":id", sequenceId}});
    if (!name.isValid()) {
        throw StoreError(QStringLiteral("This sequence no longer exists or is paused."));
    }
    const qint64 firstDelayDays = Sql::scalar(m_db,
                                              QStringLiteral("SELECT coalesce((SELECT delay_days FROM sequence_steps "
                                                             "WHERE sequence_id = :s ORDER BY position LIMIT 1), 0)"),
                                              {{":s", sequenceId}})
                                      .toLongLong();
    QSqlQuery email
        = Sql::prepare(m_db, QStringLiteral("SELECT email FROM prospects WHERE id = :id AND deleted_at IS NULL"));
    QSqlQuery insert = Sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO enrollments (sequence_id, prospect_id, next_action_at, created_at) VALUES "
                       "(:s, :p, :next, :now) ON CONFLICT (sequence_id, prospect_id) DO NOTHING"));
    const DoNotContactRepository suppression(m_db);
    AuditLog log(m_db);
    EnrollResult result;
    for (const qint64 id : ids) {
        Sql::bind(email, {{":id", id}});
        Sql::exec(email);
        const QString address = email.next() ? email.value(0).toString() : QString();
        email.finish();
        if (address.isEmpty()) {
            ++result.withoutEmail;
            continue;
        }
        // The do-not-contact list is checked before anything that leads to contact.
        if (suppression.isSuppressed(address)) {
            ++result.suppressed;
            continue;
        }
        Sql::bind(insert,
                  {{":s", sequenceId}, {":p", id}, {":next", now + firstDelayDays * 86'400'000}, {":now", now}});
        Sql::exec(insert);
        if (insert.numRowsAffected() == 0) {
            ++result.alreadyEnrolled;
            continue;
        }
        ++result.enrolled;
        log.addActivity(id, QStringLiteral("sequence.enrolled"), QStringLiteral("Enrolled in %1").arg(name.toString()),
                        actor, QStringLiteral("sequences"), sequenceId, now);
    }
    log.append(actor, QStringLiteral("sequences.enroll"), QStringLiteral("sequences"), sequenceId,
               QStringLiteral("%1 enrolled, %2 already, %3 on the do-not-contact list")
                   .arg(result.enrolled)
                   .arg(result.alreadyEnrolled)
                   .arg(result.suppressed),
               now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return result;
}

bool ProspectRepository::setTags(qint64 id, const QStringList& tags, const QString& actor, qint64 now)
{
    QStringList wanted;
    for (const QString& tag : tags) {
        const QString name = tag.simplified();
        if (!name.isEmpty() && !wanted.contains(name, Qt::CaseInsensitive)) {
            wanted.append(name);
        }
    }
    Transaction transaction(m_db);
    QStringList current;
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT t.name FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id WHERE "
                                          "pt.prospect_id = :p"),
                           {{":p", id}});
    while (q.next()) {
        current.append(q.value(0).toString());
    }
    q.finish();
    QStringList added;
    QStringList removed;
    for (const QString& name : std::as_const(wanted)) {
        if (!current.contains(name, Qt::CaseInsensitive)) {
            added.append(name);
        }
    }
    for (const QString& name : std::as_const(current)) {
        if (!wanted.contains(name, Qt::CaseInsensitive)) {
            removed.append(name);
        }
    }
    if (added.isEmpty() && removed.isEmpty()) {
        return false;
    }
    for (const QString& name : std::as_const(added)) {
        Sql::run(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (:n) ON CONFLICT (name) DO NOTHING"),
                 {{":n", name}});
        Sql::run(m_db,
                 QStringLiteral("INSERT OR IGNORE INTO prospect_tags (prospect_id, tag_id) SELECT :p, id FROM tags "
                                "WHERE name = :n"),
                 {{":p", id}, {":n", name}});
    }
    for (const QString& name : std::as_const(removed)) {
        Sql::run(m_db,
                 QStringLiteral("DELETE FROM prospect_tags WHERE prospect_id = :p AND tag_id = (SELECT id FROM tags "
                                "WHERE name = :n)"),
                 {{":p", id}, {":n", name}});
    }
    QStringList summary;
    if (!added.isEmpty()) {
        summary.append(QStringLiteral("Tagged %1").arg(added.join(QStringLiteral(", "))));
    }
    if (!removed.isEmpty()) {
        summary.append(QStringLiteral("Untagged %1").arg(removed.join(QStringLiteral(", "))));
    }
    AuditLog log(m_db);
    log.addActivity(id, QStringLiteral("tags.changed"), summary.join(QStringLiteral("; ")), actor,
                    QStringLiteral("prospects"), id, now);
    log.append(actor, QStringLiteral("prospects.tags"), QStringLiteral("prospects"), id,
               summary.join(QStringLiteral("; ")), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
}

void ProspectRepository::logActivity(qint64 id, const QString& kind, const QString& summary, const QString& actor,
                                     qint64 now)
{
    const QString text = summary.trimmed();
    if (text.isEmpty()) {
        throw StoreError(QStringLiteral("Write what happened first."));
    }
    Transaction transaction(m_db);
    if (!Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM prospects WHERE id = :id AND deleted_at IS NULL"),
                     {{":id", id}})
             .isValid()) {
        throw StoreError(QStringLiteral("This prospect no longer exists."));
    }
    AuditLog log(m_db);
    log.addActivity(id, kind, text, actor, QStringLiteral("prospects"), id, now);
    log.append(actor, QStringLiteral("prospects.log"), QStringLiteral("prospects"), id, kind, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

} // namespace sc::models

namespace sc::models {

void ProspectRepository::visitAfterId(qint64 afterId, const QString& search, const QString& stage, int limit,
                                      const std::function<void(const Prospect&)>& visit) const
{
    QString sql = QStringLiteral(
        "SELECT p.id, p.first_name, p.last_name, p.email, p.title, p.phone, p.status, coalesce(s.score, 0), "
        "p.created_at, p.company_id, c.name, c.domain FROM prospects p LEFT JOIN companies c ON c.id = "
        "p.company_id LEFT JOIN prospect_scores s ON s.prospect_id = p.id WHERE p.deleted_at IS NULL AND p.id > "
        ":after");
    const QString fts = SqlDialect::fullTextQuery(search);
    if (!fts.isEmpty()) {
        sql += QStringLiteral(" AND ") + SqlDialect::prospectSearchCondition(false);
    }
    if (!stage.isEmpty()) {
        sql += QStringLiteral(" AND p.status = :stage");
    }
    sql += QStringLiteral(" ORDER BY p.id LIMIT :limit");
    QSqlQuery q = Sql::prepare(m_db, sql);
    q.bindValue(QStringLiteral(":after"), afterId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!fts.isEmpty()) {
        q.bindValue(QStringLiteral(":fts"), fts);
    }
    if (!stage.isEmpty()) {
        q.bindValue(QStringLiteral(":stage"), stage);
    }
    Sql::exec(q);
    Prospect p;
    while (q.next()) {
        p.id = q.value(0).toLongLong();
        p.firstName = q.value(1).toString();
        p.lastName = q.value(2).toString();
        p.email = q.value(3).toString();
        p.title = q.value(4).toString();
        p.phone = q.value(5).toString();
        p.status = q.value(6).toString();
        p.score = q.value(7).toInt();
        p.createdAt = q.value(8).toLongLong();
        p.companyId = q.value(9).toLongLong();
        p.companyName = q.value(10).toString();
        p.companyDomain = q.value(11).toString();
        visit(p);
    }
}

std::optional<ProspectRepository::ByEmail> ProspectRepository::findByEmail(const QString& email) const
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT id, deleted_at IS NOT NULL FROM prospects WHERE email = :e COLLATE NOCASE"),
        {{":e", email}});
    return q.next() ? std::optional<ByEmail>(ByEmail {q.value(0).toLongLong(), q.value(1).toBool()}) : std::nullopt;
}

qint64 ProspectRepository::companyIdByName(const QString& name) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT id FROM companies WHERE name = :n COLLATE NOCASE AND domain IS NULL"),
                       {{":n", name}})
        .toLongLong();
}

QList<Company> ProspectRepository::companiesAfterId(qint64 afterId, int limit) const
{
    QList<Company> out;
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT id, name, coalesce(domain, ''), coalesce(industry, ''), "
                                          "coalesce(country, '') FROM companies WHERE id > :after ORDER BY id LIMIT "
                                          ":limit"),
                           {{":after", afterId}, {":limit", limit}});
    while (q.next()) {
        Company c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.domain = q.value(2).toString();
        c.industry = q.value(3).toString();
        c.country = q.value(4).toString();
        out.append(c);
    }
    return out;
}

} // namespace sc::models
