#include "EnrollmentRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "AuditLog.h"
#include "SequenceRepository.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

namespace sc::models {

EnrollmentRepository::EnrollmentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<EnrollmentRepository::Due> EnrollmentRepository::due(qint64 until) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT e.id, e.sequence_id, e.prospect_id, e.current_step, e.variant, "
                       "coalesce(e.next_action_at, e.created_at), coalesce(e.last_step_at, 0), p.email, "
                       "p.timezone, c.country, p.language FROM enrollments e JOIN sequences "
                       "s ON s.id = e.sequence_id AND s.active = 1 JOIN prospects p ON p.id = e.prospect_id AND "
                       "p.deleted_at IS NULL LEFT JOIN companies c ON c.id = p.company_id WHERE e.status = "
                       "'active' AND coalesce(e.next_action_at, e.created_at) <= :until ORDER BY "
                       "e.next_action_at, e.id"),
        {{":until", until}});
    QList<Due> list;
    while (q.next()) {
        Due d;
        d.id = q.value(0).toLongLong();
        d.sequenceId = q.value(1).toLongLong();
        d.prospectId = q.value(2).toLongLong();
        d.step = q.value(3).toInt();
        d.variant = q.value(4).toString();
        d.nextActionAt = q.value(5).toLongLong();
        d.lastStepAt = q.value(6).toLongLong();
        d.email = q.value(7).toString();
        d.timezone = q.value(8).toString();
        d.country = q.value(9).toString();
        d.language = q.value(10).toString();
        list.append(d);
    }
    return list;
}

int EnrollmentRepository::resumeReturned(qint64 until, qint64 now)
{
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("UPDATE enrollments SET status = 'active', next_action_at = "
                                  "max(coalesce(next_action_at, 0), resume_at), resume_at = NULL, updated_at = "
                                  ":now WHERE status = 'paused' AND resume_at IS NOT NULL AND resume_at <= :until"),
                   {{":now", now}, {":until", until}});
    return q.numRowsAffected();
}

bool EnrollmentRepository::takeStep(const StepRun& run, qint64 now)
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO sequence_step_runs (enrollment_id, step, channel, variant, at, account_id, "
            "created_at) VALUES (:e, :s, :c, :v, :at, :a, :now) ON CONFLICT (enrollment_id, step) DO NOTHING"),
        {{":e", run.enrollmentId},
         {":s", run.step},
         {":c", run.channel},
         {":v", Sql::orNull(run.variant)},
         {":at", run.at},
         {":a", run.accountId > 0 ? QVariant(run.accountId) : QVariant(QMetaType(QMetaType::LongLong))},
         {":now", now}});
    return q.numRowsAffected() > 0;
}

void EnrollmentRepository::linkStep(qint64 enrollmentId, int step, qint64 outboxId, qint64 draftId, qint64 taskId,
                                    qint64 jobId)
{
    auto idOrNull = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    };
    Sql::run(m_db,
             QStringLiteral("UPDATE sequence_step_runs SET outbox_id = :o, draft_id = :d, task_id = :t, job_id = :j "
                            "WHERE enrollment_id = :e AND step = :s"),
             {{":o", idOrNull(outboxId)},
              {":d", idOrNull(draftId)},
              {":t", idOrNull(taskId)},
              {":j", idOrNull(jobId)},
              {":e", enrollmentId},
              {":s", step}});
}

void EnrollmentRepository::advance(qint64 enrollmentId, int nextStep, qint64 nextNotBefore, qint64 ranAt, qint64 now)
{
    if (nextStep < 0) {
        Sql::run(m_db,
                 QStringLiteral("UPDATE enrollments SET status = 'completed', current_step = current_step + 1, "
                                "last_step_at = :ran, next_action_at = NULL, updated_at = :now WHERE id = :id"),
                 {{":ran", ranAt}, {":now", now}, {":id", enrollmentId}});
        return;
    }
    Sql::run(m_db,
             QStringLiteral("UPDATE enrollments SET current_step = :step, last_step_at = :ran, next_action_at = :next, "
                            "updated_at = :now WHERE id = :id"),
             {{":step", nextStep}, {":ran", ranAt}, {":next", nextNotBefore}, {":now", now}, {":id", enrollmentId}});
}

