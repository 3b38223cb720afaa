#include "DraftRepository.h"

#include "../ChangeHub.h"
#include "../settings/Signature.h"
#include "../settings/WorkspaceSettings.h"
#include "../store/Sql.h"
#include "AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc::models {

namespace {

// The mailbox is the one OutboxRepository::enqueueDraft sends from: the draft's own, else the first.
const QString kSelect = QStringLiteral(
    "SELECT d.id, d.prospect_id, TRIM(p.first_name || ' ' || p.last_name), c.name, d.kind, d.to_address, "
    "d.subject, d.body, d.language, d.status, d.created_by, d.rationale, d.created_at, d.channel, d.account_id, "
    "a.display_name, a.email, d.template, d.provider, d.model, d.input_tokens, d.output_tokens, d.cost, d.sources, "
    "d.flags, d.instruction, d.thread_id, d.reply_to, d.reject_reason FROM drafts d LEFT JOIN prospects p ON p.id = "
    "d.prospect_id LEFT JOIN companies c ON "
    "c.id = p.company_id LEFT JOIN mail_accounts a ON a.id = coalesce(d.account_id, (SELECT min(id) FROM "
    "mail_accounts)) ");

Draft::Status statusFromString(const QString& s)
{
    if (s == QLatin1String("approved"))
        return Draft::Status::Approved;
    if (s == QLatin1String("rejected"))
        return Draft::Status::Rejected;
    if (s == QLatin1String("sent"))
        return Draft::Status::Sent;
    if (s == QLatin1String("failed"))
        return Draft::Status::Failed;
    return Draft::Status::Pending;
}

QString sourcesJson(const QList<Draft::Source>& sources)
{
    QJsonArray array;
    for (const Draft::Source& s : sources) {
        array.append(QJsonObject {{QStringLiteral("document"), s.document},
                                  {QStringLiteral("chunk"), s.chunk},
                                  {QStringLiteral("score"), s.score}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString flagsJson(const QList<Draft::Flag>& flags)
{
    QJsonArray array;
    for (const Draft::Flag& f : flags) {
        array.append(QJsonObject {{QStringLiteral("kind"), f.kind}, {QStringLiteral("text"), f.text}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Draft::Source> sourcesFrom(const QString& json)
{
    QList<Draft::Source> sources;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        sources.append({o.value(QLatin1String("document")).toString(), o.value(QLatin1String("chunk")).toInt(),
                        o.value(QLatin1String("score")).toDouble()});
    }
    return sources;
}

QList<Draft::Flag> flagsFrom(const QString& json)
{
    QList<Draft::Flag> flags;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        flags.append({o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("text")).toString()});
    }
    return flags;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// signature: the Settings value (Setting::MailSignature), read once per statement.
Draft readDraft(const QSqlQuery& q, const QString& signature)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.prospectId = q.value(1).toLongLong();
    d.prospectName = q.value(2).toString();
    d.companyName = q.value(3).toString();
    d.kind = q.value(4).toString();
    d.toAddress = q.value(5).toString();
    d.subject = q.value(6).toString();
    d.body = q.value(7).toString();
    d.language = q.value(8).toString();
    d.status = statusFromString(q.value(9).toString());
    d.createdBy = q.value(10).toString();
    d.rationale = q.value(11).toString();
    d.createdAt = q.value(12).toLongLong();
    d.channel = q.value(13).toString();
    d.accountId = q.value(14).toLongLong();
    d.fromName = q.value(15).toString();
    d.fromEmail = q.value(16).toString();
    d.templateName = q.value(17).toString();
    d.provider = q.value(18).toString();
    d.model = q.value(19).toString();
    d.inputTokens = q.value(20).toInt();
    d.outputTokens = q.value(21).toInt();
    d.cost = q.value(22).toDouble();
    d.sources = sourcesFrom(q.value(23).toString());
    d.flags = flagsFrom(q.value(24).toString());
    d.instruction = q.value(25).toString();
    d.threadId = q.value(26).toLongLong();
    d.replyTo = q.value(27).toLongLong();
    d.rejectReason = q.value(28).toString();
    if (d.channel == QLatin1String("email")) {
        // Written before the rep had a signature or a mailbox: signed now, never shown or sent bare.
        d.body = Signature::completeBareClosing(d.body, Signature::signOff(signature, d.fromName));
    }
    return d;
}

QString signatureSetting(const QSqlDatabase& db)
{
    return WorkspaceSettings(db).text(Setting::MailSignature);
}

} // namespace

DraftRepository::DraftRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 DraftRepository::create(const Draft& draft, qint64 now)
{
    QString body = draft.body;
    if (draft.channel == QLatin1String("email")) {
        // Whoever wrote it (an agent, the demo, a script), an email draft ends with the rep's sign-off.
        const QString mailboxName
            = Sql::scalar(m_db,
                          QStringLiteral("SELECT display_name FROM mail_accounts WHERE id = coalesce((SELECT id FROM "
                                         "mail_accounts WHERE id = :a), (SELECT min(id) FROM mail_accounts))"),
                          {{":a", draft.accountId}})
                  .toString();
        body = Signature::sign(body, Signature::signOff(signatureSetting(m_db), mailboxName));
    }
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO drafts (prospect_id, account_id, kind, channel, to_address, subject, body, "
                       "language, created_by, rationale, created_at, template, provider, model, input_tokens, "
                       "output_tokens, cost, sources, flags, instruction, thread_id, reply_to) VALUES (:p, :a, :kind, "
                       ":channel, :to, :subject, :body, :lang, :by, :why, :now, :template, :provider, :model, :in, "
                       ":out, :cost, :sources, :flags, :instruction, :thread, :reply)"),
        {{":p", idOrNull(draft.prospectId)},
         {":a", idOrNull(draft.accountId)},
         {":kind", draft.kind},
         {":channel", draft.channel},
         {":to", draft.toAddress},
         {":subject", draft.subject},
         {":body", body},
         {":lang", draft.language},
         {":by", draft.createdBy},
         {":why", draft.rationale},
         {":now", now},
         {":template", textOrNull(draft.templateName)},
         {":provider", textOrNull(draft.provider)},
         {":model", textOrNull(draft.model)},
         {":in", draft.inputTokens},
         {":out", draft.outputTokens},
         {":cost", draft.cost},
         {":sources", sourcesJson(draft.sources)},
         {":flags", flagsJson(draft.flags)},
         {":instruction", textOrNull(draft.instruction)},
         {":thread", idOrNull(draft.threadId)},
         {":reply", idOrNull(draft.replyTo)}});
    ChangeHub::notify(ChangeHub::Drafts);
    return q.lastInsertId().toLongLong();
}

QList<Draft> DraftRepository::pending(int limit) const
{
    QSqlQuery q
        = Sql::run(m_db, kSelect + QStringLiteral("WHERE d.status = 'pending' ORDER BY d.created_at, d.id LIMIT :l"),
                   {{":l", limit}});
    const QString signature = signatureSetting(m_db);
    QList<Draft> drafts;
    while (q.next()) {
        drafts.append(readDraft(q, signature));
    }
    return drafts;
}

int DraftRepository::pendingCount() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM drafts WHERE status = 'pending'")).toInt();
}

std::optional<Draft> DraftRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("WHERE d.id = :id"), {{":id", id}});
    if (!q.next()) {
        return std::nullopt;
    }
    return readDraft(q, signatureSetting(m_db));
}

std::optional<DraftRepository::SequenceStep> DraftRepository::sequenceStep(qint64 draftId) const
{
    // current_step is the index (from 0) of the enrollment's next step in position order. A first email
    // stands for a first step, a follow-up for a later one; both only when that step is an email.
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT s.name, e.current_step + 1, (SELECT count(*) FROM sequence_steps WHERE sequence_id = s.id), "
            "e.next_action_at FROM drafts d JOIN enrollments e ON e.prospect_id = d.prospect_id AND e.status = "
            "'active' JOIN sequences s ON s.id = e.sequence_id AND s.active = 1 WHERE d.id = :id AND d.channel = "
            "'email' AND ((d.kind = 'first_email' AND e.current_step = 0) OR (d.kind = 'follow_up' AND "
            "e.current_step > 0)) AND (SELECT st.channel FROM sequence_steps st WHERE st.sequence_id = s.id AND "
            "(SELECT count(*) FROM sequence_steps x WHERE x.sequence_id = s.id AND x.position < st.position) = "
            "e.current_step) = 'email' ORDER BY e.next_action_at IS NULL, e.next_action_at, e.id LIMIT 1"),
        {{":id", draftId}});
    if (!q.next()) {
        return std::nullopt;
    }
    return SequenceStep {q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong()};
}

