#include "SequenceRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"
#include "DoNotContactRepository.h"

namespace sc::models {

SequenceRepository::SequenceRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<QPair<qint64, QString>> SequenceRepository::active() const
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

namespace {
// A stage that says outreach is over: the prospect answered, or the deal is decided.
const char* const SettledSql = "(p.status = 'replied' OR p.status IN (SELECT key FROM stages WHERE outcome <> 'open'))";
} // namespace

int SequenceRepository::countSettled(const QList<qint64>& ids) const
{
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("SELECT 1 FROM prospects p WHERE p.id = :id AND %1").arg(QLatin1String(SettledSql)));
    int settled = 0;
    for (const qint64 id : ids) {
        Sql::bind(q, {{":id", id}});
        Sql::exec(q);
        settled += q.next() ? 1 : 0;
        q.finish();
    }
    return settled;
}

SequenceRepository::EnrollResult SequenceRepository::enroll(const QList<qint64>& ids, qint64 sequenceId,
                                                            const QString& actor, qint64 now, bool includeSettled)
{
    Transaction transaction(m_db);
    const QVariant name = Sql::scalar(m_db, QStringLiteral("SELECT name FROM sequences WHERE id = :id AND active = 1"),
                                      {{":id", sequenceId}});
    if (!name.isValid()) {
        throw ValidationError(QStringLiteral("This sequence no longer exists or is paused."));
    }
    const qint64 firstDelayDays = Sql::scalar(m_db,
                                              QStringLiteral("SELECT coalesce((SELECT delay_days FROM sequence_steps "
                                                             "WHERE sequence_id = :s ORDER BY position LIMIT 1), 0)"),
                                              {{":s", sequenceId}})
                                      .toLongLong();
    QSqlQuery email = Sql::prepare(m_db,
                                   QStringLiteral("SELECT p.email, %1 FROM prospects p WHERE p.id = :id AND "
                                                  "p.deleted_at IS NULL")
                                       .arg(QLatin1String(SettledSql)));
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
        const bool found = email.next();
        const QString address = found ? email.value(0).toString() : QString();
        const bool settled = found && email.value(1).toBool();
        email.finish();
        if (settled && !includeSettled) {
            ++result.settled;
            continue;
        }
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

} // namespace sc::models