void EnrollmentRepository::setVariant(qint64 enrollmentId, const QString& variant)
{
    Sql::run(m_db, QStringLiteral("UPDATE enrollments SET variant = :v WHERE id = :id"),
             {{":v", Sql::orNull(variant)}, {":id", enrollmentId}});
}

QString EnrollmentRepository::lastMessageId(qint64 enrollmentId) const
{
    return Sql::scalar(
               m_db,
               QStringLiteral("SELECT o.message_id FROM sequence_step_runs r JOIN outbox o ON o.id = r.outbox_id "
                              "WHERE r.enrollment_id = :e AND o.state NOT IN ('cancelled', 'failed', 'blocked') "
                              "ORDER BY r.step DESC LIMIT 1"),
               {{":e", enrollmentId}})
        .toString();
}

void EnrollmentRepository::setNextActionAt(qint64 enrollmentId, qint64 at)
{
    Sql::run(m_db, QStringLiteral("UPDATE enrollments SET next_action_at = :t WHERE id = :id"),
             {{":t", at}, {":id", enrollmentId}});
}

qint64 EnrollmentRepository::addTask(qint64 prospectId, const QString& kind, const QString& title, qint64 dueAt,
                                     qint64 sequenceId, qint64 now)
{
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("INSERT INTO tasks (prospect_id, kind, title, due_at, created_by, created_at) "
                                  "VALUES (:p, :k, :t, :due, 'sequence', :now)"),
                   {{":p", prospectId}, {":k", kind}, {":t", title}, {":due", dueAt}, {":now", now}});
    const qint64 id = q.lastInsertId().toLongLong();
    AuditLog(m_db).addActivity(prospectId, QStringLiteral("task.added"),
                               QStringLiteral("Task from a sequence: %1").arg(title), QStringLiteral("decision"),
                               QStringLiteral("sequences"), sequenceId, now);
    return id;
}

int EnrollmentRepository::cancelQueuedOf(qint64 prospectId, qint64 sequenceId)
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "UPDATE outbox SET state = 'cancelled', last_error = 'The sequence stopped before it went.' "
            "WHERE state = 'queued' AND id IN (SELECT r.outbox_id FROM sequence_step_runs r JOIN enrollments "
            "e ON e.id = r.enrollment_id WHERE e.prospect_id = :p AND (:s = 0 OR e.sequence_id = :s) AND "
            "r.outbox_id IS NOT NULL)"),
        {{":p", prospectId}, {":s", sequenceId}});
    return q.numRowsAffected();
}

int EnrollmentRepository::stopProspect(qint64 prospectId, const QString& reason, const QString& detail,
                                       const QString& actor, qint64 now, qint64 sequenceId)
{
    QSqlQuery names = Sql::run(
        m_db,
        QStringLiteral("SELECT e.sequence_id, s.name FROM enrollments e JOIN sequences s ON s.id = e.sequence_id "
                       "WHERE e.prospect_id = :p AND (:s = 0 OR e.sequence_id = :s) AND e.status IN ('active', "
                       "'paused')"),
        {{":p", prospectId}, {":s", sequenceId}});
    QList<QPair<qint64, QString>> stopped;
    while (names.next()) {
        stopped.append({names.value(0).toLongLong(), names.value(1).toString()});
    }
    names.finish();
    if (stopped.isEmpty()) {
        return 0;
    }
    cancelQueuedOf(prospectId, sequenceId);
    Sql::run(
        m_db,
        QStringLiteral("UPDATE enrollments SET status = 'stopped', stop_reason = :r, stop_detail = :d, stopped_at = "
                       ":now, resume_at = NULL, next_action_at = NULL, updated_at = :now WHERE prospect_id = :p "
                       "AND (:s = 0 OR sequence_id = :s) AND status IN ('active', 'paused')"),
        {{":r", reason}, {":d", Sql::orNull(detail)}, {":now", now}, {":p", prospectId}, {":s", sequenceId}});
    AuditLog log(m_db);
    for (const auto& [id, name] : stopped) {
        log.addActivity(prospectId, QStringLiteral("sequence.stopped"),
                        detail.isEmpty() ? QStringLiteral("Sequence %1 stopped (%2)").arg(name, reason)
                                         : QStringLiteral("Sequence %1 stopped (%2: %3)").arg(name, reason, detail),
                        actor, QStringLiteral("sequences"), id, now);
    }
    ChangeHub::notify(ChangeHub::Outbox);
    return int(stopped.size());
}

