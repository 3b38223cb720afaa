#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace sc::models {

// One message fetched from a mailbox, already parsed and judged by the Inbox agent, ready to store.
struct SyncedMessage
{
    qint64 accountId = 0;
    QString mailbox;
    qint64 uidValidity = 0;
    qint64 uid = 0;
    bool inbound = true;

    QString messageId;
    QString inReplyTo;
    QStringList references;
    QString subject;
    QString fromAddress;
    QStringList to;
    qint64 sentAt = 0;
    QString text;
    QString html;

    QString category; // inbound only
    double confidence = 0;
    QString language;
    QString bounceStatus;
    QString bounceRecipient;
    QDate returnDate; // an auto-reply's, when it names one
    bool returnDateApproximate = false;
    QString referralEmail; // a referral: the address pointed to, and the name as written
    QString referralName;
    bool senderLeftCompany = false;
    QDate followUpDate; // a warm refusal: the day to come back
    bool followUpApproximate = false;
    // Whom it is about (the failed recipient of a bounce, the complainer, else the sender): the
    // prospect it is linked to, and the address its consequence applies to.
    QString about;
    // A consequence to apply at once, or empty: the do-not-contact reason and the prospect's new stage.
    QString suppressReason;
    QString newStage;
};

} // namespace sc::models
