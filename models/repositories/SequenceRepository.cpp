#include "SequenceRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"
#include "DoNotContactRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

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
    // The first step that is not a wait; a sequence that opens with a wait starts with that many business
    // days (counted by the Decision engine from the enrollment: next_action_at is the enrollment itself).
    const std::optional<Stored> stored = find(sequenceId);
    int firstWait = 0;
    const int firstStep = stored ? stored->definition.nextAction(0, &firstWait) : -1;
    QSqlQuery email = Sql::prepare(m_db,
                                   QStringLiteral("SELECT p.email, %1 FROM prospects p WHERE p.id = :id AND "
                                                  "p.deleted_at IS NULL")
                                       .arg(QLatin1String(SettledSql)));
    QSqlQuery insert = Sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO enrollments (sequence_id, prospect_id, current_step, next_action_at, last_step_at, "
                       "created_at, updated_at) VALUES (:s, :p, :step, :next, :last, :now, :now) ON CONFLICT "
                       "(sequence_id, prospect_id) DO NOTHING"));
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
        // last_step_at: a wait before the first step counts from the enrollment; next_action_at is then a
        // lower bound (N business days are at least N days) the engine makes exact.
        Sql::bind(insert,
                  {{":s", sequenceId},
                   {":next", now + qint64(firstWait) * 86'400'000},
                   {":p", id},
                   {":step", std::max(0, firstStep)},
                   {":last", firstWait > 0 ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong))},
                   {":now", now}});
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

QList<SequenceRepository::Summary> SequenceRepository::list() const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT s.id, s.name, s.active, count(e.id), "
                       "coalesce(sum(e.status = 'active'), 0), coalesce(sum(e.status = 'paused'), 0), "
                       "coalesce(sum(e.status = 'completed'), 0), coalesce(sum(e.stop_reason = 'reply'), 0), "
                       "coalesce(sum(e.stop_reason = 'bounce'), 0), coalesce(sum(e.status = 'stopped'), 0) "
                       "FROM sequences s LEFT JOIN enrollments e ON e.sequence_id = s.id GROUP BY s.id "
                       "ORDER BY s.name COLLATE NOCASE, s.id"));
    QList<Summary> list;
    while (q.next()) {
        Summary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.active = q.value(2).toBool();
        s.enrolled = q.value(3).toInt();
        s.running = q.value(4).toInt();
        s.paused = q.value(5).toInt();
        s.finished = q.value(6).toInt();
        s.replied = q.value(7).toInt();
        s.bounced = q.value(8).toInt();
        s.stopped = q.value(9).toInt();
        list.append(s);
    }
    for (Summary& s : list) {
        if (const std::optional<Stored> stored = find(s.id)) {
            s.steps = int(stored->definition.steps.size());
        }
    }
    return list;
}

namespace {

// A sequence made before sequence files: its steps from the old step table (a delay became a wait).
SequenceDefinition fromOldSteps(const QSqlDatabase& db, qint64 id, const QString& name)
{
    SequenceDefinition d;
    d.name = name;
    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT channel, delay_days, template FROM sequence_steps WHERE sequence_id "
                                          "= :s ORDER BY position"),
                           {{":s", id}});
    while (q.next()) {
        const QString channel = q.value(0).toString();
        if (const int delay = q.value(1).toInt(); delay > 0) {
            SequenceStep wait;
            wait.channel = QStringLiteral("wait");
            wait.businessDays = delay;
            d.steps.append(wait);
        }
        SequenceStep step;
        if (channel == QLatin1String("email")) {
            step.channel = QStringLiteral("email");
            step.templateName = q.value(2).toString();
            if (step.templateName.isEmpty()) {
                step.templateName = d.steps.isEmpty() ? QStringLiteral("First touch") : QStringLiteral("Follow-up");
            }
            step.approval = true;
        } else if (channel == QLatin1String("form")) {
            step.channel = QStringLiteral("form");
        } else {
            step.channel = QStringLiteral("task");
            step.taskKind = channel == QLatin1String("linkedin_task") ? QStringLiteral("linkedin")
                : channel == QLatin1String("call")                    ? QStringLiteral("call")
                                                                      : QStringLiteral("custom");
            step.title = step.taskKind == QLatin1String("linkedin") ? QStringLiteral("Visit {{first_name}} on LinkedIn")
                : step.taskKind == QLatin1String("call")            ? QStringLiteral("Call {{first_name}}")
                                                                    : QStringLiteral("Follow up with {{first_name}}");
        }
        d.steps.append(step);
    }
    return d;
}

} // namespace

