#include "DraftRepository.h"

#include "../ChangeHub.h"
#include "../settings/Signature.h"
#include "../settings/WorkspaceSettings.h"
#include "../store/Sql.h"
#include "AuditLog.h"

namespace sc::models {

namespace {

// The mailbox is the one OutboxRepository::enqueueDraft sends from: the draft's own, else the first.
const QString kSelect = QStringLiteral(
    "SELECT d.id, d.prospect_id, TRIM(p.first_name || ' ' || p.last_name), c.name, d.kind, d.to_address, "
    "d.subject, d.body, d.language, d.status, d.created_by, d.rationale, d.created_at, d.channel, d.account_id, "
    "a.display_name, a.email FROM drafts d LEFT JOIN prospects p ON p.id = d.prospect_id LEFT JOIN companies c ON "
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
                       "language, created_by, rationale, created_at) VALUES (:p, :a, :kind, :channel, :to, :subject, "
                       ":body, :lang, :by, :why, :now)"),
        {{":p", draft.prospectId > 0 ? QVariant(draft.prospectId) : QVariant(QMetaType(QMetaType::LongLong))},
         {":a", draft.accountId > 0 ? QVariant(draft.accountId) : QVariant(QMetaType(QMetaType::LongLong))},
         {":kind", draft.kind},
         {":channel", draft.channel},
         {":to", draft.toAddress},
         {":subject", draft.subject},
         {":body", body},
         {":lang", draft.language},
         {":by", draft.createdBy},
         {":why", draft.rationale},
         {":now", now}});
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

} // namespace sc::models