namespace {

// The prospect's running enrollments with their sequences' stop rules.
struct Running
{
    qint64 sequenceId = 0;
    bool stopsOn = true;
    bool stopCompany = false;
};

QList<Running> runningOf(const QSqlDatabase& db, qint64 prospectId, const QString& reason)
{
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT DISTINCT sequence_id FROM enrollments WHERE prospect_id = :p AND "
                                          "status IN ('active', 'paused')"),
                           {{":p", prospectId}});
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    q.finish();
    QList<Running> list;
    const SequenceRepository sequences(db);
    for (const qint64 id : ids) {
        Running r;
        r.sequenceId = id;
        if (const std::optional<SequenceRepository::Stored> s = sequences.find(id)) {
            r.stopsOn = s->definition.stopsOn(reason);
            r.stopCompany = s->definition.stopCompanyOnReply;
        }
        list.append(r);
    }
    return list;
}

} // namespace

void EnrollmentRepository::onInbound(qint64 prospectId, const QString& category, const QDate& returnDate,
                                     const QString& actor, qint64 now)
{
    if (category == QLatin1String("auto_reply")) {
        // Back on the day it names (the morning of it: the engine waits for business hours), else in 14 days.
        const qint64 until = returnDate.isValid()
            ? std::max(now, returnDate.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch())
            : now + DefaultOutOfOfficeMs;
        cancelQueuedOf(prospectId, 0);
        QSqlQuery q
            = Sql::run(m_db,
                       QStringLiteral("UPDATE enrollments SET status = 'paused', resume_at = :until, "
                                      "stop_detail = 'out of office', updated_at = :now WHERE prospect_id = :p "
                                      "AND (status = 'active' OR (status = 'paused' AND resume_at IS NOT NULL))"),
                       {{":until", until}, {":now", now}, {":p", prospectId}});
        if (q.numRowsAffected() > 0) {
            AuditLog(m_db).addActivity(
                prospectId, QStringLiteral("sequence.paused"),
                QStringLiteral("Sequences paused until %1 (out of office)")
                    .arg(QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc()).date().toString(Qt::ISODate)),
                actor, QStringLiteral("prospects"), prospectId, now);
        }
        return;
    }
    // Outreach to an address that is gone, asked to stop or complained ends whatever the sequence says.
    const bool always = category == QLatin1String("unsubscribe") || category == QLatin1String("complaint");
    const QString reason = category == QLatin1String("bounce") ? QStringLiteral("bounce")
        : always                                               ? category
                                                               : QStringLiteral("reply");
    const QString detail = reason == QLatin1String("reply") ? category : QString();
    bool stopCompany = false;
    for (const Running& r : runningOf(m_db, prospectId, reason)) {
        if (r.stopsOn || always) {
            stopProspect(prospectId, reason, detail, actor, now, r.sequenceId);
            stopCompany = stopCompany || (reason == QLatin1String("reply") && r.stopCompany);
        }
    }
    if (reason == QLatin1String("reply")) {
        // A human answered: an early stage moves on to Replied (later ones stay where the rep put them).
        QSqlQuery moved
            = Sql::run(m_db,
                       QStringLiteral("UPDATE prospects SET status = 'replied', updated_at = :now WHERE id = "
                                      ":p AND status IN ('new', 'researching', 'contacted')"),
                       {{":now", now}, {":p", prospectId}});
        if (moved.numRowsAffected() > 0) {
            AuditLog(m_db).addActivity(prospectId, QStringLiteral("stage.changed"),
                                       QStringLiteral("Stage changed to replied (%1)").arg(category), actor,
                                       QStringLiteral("prospects"), prospectId, now);
        }
    }
    if (stopCompany) {
        QSqlQuery colleagues = Sql::run(
            m_db,
            QStringLiteral("SELECT DISTINCT e.prospect_id, e.sequence_id FROM enrollments e JOIN prospects p ON "
                           "p.id = e.prospect_id JOIN prospects me ON me.id = :p AND me.company_id IS NOT NULL "
                           "AND p.company_id = me.company_id WHERE e.prospect_id <> :p AND e.status IN "
                           "('active', 'paused')"),
            {{":p", prospectId}});
        QList<QPair<qint64, qint64>> others;
        while (colleagues.next()) {
            others.append({colleagues.value(0).toLongLong(), colleagues.value(1).toLongLong()});
        }
        colleagues.finish();
        const SequenceRepository sequences(m_db);
        for (const auto& [other, sequence] : others) {
            const std::optional<SequenceRepository::Stored> s = sequences.find(sequence);
            if (s && s->definition.stopCompanyOnReply) {
                stopProspect(other, QStringLiteral("reply"), QStringLiteral("a colleague replied"), actor, now,
                             sequence);
            }
        }
    }
}