std::optional<SequenceRepository::Stored> SequenceRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT id, name, active, definition FROM sequences WHERE id = :id"),
                           {{":id", id}});
    if (!q.next()) {
        return std::nullopt;
    }
    Stored stored;
    stored.id = q.value(0).toLongLong();
    stored.active = q.value(2).toBool();
    const QString name = q.value(1).toString();
    const QJsonObject json = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    q.finish();
    QString error;
    std::optional<SequenceDefinition> definition;
    if (json.contains(QStringLiteral("steps"))) {
        definition = SequenceDefinition::fromJson(json, &error);
    }
    stored.definition = definition ? *definition : fromOldSteps(m_db, stored.id, name);
    stored.definition.name = name;
    return stored;
}

std::optional<SequenceRepository::Stored> SequenceRepository::find(const QString& name) const
{
    const QVariant id = Sql::scalar(
        m_db, QStringLiteral("SELECT id FROM sequences WHERE name = :n COLLATE NOCASE ORDER BY id LIMIT 1"),
        {{":n", name.trimmed()}});
    if (!id.isValid()) {
        return std::nullopt;
    }
    return find(id.toLongLong());
}

namespace {

void requireFreeName(const QSqlDatabase& db, const QString& name, qint64 exceptId)
{
    if (name.trimmed().isEmpty()) {
        throw ValidationError(QStringLiteral("A sequence needs a name."));
    }
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM sequences WHERE name = :n COLLATE NOCASE AND id <> :id"),
                    {{":n", name.trimmed()}, {":id", exceptId}})
            .isValid()) {
        throw ValidationError(QStringLiteral("A sequence named \"%1\" already exists.").arg(name.trimmed()));
    }
}

