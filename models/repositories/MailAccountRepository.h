#pragma once

#include "../entities/MailAccount.h"

#include <QList>
#include <QSqlDatabase>

namespace sc::models {

// A rep's mailboxes: their settings, warm-up and whether their sending is paused.
class MailAccountRepository
{
public:
    explicit MailAccountRepository(QSqlDatabase db);
    QList<MailAccount> list() const;
    qint64 add(const MailAccount& account, qint64 now);
    // A warmed mailbox sends at its full cap from the first day; a new one ramps up (SendSlots::rampCap).
    bool setWarmed(qint64 id, bool warmed);
    void remove(qint64 id);

    // Pauses the mailbox's sending with the reason the rep will read (nothing happens when it is already
    // paused: the first reason stays); an audit row and a change notice. True when it paused now.
    bool pauseSending(qint64 id, const QString& reason, const QString& actor, qint64 now);
    // Why the mailbox's sending is paused; empty while it sends.
    QString pausedReason(qint64 id) const;
    // The rep resumes it. True when it was paused.
    bool resumeSending(qint64 id, const QString& actor, qint64 now);

    // The last `window` emails the mailbox sent and how many bounced since the oldest of them.
    struct Health
    {
        int sends = 0;
        int bounces = 0;
        int complaints = 0;
    };
    Health health(qint64 id, int window = 100) const;
    // After a bounce or a complaint arrived in the mailbox: pauses its sending when a complaint came or
    // more than 3% of its last 100 sends bounced (once it has sent at least 20). True when it paused now.
    bool checkHealth(qint64 id, const QString& category, qint64 now);

    static constexpr int HealthWindow = 100;
    static constexpr int HealthMinSends = 20;
    static constexpr double MaxBounceRate = 0.03;

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
