#include "PrivacyRepository.h"

#include "../ChangeHub.h"
#include "../import/Normalize.h"
#include "../store/Sql.h"
#include "AuditLog.h"

#include <QCryptographicHash>

namespace sc::models {

namespace {

constexpr qint64 MonthMs = 30LL * 24 * 3600 * 1000;

int affected(QSqlQuery q)
{
    return std::max(0, q.numRowsAffected());
}

} // namespace

PrivacyRepository::PrivacyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString PrivacyRepository::hashOf(const QString& email)
{
    const QByteArray key = QByteArrayLiteral("sales-copilot-forget:") + Normalize::email(email).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

bool PrivacyRepository::isForgotten(const QString& email) const
{
    if (email.trimmed().isEmpty()) {
        return false;
    }
    return Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM suppression_hashes WHERE hash = :h"),
                       {{":h", hashOf(email)}})
        .isValid();
}

PrivacyRepository::Erased PrivacyRepository::erase(const QList<qint64>& prospectIds, bool suppress,
                                                   const QString& actor, qint64 now)
{
    Erased erased;
    Transaction transaction(m_db);
    for (const qint64 id : prospectIds) {
        QSqlQuery row = Sql::run(m_db, QStringLiteral("SELECT email FROM prospects WHERE id = :id"), {{":id", id}});
        if (!row.next()) {
            continue;
        }
        const QString email = Normalize::email(row.value(0).toString());
        if (suppress && !email.isEmpty()) {
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO suppression_hashes (hash, created_at) VALUES (:h, :now) ON "
                                    "CONFLICT (hash) DO NOTHING"),
                     {{":h", hashOf(email)}, {":now", now}});
            // The plain entry would keep the address: the hash does its work now.
            Sql::run(m_db, QStringLiteral("DELETE FROM do_not_contact WHERE value = :e"), {{":e", email}});
        }
        // The messages they wrote or received: in their threads, or naming their address.
        const QString theirMessages = QStringLiteral(
            "SELECT id FROM messages WHERE thread_id IN (SELECT id FROM threads WHERE prospect_id = :p) OR (:e <> '' "
            "AND (lower(from_address) = :e OR instr(lower(coalesce(to_addresses, '')), :e) > 0))");
        Sql::run(m_db, QStringLiteral("DELETE FROM classifier_corrections WHERE message_id IN (%1)").arg(theirMessages),
                 {{":p", id}, {":e", email}});
        erased.messages
            += affected(Sql::run(m_db, QStringLiteral("DELETE FROM messages WHERE id IN (%1)").arg(theirMessages),
                                 {{":p", id}, {":e", email}}));
        Sql::run(m_db, QStringLiteral("DELETE FROM threads WHERE prospect_id = :p"), {{":p", id}});
        Sql::run(m_db,
                 QStringLiteral("DELETE FROM draft_examples WHERE draft_id IN (SELECT id FROM drafts WHERE "
                                "prospect_id = :p)"),
                 {{":p", id}});
        erased.drafts += affected(Sql::run(
            m_db, QStringLiteral("DELETE FROM drafts WHERE prospect_id = :p OR (:e <> '' AND lower(to_address) = :e)"),
            {{":p", id}, {":e", email}}));
        erased.outbox += affected(Sql::run(
            m_db, QStringLiteral("DELETE FROM outbox WHERE prospect_id = :p OR (:e <> '' AND lower(to_address) = :e)"),
            {{":p", id}, {":e", email}}));
        // Meetings with them or that they organized, and their answers and proposed times on anyone's.
        Sql::run(m_db,
                 QStringLiteral("DELETE FROM meetings WHERE prospect_id = :p OR (:e <> '' AND "
                                "lower(coalesce(organizer, '')) = :e)"),
                 {{":p", id}, {":e", email}});
        Sql::run(m_db, QStringLiteral("DELETE FROM meeting_attendees WHERE :e <> '' AND lower(email) = :e"),
                 {{":e", email}});
        Sql::run(m_db,
                 QStringLiteral("DELETE FROM meeting_counters WHERE :e <> '' AND lower(coalesce(attendee, '')) = :e"),
                 {{":e", email}});
        // Audit rows stay (who did what, when) without the details that named them.
        Sql::run(m_db,
                 QStringLiteral("UPDATE audit_log SET details = '[erased]' WHERE details IS NOT NULL AND details <> "
                                "'[erased]' AND ((target_table = 'prospects' AND target_id = :p) OR (:e <> '' AND "
                                "instr(lower(details), :e) > 0))"),
                 {{":p", id}, {":e", email}});
        // Tasks, enrollments and their step runs, the timeline, tags, scores and form submissions go with the row.
        erased.prospects
            += affected(Sql::run(m_db, QStringLiteral("DELETE FROM prospects WHERE id = :p"), {{":p", id}}));
    }
    if (erased.prospects > 0) {
        AuditLog(m_db).append(actor,
                              suppress ? QStringLiteral("prospect.forgotten") : QStringLiteral("prospect.erased"),
                              QStringLiteral("prospects"), 0,
                              QStringLiteral("%1 prospect(s) erased%2")
                                  .arg(erased.prospects)
                                  .arg(suppress ? QStringLiteral(", never to be contacted again") : QString()),
                              now);
    }
    transaction.commit();
    if (erased.prospects > 0) {
        ChangeHub::notify(ChangeHub::Prospects);
        ChangeHub::notify(ChangeHub::Drafts);
        ChangeHub::notify(ChangeHub::Outbox);
    }
    return erased;
}

QList<qint64> PrivacyRepository::inactiveSince(qint64 before) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT p.id FROM prospects p WHERE max(p.created_at, coalesce(p.updated_at, 0), coalesce(p.deleted_at, "
            "0)) < :before AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.prospect_id = p.id AND a.occurred_at >= "
            ":before) AND NOT EXISTS (SELECT 1 FROM threads t WHERE t.prospect_id = p.id AND "
            "coalesce(t.last_message_at, "
            "0) >= :before) AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.prospect_id = p.id AND e.status IN "
            "('active', 'paused')) ORDER BY p.id"),
        {{":before", before}});
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

PrivacyRepository::Erased PrivacyRepository::applyRetention(int months, const QString& actor, qint64 now)
{
    if (months <= 0) {
        return {};
    }
    return erase(inactiveSince(now - months * MonthMs), false, actor, now);
}

} // namespace sc::models
