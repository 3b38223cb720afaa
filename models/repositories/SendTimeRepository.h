#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// The moments prospects answered, for learning when to send (agents/decision/SendTimeModel). A reply is a
// human one: an inbound message in a prospect's thread whose category is none of auto_reply, bounce or
// complaint (the classifier's, or the rep's correction of it).
class SendTimeRepository
{
public:
    struct Reply
    {
        qint64 receivedAt = 0; // ms UTC: the message's Date, else when it was synced
        qint64 prospectId = 0;
        QString timezone; // the prospect's IANA zone; empty when unknown
        QString country; // their company's, as stored; empty when unknown
        qint64 companyId = 0; // 0: none
        QString companyName;
    };
    // Where a prospect is, to plan their sends in the pattern of their country and company.
    struct Place
    {
        QString country;
        qint64 companyId = 0;
    };

    explicit SendTimeRepository(QSqlDatabase db);

    // Every human reply, oldest first.
    QList<Reply> replies() const;
    // How many there are (cheaper than replies() to tell whether there is enough to learn from).
    int count() const;
    Place place(qint64 prospectId) const;

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