void EnrollmentRepository::onStage(qint64 prospectId, const QString& stage, const QString& actor, qint64 now)
{
    const QString outcome
        = Sql::scalar(m_db, QStringLiteral("SELECT outcome FROM stages WHERE key = :k"), {{":k", stage}}).toString();
    QString reason;
    if (outcome == QLatin1String("won") || outcome == QLatin1String("lost")) {
        reason = outcome;
    } else if (stage == QLatin1String("do_not_contact")) {
        reason = QStringLiteral("do_not_contact");
    } else if (stage == QLatin1String("unsubscribed")) {
        reason = QStringLiteral("unsubscribe");
    } else if (stage == QLatin1String("meeting")) {
        reason = QStringLiteral("meeting");
    } else {
        return;
    }
    for (const Running& r : runningOf(m_db, prospectId, reason)) {
        // The rep's won, lost and do-not-contact always end outreach; a meeting as the sequence says.
        if (r.stopsOn || reason != QLatin1String("meeting")) {
            stopProspect(prospectId, reason, stage, actor, now, r.sequenceId);
        }
    }
}

bool EnrollmentRepository::outboxStillWanted(qint64 outboxId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT e.status, s.active FROM sequence_step_runs r JOIN enrollments e ON "
                                          "e.id = r.enrollment_id JOIN sequences s ON s.id = e.sequence_id WHERE "
                                          "r.outbox_id = :o"),
                           {{":o", outboxId}});
    if (!q.next()) {
        return true; // not from a sequence
    }
    const QString status = q.value(0).toString();
    return q.value(1).toBool() && (status == QLatin1String("active") || status == QLatin1String("completed"));
}

QList<EnrollmentRepository::Overdue> EnrollmentRepository::overdue(qint64 before) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT o.id, r.enrollment_id, e.sequence_id, e.prospect_id, o.account_id, r.step, "
                       "o.not_before, p.timezone, c.country FROM outbox o JOIN sequence_step_runs r ON "
                       "r.outbox_id = o.id JOIN enrollments e ON e.id = r.enrollment_id JOIN prospects p ON p.id = "
                       "e.prospect_id LEFT JOIN companies c ON c.id = p.company_id WHERE o.state = 'queued' AND "
                       "o.attempts = 0 AND "
                       "o.not_before < :before ORDER BY o.not_before, o.id"),
        {{":before", before}});
    QList<Overdue> list;
    while (q.next()) {
        Overdue o;
        o.outboxId = q.value(0).toLongLong();
        o.enrollmentId = q.value(1).toLongLong();
        o.sequenceId = q.value(2).toLongLong();
        o.prospectId = q.value(3).toLongLong();
        o.accountId = q.value(4).toLongLong();
        o.step = q.value(5).toInt();
        o.at = q.value(6).toLongLong();
        o.timezone = q.value(7).toString();
        o.country = q.value(8).toString();
        list.append(o);
    }
    return list;
}

