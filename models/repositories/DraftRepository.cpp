#include "DraftRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "AuditLog.h"

namespace sc::models {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.prospect_id, TRIM(p.first_name || ' ' || p.last_name), c.name, d.kind, d.to_address, "
    "d.subject, d.body, d.language, d.status, d.created_by, d.rationale, d.created_at, d.channel "
    "FROM drafts d LEFT JOIN prospects p ON p.id = d.prospect_id LEFT JOIN companies c ON c.id = p.company_id ");

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

Draft readDraft(const QSqlQuery& q)
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
    return d;
}

} // namespace

DraftRepository::DraftRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 DraftRepository::create(const Draft& draft, qint64 now)
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO drafts (prospect_id, kind, channel, to_address, subject, body, language, "
                       "created_by, rationale, created_at) VALUES (:p, :kind, :channel, :to, :subject, :body, :lang, "
                       ":by, :why, :now)"),
        {{":p", draft.prospectId > 0 ? QVariant(draft.prospectId) : QVariant(QMetaType(QMetaType::LongLong))},
         {":kind", draft.kind},
         {":channel", draft.channel},
         {":to", draft.toAddress},
         {":subject", draft.subject},
         {":body", draft.body},
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
    QList<Draft> drafts;
    while (q.next()) {
        drafts.append(readDraft(q));
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
    return readDraft(q);
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