bool DraftRepository::decide(qint64 id, const QString& status, const QString& actor, const QString& reason, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE drafts SET status = :s, reject_reason = :r, decided_at = :now "
                                          "WHERE id = :id AND status = 'pending'"),
                           {{":s", status},
                            {":r", reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason)},
                            {":now", now},
                            {":id", id}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    AuditLog log(m_db);
    log.append(actor, QStringLiteral("draft.") + status, QStringLiteral("drafts"), id, reason, now);
    const QVariant prospect
        = Sql::scalar(m_db, QStringLiteral("SELECT prospect_id FROM drafts WHERE id = :id"), {{":id", id}});
    if (!prospect.isNull()) {
        log.addActivity(prospect.toLongLong(), QStringLiteral("draft.") + status,
                        status == QLatin1String("approved") ? QStringLiteral("Email draft approved")
                                                            : QStringLiteral("Email draft rejected"),
                        actor, QStringLiteral("drafts"), id, now);
    }
    transaction.commit();
    ChangeHub::notify(ChangeHub::Drafts);
    return true;
}

bool DraftRepository::approve(qint64 id, const QString& actor, qint64 now)
{
    return decide(id, QStringLiteral("approved"), actor, {}, now);
}

bool DraftRepository::reject(qint64 id, const QString& actor, const QString& reason, qint64 now)
{
    return decide(id, QStringLiteral("rejected"), actor, reason, now);
}