void EnrollmentRepository::replan(qint64 outboxId, qint64 at)
{
    Sql::run(m_db, QStringLiteral("UPDATE outbox SET not_before = :t WHERE id = :id AND state = 'queued'"),
             {{":t", at}, {":id", outboxId}});
    Sql::run(m_db, QStringLiteral("UPDATE sequence_step_runs SET at = :t WHERE outbox_id = :id"),
             {{":t", at}, {":id", outboxId}});
}

QList<qint64> EnrollmentRepository::sendTimes(qint64 accountId, qint64 from, qint64 overdueBefore) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT sent_at FROM outbox WHERE account_id = :a AND sent_at >= :from UNION ALL SELECT "
                       "max(o.not_before, :from) FROM outbox o WHERE o.account_id = :a AND o.state IN ('queued', "
                       "'sending', 'transmitting') AND NOT (o.state = 'queued' AND o.attempts = 0 AND o.not_before < "
                       ":before AND EXISTS (SELECT 1 FROM sequence_step_runs r WHERE r.outbox_id = o.id))"),
        {{":a", accountId}, {":from", from}, {":before", overdueBefore}});
    QList<qint64> times;
    while (q.next()) {
        times.append(q.value(0).toLongLong());
    }
    return times;
}

qint64 EnrollmentRepository::firstSentAt(qint64 accountId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT coalesce(min(sent_at), 0) FROM outbox WHERE account_id = :a"),
                       {{":a", accountId}})
        .toLongLong();
}

QList<EnrollmentRepository::VariantResult> EnrollmentRepository::results(qint64 sequenceId) const
{
    // Each email that went, with how its enrollment ended; a stop counts for the last email sent before it.
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("SELECT r.enrollment_id, r.step, coalesce(r.variant, ''), o.sent_at, e.stop_reason, "
                                  "e.stop_detail, e.stopped_at FROM sequence_step_runs r JOIN enrollments e ON e.id = "
                                  "r.enrollment_id JOIN outbox o ON o.id = r.outbox_id AND o.state = 'sent' WHERE "
                                  "e.sequence_id = :s ORDER BY r.enrollment_id, o.sent_at"),
                   {{":s", sequenceId}});
    QMap<QPair<int, QString>, VariantResult> byKey;
    struct Last
    {
        QPair<int, QString> key;
        QString reason;
        QString detail;
    };
    QHash<qint64, Last> lastBeforeStop;
    while (q.next()) {
        const qint64 enrollment = q.value(0).toLongLong();
        const QPair<int, QString> key {q.value(1).toInt(), q.value(2).toString()};
        VariantResult& r = byKey[key];
        r.step = key.first;
        r.variant = key.second;
        ++r.sent;
        const qint64 stoppedAt = q.value(6).toLongLong();
        if (!q.value(4).isNull() && q.value(3).toLongLong() <= stoppedAt) {
            lastBeforeStop[enrollment] = {key, q.value(4).toString(), q.value(5).toString()};
        }
    }
    for (const Last& last : std::as_const(lastBeforeStop)) {
        VariantResult& r = byKey[last.key];
        if (last.reason == QLatin1String("reply")) {
            ++r.replied;
            if (last.detail == QLatin1String("interested") || last.detail == QLatin1String("meeting_time")
                || last.detail == QLatin1String("question")) {
                ++r.positive;
            }
        } else if (last.reason == QLatin1String("meeting")) {
            ++r.meetings;
        } else if (last.reason == QLatin1String("bounce")) {
            ++r.bounced;
        }
    }
    return byKey.values();
}

} // namespace sc::models
