#include "DecisionEngine.h"

#include "AbTest.h"
#include "BusinessCalendar.h"
#include "LearnedSendTimes.h"
#include "ProspectZone.h"
#include "SendSlots.h"
#include "agents/conversation/ConversationAgent.h"
#include "agents/conversation/templates/TemplateVariables.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/EnrollmentRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/repositories/SequenceRepository.h"
#include "models/repositories/TemplateRepository.h"
#include "models/store/Sql.h"

#include <QSet>
#include <map>
#include <queue>

namespace sc::agents::decision {

using models::EnrollmentRepository;
using models::SequenceDefinition;
using models::SequenceStep;

namespace {

// A sequence email still queued this long after its time is planned again (the laptop slept).
constexpr qint64 OverdueGraceMs = 5 * 60 * 1000;

struct Sequence
{
    SequenceDefinition definition;
    qint64 accountId = 0;
    QTimeZone zone;
    BusinessHours hours;
};

// One step of one enrollment waiting for its moment (or a queued email to plan again), by time.
struct Event
{
    qint64 t = 0;
    quint64 order = 0;
    bool overdue = false;
    qint64 enrollmentId = 0;
    qint64 sequenceId = 0;
    qint64 prospectId = 0;
    int step = 0;
    QString variant;
    QString email;
    QString language;
    QByteArray zoneId;
    qint64 outboxId = 0;
    qint64 accountId = 0;
    bool screened = false; // the do-not-contact list was asked
    bool reserved = false; // its send slot is taken: it runs when popped
    bool operator>(const Event& other) const { return t != other.t ? t > other.t : order > other.order; }
};

class Planner
{
public:
    Planner(QSqlDatabase db, const DecisionEngine::Options& options)
        : m_db(std::move(db))
        , m_options(options)
        , m_enrollments(m_db)
        , m_sender(conversation::TemplateVariables::sender(m_db))
    {
        m_accounts = models::MailAccountRepository(m_db).list();
    }

    DecisionEngine::Result run();

private:
    Sequence* sequence(qint64 id);
    const BusinessCalendar& calendar(qint64 sequenceId, const QByteArray& zoneId);
    QByteArray zoneOf(const Sequence& s, const QString& tz, const QString& country);
    SendSlots& slots(qint64 accountId);
    // True when the mailbox's sending is paused (bounces, a complaint, the rep): said once per run.
    bool sendingPaused(qint64 accountId);
    void push(Event e, qint64 dueAt);
    void runStep(const Event& e, qint64 at);
    QString runEmail(const Event& e, const SequenceStep& step, qint64 at, qint64* outboxId, qint64* draftId,
                     qint64* jobId);

