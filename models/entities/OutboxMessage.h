#pragma once

#include <QString>
#include <QStringList>

namespace sc::models {

// One email waiting to go out, going, or gone. See resources/migrations/011_outbox.sql for the states.
struct OutboxMessage
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 draftId = 0;
    qint64 prospectId = 0;
    QString messageId; // without angle brackets
    QString inReplyTo;
    QStringList references;
    QString toAddress;
    QString toName;
    QString subject;
    QString text;
    QString html; // empty: built from the text
    QString unsubscribeToken;
    QString state = QStringLiteral("queued");
    int attempts = 0;
    QString lastError;
    qint64 notBefore = 0;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
    bool filed = false;
    bool reconciled = false;
};

} // namespace sc::models
