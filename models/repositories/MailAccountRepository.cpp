#include "MailAccountRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"

namespace sc::models {

MailAccountRepository::MailAccountRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<MailAccount> MailAccountRepository::list() const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT id, display_name, email, imap_host, imap_port, smtp_host, smtp_port, username, "
                       "daily_send_cap, imap_security, smtp_security, auth_method, warmed FROM mail_accounts ORDER BY "
                       "display_name COLLATE "
                       "NOCASE"));
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

} // namespace sc::models