    QSqlDatabase m_db;
    DecisionEngine::Options m_options;
    EnrollmentRepository m_enrollments;
    conversation::TemplateVariables::Sender m_sender;
    QList<models::MailAccount> m_accounts;
    std::map<qint64, Sequence> m_sequences;
    std::map<std::pair<qint64, QByteArray>, BusinessCalendar> m_calendars;
    QHash<QString, QByteArray> m_zones;
    std::map<qint64, SendSlots> m_slots;
    QSet<qint64> m_pausedSaid;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_queue;
    quint64 m_order = 0;
    DecisionEngine::Result m_result;
    LearnedSendTimes m_sendTimes {m_db}; // read once per run; no pattern: the plain first moment
};

Sequence* Planner::sequence(qint64 id)
{
    if (auto it = m_sequences.find(id); it != m_sequences.end()) {
        return &it->second;
    }
    const std::optional<models::SequenceRepository::Stored> stored = models::SequenceRepository(m_db).find(id);
    if (!stored) {
        return nullptr;
    }
    Sequence s;
    s.definition = stored->definition;
    s.zone = QTimeZone(s.definition.timezone.toUtf8());
    if (!s.zone.isValid()) {
        s.zone = QTimeZone::utc();
    }
    s.hours.days = s.definition.weekdays();
    s.hours.start = s.definition.start;
    s.hours.end = s.definition.end;
    s.hours.holidays = s.definition.holidays;
    // The file's mailbox by name or address, else the first one.
    for (const models::MailAccount& a : std::as_const(m_accounts)) {
        if (s.definition.account.isEmpty() || a.displayName.compare(s.definition.account, Qt::CaseInsensitive) == 0
            || a.email.compare(s.definition.account, Qt::CaseInsensitive) == 0) {
            s.accountId = a.id;
            break;
        }
    }
    if (s.accountId == 0 && !m_accounts.isEmpty()) {
        m_result.problems.append(QStringLiteral("%1: there is no mailbox \"%2\"; its emails wait in Approvals.")
                                     .arg(s.definition.name, s.definition.account));
    }
    return &m_sequences.emplace(id, std::move(s)).first->second;
}

QByteArray Planner::zoneOf(const Sequence& s, const QString& tz, const QString& country)
{
    const QString key = tz + QLatin1Char('|') + country + QLatin1Char('|') + s.definition.timezone;
    auto it = m_zones.find(key);
    if (it == m_zones.end()) {
        it = m_zones.insert(key, ProspectZone::resolve(tz, country, s.zone).id());
    }
    return *it;
}

const BusinessCalendar& Planner::calendar(qint64 sequenceId, const QByteArray& zoneId)
{
    const std::pair<qint64, QByteArray> key {sequenceId, zoneId};
    if (auto it = m_calendars.find(key); it != m_calendars.end()) {
        return it->second;
    }
    return m_calendars.emplace(key, BusinessCalendar(QTimeZone(zoneId), m_sequences.at(sequenceId).hours))
        .first->second;
}

bool Planner::sendingPaused(qint64 accountId)
{
    for (const models::MailAccount& a : std::as_const(m_accounts)) {
        if (a.id == accountId && a.sendingPaused()) {
            if (!m_pausedSaid.contains(accountId)) {
                m_pausedSaid.insert(accountId);
                m_result.problems.append(QStringLiteral("Sending from %1 is paused: %2 Its sequence emails wait "
                                                        "until it is resumed.")
                                             .arg(a.displayName, a.sendingPausedReason));
            }
            return true;
        }
    }
    return false;
}

SendSlots& Planner::slots(qint64 accountId)
{
    if (auto it = m_slots.find(accountId); it != m_slots.end()) {
        return it->second;
    }
    Rules rules;
    for (const models::MailAccount& a : std::as_const(m_accounts)) {
        if (a.id == accountId) {
            rules.perDay = std::max(1, a.dailySendCap);
            rules.warmed = a.warmed;
        }
    }
    // The strictest caps of the sequences that send from this mailbox.
    rules.minSpacingSeconds = 0;
    for (const auto& [id, s] : m_sequences) {
        if (s.accountId == accountId) {
            rules.perDay = std::min(rules.perDay, std::max(1, s.definition.perDay));
            rules.minSpacingSeconds = std::max(rules.minSpacingSeconds, s.definition.minSpacingSeconds);
        }
    }
    rules.rampStartMs = m_enrollments.firstSentAt(accountId);
    const qint64 now = m_options.now;
    return m_slots
        .emplace(accountId,
                 SendSlots(rules, m_enrollments.sendTimes(accountId, now - SendSlots::DayMs, now - OverdueGraceMs)))
        .first->second;
}

void Planner::push(Event e, qint64 dueAt)
{
    e.t = m_sendTimes.runMoment(calendar(e.sequenceId, e.zoneId), std::max(dueAt, m_options.now), e.prospectId);
    if (e.t > m_options.until) {
        if (!m_options.dryRun && !e.overdue) {
            m_enrollments.setNextActionAt(e.enrollmentId, dueAt); // not read again before then
        }
        return;
    }
    e.order = m_order++;
    m_queue.push(std::move(e));
}

DecisionEngine::Result Planner::run()
{
    if (!m_options.dryRun) {
        m_enrollments.resumeReturned(m_options.until, m_options.now);
    }
    const models::DoNotContactRepository suppression(m_db);
    for (const EnrollmentRepository::Due& d : m_enrollments.due(m_options.until)) {
        Sequence* s = sequence(d.sequenceId);
        if (!s) {
            continue;
        }
        Event e;
        e.enrollmentId = d.id;
        e.sequenceId = d.sequenceId;
        e.prospectId = d.prospectId;
        int unused = 0;
        e.step = s->definition.nextAction(d.step, &unused);
        e.variant = d.variant;
        e.email = d.email;
        e.language = d.language;
        e.zoneId = zoneOf(*s, d.timezone, d.country);
        if (e.step < 0) {
            if (!m_options.dryRun) {
                m_enrollments.advance(d.id, -1, 0, d.lastStepAt, m_options.now);
            }
            continue;
        }
        const int wait = DecisionEngine::waitBefore(s->definition, e.step);
        qint64 dueAt = d.nextActionAt;
        if (d.lastStepAt > 0 && wait > 0) {
            dueAt = std::max(dueAt, calendar(e.sequenceId, e.zoneId).addBusinessDays(d.lastStepAt, wait));
        }
        push(std::move(e), dueAt);
    }
    if (!m_options.dryRun) {
        for (const EnrollmentRepository::Overdue& o : m_enrollments.overdue(m_options.now - OverdueGraceMs)) {
            Sequence* s = sequence(o.sequenceId);
            if (!s) {
                continue;
            }
            Event e;
            e.overdue = true;
            e.enrollmentId = o.enrollmentId;
            e.sequenceId = o.sequenceId;
            e.prospectId = o.prospectId;
            e.step = o.step;
            e.outboxId = o.outboxId;
            e.accountId = o.accountId;
            e.zoneId = zoneOf(*s, o.timezone, o.country);
            push(std::move(e), m_options.now);
        }
    }
    while (!m_queue.empty() && !(m_options.canceled && m_options.canceled())) {
        Event e = m_queue.top();
        m_queue.pop();
        const Sequence& s = m_sequences.at(e.sequenceId);
        const SequenceStep& step = s.definition.steps.at(e.step);
        if (!e.overdue && !e.screened) {
            if (suppression.isSuppressed(e.email)) {
                if (!m_options.dryRun) {
                    m_enrollments.stopProspect(e.prospectId, QStringLiteral("do_not_contact"), QString(),
                                               QStringLiteral("decision"), m_options.now);
                }
                ++m_result.stopped;
                continue;
            }
            e.screened = true;
        }
        qint64 at = e.t;
        if (step.channel == QLatin1String("email") && !e.reserved) {
            const qint64 accountId = e.overdue ? e.accountId : s.accountId;
            if (sendingPaused(accountId)) {
                ++m_result.waiting; // its emails wait, unplanned, until the rep resumes the mailbox
                continue;
            }
            if (accountId > 0) {
                // The first slot the caps allow that is inside business hours, taken now: the event comes back
                // at that moment and runs (taking it now keeps a crowd of due emails from being popped again for
                // every slot one of them takes).
                const BusinessCalendar& hours = calendar(e.sequenceId, e.zoneId);
                for (int tries = 0; tries < 10'000; ++tries) {
                    const qint64 slot = slots(accountId).earliest(at);
                    const qint64 open = hours.nextOpen(slot);
                    at = open;
                    if (open == slot) {
                        break;
                    }
                }
                if (at > m_options.until) {
                    ++m_result.waiting;
                    continue;
                }
                slots(accountId).take(at);
                if (at != e.t) {
                    e.t = at;
                    e.reserved = true;
                    e.order = m_order++;
                    m_queue.push(std::move(e));
                    continue;
                }
            }
        }
        if (e.overdue) {
            if (!m_options.dryRun) {
                m_enrollments.replan(e.outboxId, at);
            }
            m_result.planned.append({e.enrollmentId, e.prospectId, e.sequenceId, e.step, step.channel, e.variant, at,
                                     QStringLiteral("replanned")});
            continue;
        }
        runStep(e, at);
    }
    return m_result;
}

void Planner::runStep(const Event& event, qint64 at)
{
    Event e = event;
    const Sequence& s = m_sequences.at(e.sequenceId);
    const SequenceStep& step = s.definition.steps.at(e.step);
    if (step.channel == QLatin1String("email") && !step.variants.isEmpty() && e.variant.isEmpty()) {
        QList<int> weights;
        for (const models::SequenceVariant& v : step.variants) {
            weights.append(v.weight);
        }
        e.variant = step.variants.at(AbTest::pick(weights, quint64(e.enrollmentId))).name;
    }
    int wait = 0;
    const int next = s.definition.nextAction(e.step + 1, &wait);
    const qint64 nextDue = wait > 0 ? calendar(e.sequenceId, e.zoneId).addBusinessDays(at, wait) : at;
    QString outcome = step.channel == QLatin1String("email") ? QStringLiteral("queued") : step.channel;
    if (!m_options.dryRun) {
        models::Transaction transaction(m_db);
        if (!m_enrollments.takeStep({e.enrollmentId, e.step, step.channel, e.variant, at, s.accountId},
                                    m_options.now)) {
            return; // it ran already: never twice
        }
        qint64 outboxId = 0;
        qint64 draftId = 0;
        qint64 taskId = 0;
        qint64 jobId = 0;
        if (step.channel == QLatin1String("email")) {
            outcome = runEmail(e, step, at, &outboxId, &draftId, &jobId);
            if (outcome.isEmpty()) {
                return; // rolled back: the problem is in the result, the step stays due
            }
        } else if (step.channel == QLatin1String("task")) {
            QString title = step.title;
            if (const auto values = conversation::TemplateVariables::load(m_db, e.prospectId, m_sender)) {
                const QString rendered = conversation::TemplateRenderer::renderText(
                                             step.title, *values, conversation::TemplateRenderer::Format::Text)
                                             .text;
                title = rendered.trimmed().isEmpty() ? title : rendered;
            }
            taskId = m_enrollments.addTask(e.prospectId, step.taskKind, title, at, e.sequenceId, m_options.now);
        } else if (step.channel == QLatin1String("form")) {
            models::NewJob job = models::FormSubmissionRepository::prepareJob(e.prospectId, e.sequenceId);
            job.runAt = at;
            jobId = models::JobRepository(m_db).enqueue(job, m_options.now);
        }
        m_enrollments.linkStep(e.enrollmentId, e.step, outboxId, draftId, taskId, jobId);
        if (!e.variant.isEmpty() && event.variant.isEmpty()) {
            m_enrollments.setVariant(e.enrollmentId, e.variant);
        }
        m_enrollments.advance(e.enrollmentId, next, nextDue, at, m_options.now);
        transaction.commit();
    }
    m_result.planned.append({e.enrollmentId, e.prospectId, e.sequenceId, e.step, step.channel,
                             step.channel == QLatin1String("email") && !step.variants.isEmpty() ? e.variant : QString(),
                             at, outcome});
    if (next >= 0) {
        e.step = next;
        push(std::move(e), nextDue);
    }
}

// The step's email: to the outbox when it may go by itself, else a draft in Approvals (the sequence asks
// for approval, a variable has no value, no mailbox), or a draft job for the Conversation agent (AI).
// Empty with a problem when its template does not exist.
QString Planner::runEmail(const Event& e, const SequenceStep& step, qint64 at, qint64* outboxId, qint64* draftId,
                          qint64* jobId)
{
    const Sequence& s = m_sequences.at(e.sequenceId);
    int waited = 0;
    const bool first = s.definition.nextAction(0, &waited) == e.step;
    const QString kind = first ? QStringLiteral("first_email") : QStringLiteral("follow_up");
    if (step.ai) {
        *jobId = models::JobRepository(m_db).enqueue(
            conversation::ConversationAgent::draftJob({e.prospectId}, kind, step.templateName, step.instruction),
            m_options.now);
        return QStringLiteral("ai");
    }
    models::EmailTemplate t;
    t.language = e.language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    if (!step.variants.isEmpty()) {
        const models::SequenceVariant* chosen = &step.variants.first();
        for (const models::SequenceVariant& v : step.variants) {
            if (v.name == e.variant) {
                chosen = &v;
            }
        }
        t.subject = chosen->subject;
        t.body = chosen->body;
    } else {
        models::TemplateRepository templates(m_db);
        std::optional<models::EmailTemplate> found = templates.variant(step.templateName, t.language);
        if (!found) {
            // By category ("follow_up"), in the prospect's language, else any.
            for (const models::EmailTemplate& candidate : templates.list()) {
                if (candidate.category == step.templateName && (!found || candidate.language == t.language)) {
                    found = candidate;
                }
            }
        }
        if (!found) {
            m_result.problems.append(
                QStringLiteral("%1: there is no template \"%2\".").arg(s.definition.name, step.templateName));
            return {};
        }
        t = *found;
    }
    const std::optional<conversation::TemplateRenderer::Email> email
        = conversation::TemplateVariables::draft(m_db, t, e.prospectId, m_sender);
    if (!email) {
        return {};
    }
    if (step.approval || !email->ready() || s.accountId == 0) {
        models::Draft draft;
        draft.prospectId = e.prospectId;
        draft.kind = kind;
        draft.toAddress = e.email;
        draft.accountId = s.accountId;
        draft.subject = email->subject;
        draft.body = email->body;
        draft.language = t.language;
        draft.createdBy = QStringLiteral("decision");
        draft.templateName = t.name;
        draft.rationale = QStringLiteral("Step %1 of the sequence %2.").arg(e.step + 1).arg(s.definition.name);
        *draftId = models::DraftRepository(m_db).create(draft, m_options.now);
        return QStringLiteral("approval");
    }
    models::OutboxMessage m;
    m.accountId = s.accountId;
    m.prospectId = e.prospectId;
    m.toAddress = e.email;
    m.subject = email->subject;
    m.text = email->body;
    m.notBefore = at;
    m.inReplyTo = m_enrollments.lastMessageId(e.enrollmentId); // a follow-up stays in the first email's thread
    QString problem;
    *outboxId = models::OutboxRepository(m_db).enqueue(m, m_options.now, &problem);
    if (*outboxId == 0) {
        m_result.problems.append(QStringLiteral("%1: %2").arg(e.email, problem));
        return {};
    }
    return QStringLiteral("queued");
}

} // namespace

DecisionEngine::DecisionEngine(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int DecisionEngine::waitBefore(const SequenceDefinition& definition, int step)
{
    int days = 0;
    for (int i = step - 1; i >= 0 && definition.steps.at(i).channel == QLatin1String("wait"); --i) {
        days += definition.steps.at(i).businessDays;
    }
    return days;
}

DecisionEngine::Result DecisionEngine::run(const Options& options)
{
    Planner planner(m_db, options);
    return planner.run();
}

} // namespace sc::agents::decision
