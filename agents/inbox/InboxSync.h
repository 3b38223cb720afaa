#pragma once

#include "ImapClient.h"
#include "TextClassifier.h"
#include "models/entities/MailAccount.h"
#include "models/entities/SyncedMessage.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace sc::agents::inbox {

// One synchronisation of a mailbox account: INBOX and the Sent folder (found by its \Sent
// special-use flag), incrementally by UID. Each message is fetched, parsed, classified (inbound
// mail), threaded, linked to its prospect and stored in the same transaction as the folder's new
// last UID, so a sync cut at any point (dropped connection, killed app) resumes where it stopped,
// without a duplicate and without a gap. A changed UIDVALIDITY starts that folder over; messages
// already stored are recognised by Message-ID and kept. Consequences apply at once: a hard bounce,
// an unsubscribe or a complaint puts the address on the do-not-contact list.
class InboxSync
{
public:
    struct FolderResult
    {
        QString name;
        QString role; // inbox or sent
        int fetched = 0;
        qint64 total = 0; // messages the server holds in the folder
    };
    struct Result
    {
        bool ok = false;
        QString error;
        ImapClient::Failure failure = ImapClient::Failure::None;
        QList<FolderResult> folders;
    };

    InboxSync(QSqlDatabase db, models::MailAccount account, QString password);
    // canceled() is asked between messages; what was stored stays stored.
    Result run(const std::function<bool()>& canceled = {});

private:
    bool syncFolder(ImapClient& imap, const QString& mailbox, const QString& role, FolderResult* out,
                    const std::function<bool()>& canceled, Result* result);
    // Parsed, classified, ready to store; thread-safe once model() was read (FetchAhead's worker runs it).
    models::SyncedMessage judge(const QString& mailbox, const QString& role, qint64 uidValidity, qint64 uid,
                                const QByteArray& raw) const;

    const TextClassifier& model();

    QSqlDatabase m_db;
    models::MailAccount m_account;
    QString m_password;
    std::unique_ptr<TextClassifier> m_model;
};

} // namespace sc::agents::inbox
