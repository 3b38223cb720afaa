#include "MailAccountRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "AuditLog.h"

namespace sc::models {

MailAccountRepository::MailAccountRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<MailAccount> MailAccountRepository::list() const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT id, display_name, email, imap_host, imap_port, smtp_host, smtp_port, username, "
            "daily_send_cap, imap_security, smtp_security, auth_method, warmed, "
            "sending_paused_at, sending_paused_reason FROM mail_accounts ORDER BY display_name COLLATE NOCASE"));
    QList<MailAccount> accounts;
    while (q.next()) {
        MailAccount a;
        a.id = q.value(0).toLongLong();
        a.displayName = q.value(1).toString();
        a.email = q.value(2).toString();
        a.imapHost = q.value(3).toString();
        a.imapPort = q.value(4).toInt();
        a.smtpHost = q.value(5).toString();
        a.smtpPort = q.value(6).toInt();
        a.username = q.value(7).toString();
        a.dailySendCap = q.value(8).toInt();
        a.imapSecurity = q.value(9).toString();
        a.smtpSecurity = q.value(10).toString();
        a.authMethod = q.value(11).toString();
        a.warmed = q.value(12).toBool();
        a.sendingPausedAt = q.value(13).toLongLong();
        a.sendingPausedReason = q.value(14).toString();
        accounts.append(a);
    }
    return accounts;
}

qint64 MailAccountRepository::add(const MailAccount& a, qint64 now)
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO mail_accounts (display_name, email, imap_host, imap_port, imap_security, smtp_host, "
            "smtp_port, smtp_security, username, secret_key, daily_send_cap, auth_method, created_at) VALUES (:dn, "
            ":email, :ih, :ip, :is, :sh, :sp, :ss, :user, :key, :cap, :auth, :now)"),
        {{":dn", a.displayName},
         {":email", a.email},
         {":ih", a.imapHost},
         {":ip", a.imapPort},
         {":is", a.imapSecurity},
         {":ss", a.smtpSecurity},
         {":sh", a.smtpHost},
         {":sp", a.smtpPort},
         {":user", a.username},
         {":key", a.secretKey()},
         {":cap", a.dailySendCap},
         {":auth", a.authMethod},
         {":now", now}});
    const qint64 id = q.lastInsertId().toLongLong();
    if (a.warmed) {
        setWarmed(id, true);
    }
    ChangeHub::notify(ChangeHub::Accounts);
    return id;
}

bool MailAccountRepository::setWarmed(qint64 id, bool warmed)
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("UPDATE mail_accounts SET warmed = :w WHERE id = :id"),
                           {{":w", warmed ? 1 : 0}, {":id", id}});
    ChangeHub::notify(ChangeHub::Accounts);
    return q.numRowsAffected() > 0;
}

void MailAccountRepository::remove(qint64 id)
{
    Sql::run(m_db, QStringLiteral("DELETE FROM mail_accounts WHERE id = :id"), {{":id", id}});
    ChangeHub::notify(ChangeHub::Accounts);
}

bool MailAccountRepository::pauseSending(qint64 id, const QString& reason, const QString& actor, qint64 now)
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE mail_accounts SET sending_paused_at = :now, sending_paused_reason = "
                                          ":r WHERE id = :id AND sending_paused_at IS NULL"),
                           {{":now", now}, {":r", reason}, {":id", id}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    AuditLog(m_db).append(actor, QStringLiteral("mail_account.sending_paused"), QStringLiteral("mail_accounts"), id,
                          reason, now);
    ChangeHub::notify(ChangeHub::Accounts);
    return true;
}

QString MailAccountRepository::pausedReason(qint64 id) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT coalesce(sending_paused_reason, 'Sending is paused.') FROM mail_accounts WHERE id = :id AND "
            "sending_paused_at IS NOT NULL"),
        {{":id", id}});
    return q.next() ? q.value(0).toString() : QString();
}

bool MailAccountRepository::resumeSending(qint64 id, const QString& actor, qint64 now)
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE mail_accounts SET sending_paused_at = NULL, sending_paused_reason = "
                                          "NULL WHERE id = :id AND sending_paused_at IS NOT NULL"),
                           {{":id", id}});
    if (q.numRowsAffected() == 0) {
        return false;
    }
    AuditLog(m_db).append(actor, QStringLiteral("mail_account.sending_resumed"), QStringLiteral("mail_accounts"), id,
                          QString(), now);
    ChangeHub::notify(ChangeHub::Accounts);
    return true;
}

MailAccountRepository::Health MailAccountRepository::health(qint64 id, int window) const
{
    Health h;
    QSqlQuery sends = Sql::run(m_db,
                               QStringLiteral("SELECT count(*), min(sent_at) FROM (SELECT sent_at FROM outbox WHERE "
                                              "account_id = :a AND state = 'sent' ORDER BY sent_at DESC LIMIT :n)"),
                               {{":a", id}, {":n", window}});
    if (!sends.next() || sends.value(0).toInt() == 0) {
        return h;
    }
    h.sends = sends.value(0).toInt();
    // Bounces and complaints stored since the oldest of those sends: what came back of them.
    QSqlQuery back
        = Sql::run(m_db,
                   QStringLiteral("SELECT coalesce(sum(classification = 'bounce'), 0), coalesce(sum(classification = "
                                  "'complaint'), 0) FROM messages WHERE account_id = :a AND direction = 'inbound' AND "
                                  "created_at >= :since"),
                   {{":a", id}, {":since", sends.value(1).toLongLong()}});
    if (back.next()) {
        h.bounces = std::min(h.sends, back.value(0).toInt());
        h.complaints = back.value(1).toInt();
    }
    return h;
}

bool MailAccountRepository::checkHealth(qint64 id, const QString& category, qint64 now)
{
    if (category == QLatin1String("complaint")) {
        return pauseSending(id,
                            QStringLiteral("A recipient reported an email from this mailbox as spam. Check the "
                                           "list and the message before sending again."),
                            QStringLiteral("inbox"), now);
    }
    if (category != QLatin1String("bounce")) {
        return false;
    }
    const Health h = health(id, HealthWindow);
    if (h.sends < HealthMinSends || double(h.bounces) <= MaxBounceRate * h.sends) {
        return false;
    }
    return pauseSending(id,
                        QStringLiteral("%1 of the last %2 emails bounced (%3%, above 3%). Clean the list before "
                                       "sending again: mailbox providers block senders whose mail bounces.")
                            .arg(h.bounces)
                            .arg(h.sends)
                            .arg(100.0 * h.bounces / h.sends, 0, 'f', 1),
                        QStringLiteral("inbox"), now);
}

} // namespace sc::models
