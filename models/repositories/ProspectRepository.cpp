#include "ProspectRepository.h"

#include "../ChangeHub.h"
#include "../import/Normalize.h"
#include "../scoring/LeadScorer.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"
#include "CompanyRepository.h"
#include "EnrollmentRepository.h"
#include "JobRepository.h"
#include "ProspectQuerySql.h"
#include "ProspectSearch.h"

#include <QTimeZone>
#include <functional>

namespace sc::models {

namespace {
using Join = ProspectQuerySql::Join;

} // namespace

ProspectRepository::ProspectRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
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
         {":fn", Sql::notNull(p.firstName)},
         {":ln", Sql::notNull(p.lastName)},
         {":email", Sql::orNull(p.email)},
         {":title", Sql::orNull(p.title)},
         {":phone", Sql::orNull(p.phone)},
         {":lang", Sql::notNull(p.language)},
         {":status", p.status.isEmpty() ? QStringLiteral("new") : p.status},
         {":source", Sql::orNull(p.source)},
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

ProspectRepository::Added ProspectRepository::addPerson(const NewPerson& person, const QString& source, qint64 now)
{
    Prospect p;
    p.firstName = person.firstName.trimmed();
    p.lastName = person.lastName.trimmed();
    p.email = Normalize::email(person.email);
    p.title = person.title.trimmed();
    p.phone = person.phone.trimmed();
    p.source = source;
    p.status = QStringLiteral("new");
    if (p.firstName.isEmpty() && p.lastName.isEmpty() && p.email.isEmpty()) {
        throw ValidationError(QStringLiteral("a name or an email address is needed"));
    }
    if (!p.email.isEmpty()) {
        if (const QString why = Normalize::emailProblem(p.email); !why.isEmpty()) {
            throw ValidationError(why);
        }
    }
    // One transaction: the duplicate check, the company and the prospect land together or not at all
    // (two requests for one address: the second sees the first's row).
    Transaction transaction(m_db);
    Added added;
    if (!p.email.isEmpty()) {
        if (const auto existing = findByEmail(p.email)) {
            added.existingId = existing->id;
            added.existingTrashed = existing->trashed;
            return added;
        }
    }
    p.companyId
        = CompanyRepository(m_db).findOrCreate(person.company, CompanyRepository::domainFor({}, p.email), {}, now);
    added.id = insertProspect(p, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return added;
}

int ProspectRepository::count(const ProspectQuery& query) const
{
    ProspectQuery rest = query;
    rest.search.clear();
    if (const ProspectSearch search = ProspectQuerySql::search(query);
        !rest.hasFilter() && !query.idOnly && !search.isEmpty()) {
        // A search alone: words are counted from the index alone (see ProspectSearch::countStatement).
        QSqlQuery q = Sql::prepare(m_db, search.countStatement(0));
        search.bind(q);
        Sql::exec(q);
        return q.next() ? q.value(0).toInt() : 0;
    }
    QSqlQuery q
        = Sql::prepare(m_db, QStringLiteral("SELECT COUNT(*)") + ProspectQuerySql::fromWhere(query, Join::None, false));
    ProspectQuerySql::bind(q, query);
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
    if (const ProspectSearch search = ProspectQuerySql::search(query); !search.isEmpty()) {
        QSqlQuery q = Sql::prepare(m_db, search.countStatement(DenseSearchMatches));
        search.bind(q);
        q.bindValue(QStringLiteral(":cap"), DenseSearchMatches);
        Sql::exec(q);
        dense = q.next() && q.value(0).toInt() >= DenseSearchMatches;
    }
    const QString columns = ProspectQuerySql::columns();
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
        ProspectQuerySql::bind(q, query);
        q.bindValue(QStringLiteral(":limit"), count);
        q.bindValue(QStringLiteral(":offset"), from);
        Sql::exec(q);
        int n = 0;
        while (!stopped && q.next()) {
            ++n;
            stopped = !visit(ProspectQuerySql::readRow(q, withDetails ? &tags : nullptr));
        }
        return n;
    };
    if (query.sort != ProspectQuery::SortKey::Company) {
        read(columns + ProspectQuerySql::fromWhere(query, Join::Left, dense) + QStringLiteral(" ORDER BY ") + order
                 + (tieBreak ? QStringLiteral(", p.id") + dir : QString()),
             offset, limit);
        return;
    }
    // By company: a LEFT JOIN would make SQLite read every prospect and sort them. Prospects with a
    // company are read by walking the company-name index (then each company's prospects by id), and
    // those without one (NULL name: first ascending, last descending) by id, each part paged in turn.
    const QString withCompany = columns + ProspectQuerySql::fromWhere(query, Join::Inner, dense)
        + QStringLiteral(" ORDER BY c.name COLLATE NOCASE%1, c.id%1, p.id%1").arg(dir);
    const QString withoutCompany = columns + ProspectQuerySql::fromWhere(query, Join::Left, dense)
        + QStringLiteral(" AND p.company_id IS NULL ORDER BY p.id") + dir;
    auto countWithout = [&] {
        QSqlQuery q
            = Sql::prepare(m_db,
                           QStringLiteral("SELECT COUNT(*)") + ProspectQuerySql::fromWhere(query, Join::Left, dense)
                               + QStringLiteral(" AND p.company_id IS NULL"));
        ProspectQuerySql::bind(q, query);
        Sql::exec(q);
        return q.next() ? q.value(0).toInt() : 0;
    };
    auto countWith = [&] {
        QSqlQuery q = Sql::prepare(
            m_db, QStringLiteral("SELECT COUNT(*)") + ProspectQuerySql::fromWhere(query, Join::Inner, dense));
        ProspectQuerySql::bind(q, query);
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

QList<Prospect> ProspectRepository::addressBook(const QString& typed, int limit) const
{
    ProspectQuery query;
    query.search = typed;
    query.addressBook = true;
    if (ProspectQuerySql::search(query).isEmpty()) {
        return {};
    }
    return page(query, 0, limit);
}

std::optional<Prospect> ProspectRepository::find(qint64 id) const
{
    ProspectQuery query;
    query.idOnly = id;
    const QList<Prospect> rows = page(query, 0, 1, true);
    return rows.isEmpty() ? std::nullopt : std::optional<Prospect>(rows.first());
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

QString ProspectRepository::timezone(qint64 id) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT timezone FROM prospects WHERE id = :id"), {{":id", id}}).toString();
}

bool ProspectRepository::setTimezone(qint64 id, const QString& timezone, const QString& actor, qint64 now)
{
    const QString zone = timezone.trimmed();
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
        throw ValidationError(QStringLiteral("“%1” is not a time zone; choose one like Europe/Paris.").arg(zone));
    }
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE prospects SET timezone = :z, updated_at = :now WHERE id = :id AND "
                                          "timezone IS NOT :z"),
                           {{":z", Sql::orNull(zone)}, {":now", now}, {":id", id}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    AuditLog log(m_db);
    log.addActivity(id, QStringLiteral("timezone.changed"),
                    zone.isEmpty() ? QStringLiteral("Time zone cleared (from their country)")
                                   : QStringLiteral("Time zone set to %1").arg(zone),
                    actor, QStringLiteral("prospects"), id, now);
    log.append(actor, QStringLiteral("prospects.timezone"), QStringLiteral("prospects"), id, zone, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
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

int ProspectRepository::setStage(const QList<qint64>& ids, const QString& stageKey, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    if (!Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE key = :k"), {{":k", stageKey}}).isValid()) {
        throw ValidationError(QStringLiteral("there is no stage \"%1\"").arg(stageKey));
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
            // Won, lost, do-not-contact or a meeting: the prospect's sequences stop at once.
            EnrollmentRepository(m_db).onStage(id, stageKey, actor, now);
        }
    }
    log.append(actor, QStringLiteral("prospects.stage"), QStringLiteral("prospects"), 0,
               QStringLiteral("%1 prospects moved to %2").arg(changed).arg(stageKey), now);
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
        throw ValidationError(QStringLiteral("This prospect no longer exists."));
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
                throw ValidationError(
                    QStringLiteral("“%1” is not a valid email address: %2").arg(*edit.email, problem));
            }
            const QVariant other
                = Sql::scalar(m_db,
                              QStringLiteral("SELECT first_name || ' ' || last_name FROM prospects WHERE email = :e "
                                             "COLLATE NOCASE AND id <> :id"),
                              {{":e", email}, {":id", id}});
            if (other.isValid()) {
                throw ValidationError(
                    QStringLiteral("%1 already belongs to another prospect (%2).").arg(email, other.toString()));
            }
            changes.append({"email", current.value(2), email});
        }
    }
    text("title", 3, edit.title);
    text("phone", 4, edit.phone);
    if (edit.dealValueCents && *edit.dealValueCents != current.value(5).toLongLong()) {
        if (*edit.dealValueCents < 0) {
            throw ValidationError(QStringLiteral("A deal value cannot be negative."));
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
        } else if (column == QLatin1String("first_name") || column == QLatin1String("last_name")) {
            value = Sql::notNull(value.toString()); // NOT NULL columns: "" from JSON may be a null QString
        } else if (value.toString().isEmpty()) {
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

void ProspectRepository::visitAfterId(qint64 afterId, const QString& search, const QString& stage, int limit,
                                      const std::function<void(const Prospect&)>& visit) const
{
    QString sql = QStringLiteral(
        "SELECT p.id, p.first_name, p.last_name, p.email, p.title, p.phone, p.status, coalesce(s.score, 0), "
        "p.created_at, p.company_id, c.name, c.domain FROM prospects p LEFT JOIN companies c ON c.id = "
        "p.company_id LEFT JOIN prospect_scores s ON s.prospect_id = p.id WHERE p.deleted_at IS NULL AND p.id > "
        ":after");
    const ProspectSearch terms(search);
    if (!terms.isEmpty()) {
        sql += QStringLiteral(" AND ") + terms.condition(false);
    }
    if (!stage.isEmpty()) {
        sql += QStringLiteral(" AND p.status = :stage");
    }
    sql += QStringLiteral(" ORDER BY p.id LIMIT :limit");
    QSqlQuery q = Sql::prepare(m_db, sql);
    q.bindValue(QStringLiteral(":after"), afterId);
    q.bindValue(QStringLiteral(":limit"), limit);
    terms.bind(q);
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

} // namespace sc::models