bool DraftRepository::edit(qint64 id, const QString& subject, const QString& body, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    // An AI draft the rep rewrote is an example of how they write: kept, before and after, for the
    // later prompts of its template (or kind). Only the first version the model wrote counts as before.
    Sql::run(m_db,
             QStringLiteral("INSERT INTO draft_examples (draft_id, template, kind, language, subject_before, "
                            "body_before, subject_after, body_after, created_at) SELECT id, coalesce(template, ''), "
                            "kind, language, subject, body, :s, :b, :now FROM drafts WHERE id = :id AND status = "
                            "'pending' AND provider IS NOT NULL AND (subject <> :s OR body <> :b)"),
             {{":s", subject}, {":b", body}, {":now", now}, {":id", id}});
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("UPDATE drafts SET subject = :s, body = :b WHERE id = :id AND status = 'pending'"),
        {{":s", subject}, {":b", body}, {":id", id}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    AuditLog(m_db).append(actor, QStringLiteral("draft.edited"), QStringLiteral("drafts"), id, {}, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Drafts);
    return true;
}

bool DraftRepository::regenerate(qint64 id, const Draft& fresh, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("UPDATE drafts SET subject = :subject, body = :body, language = :lang, rationale = :why, "
                       "template = :template, provider = :provider, model = :model, input_tokens = input_tokens + "
                       ":in, output_tokens = output_tokens + :out, cost = cost + :cost, sources = :sources, flags = "
                       ":flags, instruction = :instruction WHERE id = :id AND status = 'pending'"),
        {{":subject", fresh.subject},
         {":body", fresh.body},
         {":lang", fresh.language},
         {":why", fresh.rationale},
         {":template", textOrNull(fresh.templateName)},
         {":provider", textOrNull(fresh.provider)},
         {":model", textOrNull(fresh.model)},
         {":in", fresh.inputTokens},
         {":out", fresh.outputTokens},
         {":cost", fresh.cost},
         {":sources", sourcesJson(fresh.sources)},
         {":flags", flagsJson(fresh.flags)},
         {":instruction", textOrNull(fresh.instruction)},
         {":id", id}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    AuditLog(m_db).append(actor, QStringLiteral("draft.regenerated"), QStringLiteral("drafts"), id, fresh.instruction,
                          now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Drafts);
    return true;
}

QList<DraftRepository::Example> DraftRepository::examples(const QString& templateName, const QString& kind,
                                                          const QString& language, int limit) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT subject_before, body_before, subject_after, body_after FROM "
                                          "draft_examples WHERE template = :t AND kind = :k AND language = :l ORDER "
                                          "BY created_at DESC, id DESC LIMIT :n"),
                           {{":t", templateName}, {":k", kind}, {":l", language}, {":n", limit}});
    QList<Example> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return out;
}

bool DraftRepository::hasPending(qint64 prospectId, const QString& kind) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM drafts WHERE prospect_id = :p AND kind = :k AND "
                                      "status = 'pending')"),
                       {{":p", prospectId}, {":k", kind}})
        .toBool();
}

bool DraftRepository::hasDraftReplyingTo(qint64 messageId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM drafts WHERE reply_to = :m)"),
                       {{":m", messageId}})
        .toBool();
}

} // namespace sc::models
