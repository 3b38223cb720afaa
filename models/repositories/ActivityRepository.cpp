#include "ActivityRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

namespace sc::models {

ActivityRepository::ActivityRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Activity> ActivityRepository::timeline(qint64 prospectId, int limit) const
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

void ActivityRepository::append(qint64 prospectId, const Activity& a)
{
    if (m_append.lastQuery().isEmpty()) {
        m_append = Sql::prepare(m_db,
                                QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, ref_table, "
                                               "ref_id, actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    // By position: a bulk writer runs this hundreds of thousands of times, and a name costs a lookup.
    m_append.bindValue(0, prospectId);
    m_append.bindValue(1, a.kind);
    m_append.bindValue(2, a.summary);
    m_append.bindValue(3, Sql::orNull(a.refTable));
    m_append.bindValue(4, a.refId > 0 ? QVariant(a.refId) : QVariant(QMetaType(QMetaType::LongLong)));
    m_append.bindValue(5, a.actor);
    m_append.bindValue(6, a.occurredAt);
    Sql::exec(m_append);
}

void ActivityRepository::log(qint64 id, const QString& kind, const QString& summary, const QString& actor, qint64 now)
{
    const QString text = summary.trimmed();
    if (text.isEmpty()) {
        throw ValidationError(QStringLiteral("Write what happened first."));
    }
    Transaction transaction(m_db);
    if (!Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM prospects WHERE id = :id AND deleted_at IS NULL"),
                     {{":id", id}})
             .isValid()) {
        throw ValidationError(QStringLiteral("This prospect no longer exists."));
    }
    AuditLog log(m_db);
    log.addActivity(id, kind, text, actor, QStringLiteral("prospects"), id, now);
    log.append(actor, QStringLiteral("prospects.log"), QStringLiteral("prospects"), id, kind, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

} // namespace sc::models
