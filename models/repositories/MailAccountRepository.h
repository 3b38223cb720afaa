#pragma once

#include "../entities/MailAccount.h"

#include <QList>
#include <QSqlDatabase>

namespace sc::models {

class MailAccountRepository
{
public:
    explicit MailAccountRepository(QSqlDatabase db);
    QList<MailAccount> list() const;
    qint64 add(const MailAccount& account, qint64 now);
    // A warmed mailbox sends at its full cap from the first day; a new one ramps up (SendSlots::rampCap).
    bool setWarmed(qint64 id, bool warmed);
    void remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