QString definitionText(const SequenceDefinition& definition)
{
    return QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 SequenceRepository::create(const SequenceDefinition& definition, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    requireFreeName(m_db, definition.name, 0);
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("INSERT INTO sequences (name, active, definition, created_at, updated_at) "
                                          "VALUES (:n, 1, :d, :now, :now)"),
                           {{":n", definition.name.trimmed()}, {":d", definitionText(definition)}, {":now", now}});
    const qint64 id = q.lastInsertId().toLongLong();
    AuditLog(m_db).append(actor, QStringLiteral("sequences.create"), QStringLiteral("sequences"), id,
                          QStringLiteral("%1 steps").arg(definition.steps.size()), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return id;
}

void SequenceRepository::update(qint64 id, const SequenceDefinition& definition, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    requireFreeName(m_db, definition.name, id);
    QSqlQuery q
        = Sql::run(m_db,
                   QStringLiteral("UPDATE sequences SET name = :n, definition = :d, updated_at = :now WHERE "
                                  "id = :id"),
                   {{":n", definition.name.trimmed()}, {":d", definitionText(definition)}, {":now", now}, {":id", id}});
    if (q.numRowsAffected() == 0) {
        throw ValidationError(QStringLiteral("This sequence no longer exists."));
    }
    AuditLog(m_db).append(actor, QStringLiteral("sequences.update"), QStringLiteral("sequences"), id,
                          QStringLiteral("%1 steps").arg(definition.steps.size()), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

bool SequenceRepository::sendWinnerToRest(qint64 sequenceId, int step, const QString& variant, const QString& actor,
                                          qint64 now)
{
    Transaction transaction(m_db);
    std::optional<Stored> stored = find(sequenceId);
    if (!stored) {
        throw ValidationError(QStringLiteral("This sequence no longer exists."));
    }
    SequenceDefinition& d = stored->definition;
    if (step < 0 || step >= d.steps.size()) {
        throw ValidationError(QStringLiteral("The sequence \"%1\" has no step %2 (it has %3: 0 to %4).")
                                  .arg(d.name)
                                  .arg(step)
                                  .arg(d.steps.size())
                                  .arg(d.steps.size() - 1));
    }
    SequenceStep& s = d.steps[step];
    if (s.channel != QLatin1String("email") || s.variants.size() < 2) {
        throw ValidationError(QStringLiteral("Step %1 of \"%2\" is not an A/B test.").arg(step).arg(d.name));
    }
    const auto winner = std::find_if(s.variants.begin(), s.variants.end(), [&variant](const SequenceVariant& v) {
        return v.name.compare(variant.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (variant.trimmed().isEmpty() || winner == s.variants.end()) {
        throw ValidationError(
            QStringLiteral("Step %1 of \"%2\" has no version \"%3\".").arg(step).arg(d.name, variant.trimmed()));
    }
    const QString name = winner->name;
    if (s.soleVariant() == name) {
        return false;
    }
    for (SequenceVariant& v : s.variants) {
        if (v.name != name) {
            v.weight = 0;
        } else if (v.weight <= 0) {
            v.weight = 1; // all at 0 would give the first version, not the winner
        }
    }
    Sql::run(m_db, QStringLiteral("UPDATE sequences SET definition = :d, updated_at = :now WHERE id = :id"),
             {{":d", definitionText(d)}, {":now", now}, {":id", sequenceId}});
    // The engine draws a version once per enrollment and keeps it for every later A/B step: one that holds
    // another version and has not reached this step draws again, by the new weights, when it does.
    QSqlQuery redraw = Sql::run(
        m_db,
        QStringLiteral("UPDATE enrollments SET variant = NULL, updated_at = :now WHERE sequence_id = :s AND status IN "
                       "('active', 'paused') AND current_step <= :step AND variant IS NOT NULL AND variant <> :v AND "
                       "NOT EXISTS (SELECT 1 FROM sequence_step_runs r WHERE r.enrollment_id = enrollments.id AND "
                       "r.step = :step)"),
        {{":now", now}, {":s", sequenceId}, {":step", step}, {":v", name}});
    AuditLog(m_db).append(actor, QStringLiteral("sequences.send_winner"), QStringLiteral("sequences"), sequenceId,
                          QStringLiteral("step %1: version %2 to everyone from now on (%3 enrollments draw again)")
                              .arg(step)
                              .arg(name)
                              .arg(redraw.numRowsAffected()),
                          now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
}

namespace {

// Queued emails of these enrollments leave the outbox's queue (a stop or a pause); the step runs that made
// them are forgotten so that a resume makes them again, at a new time. Returns how many were cancelled.
int cancelQueued(const QSqlDatabase& db, const QString& enrollmentFilter, SqlBindings bindings)
{
    const QString runs = QStringLiteral("SELECT r.outbox_id FROM sequence_step_runs r JOIN enrollments e ON e.id = "
                                        "r.enrollment_id WHERE r.outbox_id IS NOT NULL AND %1")
                             .arg(enrollmentFilter);
    QSqlQuery cancelled = Sql::prepare(
        db, QStringLiteral("UPDATE outbox SET state = 'cancelled' WHERE state = 'queued' AND id IN (%1)").arg(runs));
    Sql::bind(cancelled, bindings);
    Sql::exec(cancelled);
    const int count = cancelled.numRowsAffected();
    // Their step runs go, and each enrollment goes back to the earliest step it lost.
    QSqlQuery back = Sql::prepare(
        db,
        QStringLiteral("UPDATE enrollments SET (current_step, next_action_at, last_step_at) = (SELECT min(r.step), "
                       "min(r.at), NULL FROM sequence_step_runs r JOIN outbox o ON o.id = r.outbox_id WHERE "
                       "r.enrollment_id = enrollments.id AND o.state = 'cancelled') WHERE id IN (SELECT "
                       "r.enrollment_id FROM sequence_step_runs r JOIN outbox o "
                       "ON o.id = r.outbox_id JOIN enrollments e ON e.id = r.enrollment_id WHERE o.state = "
                       "'cancelled' AND %1)")
            .arg(enrollmentFilter));
    Sql::bind(back, bindings);
    Sql::exec(back);
    QSqlQuery forget = Sql::prepare(
        db,
        QStringLiteral("DELETE FROM sequence_step_runs WHERE id IN (SELECT r.id FROM sequence_step_runs r JOIN "
                       "outbox o ON o.id = r.outbox_id JOIN enrollments e ON e.id = r.enrollment_id WHERE "
                       "o.state = 'cancelled' AND %1)")
            .arg(enrollmentFilter));
    Sql::bind(forget, bindings);
    Sql::exec(forget);
    return count;
}

} // namespace

bool SequenceRepository::setActive(qint64 id, bool active, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("UPDATE sequences SET active = :a, updated_at = :now WHERE id = :id AND active <> :a"),
        {{":a", active ? 1 : 0}, {":now", now}, {":id", id}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    if (!active) {
        cancelQueued(m_db, QStringLiteral("e.sequence_id = :s AND e.status = 'active'"), {{":s", id}});
    }
    AuditLog(m_db).append(actor, active ? QStringLiteral("sequences.resume") : QStringLiteral("sequences.pause"),
                          QStringLiteral("sequences"), id, QString(), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    ChangeHub::notify(ChangeHub::Outbox);
    return true;
}

bool SequenceRepository::setProspectPaused(qint64 sequenceId, qint64 prospectId, bool paused, const QString& actor,
                                           qint64 now)
{
    Transaction transaction(m_db);
    if (paused) {
        cancelQueued(m_db, QStringLiteral("e.sequence_id = :s AND e.prospect_id = :p AND e.status = 'active'"),
                     {{":s", sequenceId}, {":p", prospectId}});
    }
    // A pause by the rep has no end (resume_at NULL); resuming makes the step due again at once.
    QSqlQuery q = Sql::run(
        m_db,
        paused ? QStringLiteral("UPDATE enrollments SET status = 'paused', resume_at = NULL, updated_at = :now WHERE "
                                "sequence_id = :s AND prospect_id = :p AND status = 'active'")
               : QStringLiteral("UPDATE enrollments SET status = 'active', resume_at = NULL, next_action_at = :now, "
                                "updated_at = :now WHERE sequence_id = :s AND prospect_id = :p "
                                "AND status = 'paused'"),
        {{":now", now}, {":s", sequenceId}, {":p", prospectId}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    const QVariant name
        = Sql::scalar(m_db, QStringLiteral("SELECT name FROM sequences WHERE id = :id"), {{":id", sequenceId}});
    AuditLog(m_db).addActivity(prospectId,
                               paused ? QStringLiteral("sequence.paused") : QStringLiteral("sequence.resumed"),
                               paused ? QStringLiteral("Sequence %1 paused").arg(name.toString())
                                      : QStringLiteral("Sequence %1 resumed").arg(name.toString()),
                               actor, QStringLiteral("sequences"), sequenceId, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
}

QList<SequenceRepository::ProspectEnrollment> SequenceRepository::forProspect(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT e.id, e.sequence_id, s.name, e.status, e.current_step, e.stop_reason, "
                       "e.stop_detail, e.next_action_at, e.resume_at, e.stopped_at FROM enrollments e JOIN "
                       "sequences s ON s.id = e.sequence_id WHERE e.prospect_id = :p ORDER BY e.created_at DESC, "
                       "e.id DESC"),
        {{":p", prospectId}});
    QList<ProspectEnrollment> list;
    while (q.next()) {
        ProspectEnrollment e;
        e.enrollmentId = q.value(0).toLongLong();
        e.sequenceId = q.value(1).toLongLong();
        e.sequence = q.value(2).toString();
        e.status = q.value(3).toString();
        e.step = q.value(4).toInt();
        e.stopReason = q.value(5).toString();
        e.stopDetail = q.value(6).toString();
        e.nextActionAt = q.value(7).toLongLong();
        e.resumeAt = q.value(8).toLongLong();
        e.stoppedAt = q.value(9).toLongLong();
        list.append(e);
    }
    q.finish();
    for (ProspectEnrollment& e : list) {
        if (const std::optional<Stored> stored = find(e.sequenceId)) {
            e.steps = int(stored->definition.steps.size());
            if (e.step >= 0 && e.step < e.steps) {
                e.stepChannel = stored->definition.steps.at(e.step).channel;
            }
        }
    }
    return list;
}

QList<SequenceRepository::Enrolled> SequenceRepository::enrolled(qint64 sequenceId, int limit) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT e.prospect_id, trim(p.first_name || ' ' || p.last_name), coalesce(c.name, ''), "
                       "coalesce(p.email, ''), e.status, e.current_step, coalesce(e.variant, ''), "
                       "coalesce(e.stop_reason, ''), coalesce(e.next_action_at, 0), coalesce(e.resume_at, 0), "
                       "coalesce(e.stopped_at, 0) FROM enrollments e JOIN prospects p ON p.id = e.prospect_id "
                       "LEFT JOIN companies c ON c.id = p.company_id WHERE e.sequence_id = :s AND p.deleted_at IS "
                       "NULL ORDER BY CASE e.status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 WHEN 'completed' "
                       "THEN 2 ELSE 3 END, p.first_name COLLATE NOCASE, p.last_name COLLATE NOCASE, e.id LIMIT :limit"),
        {{":s", sequenceId}, {":limit", limit}});
    QList<Enrolled> list;
    while (q.next()) {
        Enrolled e;
        e.prospectId = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.company = q.value(2).toString();
        e.email = q.value(3).toString();
        e.status = q.value(4).toString();
        e.step = q.value(5).toInt();
        e.variant = q.value(6).toString();
        e.stopReason = q.value(7).toString();
        e.nextActionAt = q.value(8).toLongLong();
        e.resumeAt = q.value(9).toLongLong();
        e.stoppedAt = q.value(10).toLongLong();
        list.append(e);
    }
    return list;
}

} // namespace sc::models
