#pragma once

#include <QList>
#include <QString>

namespace sc::models {

// An email (or other message) an agent wrote that waits for the rep's approval.
struct Draft
{
    enum class Status { Pending, Approved, Rejected, Sent, Failed };

    qint64 id = 0;
    qint64 prospectId = 0;
    QString prospectName;
    QString companyName;
    QString kind = QStringLiteral("first_email");
    QString channel = QStringLiteral("email"); // or "form": toAddress is then the site's address
    QString toAddress;
    qint64 accountId = 0; // the mailbox it is to go from; 0: the first one
    // The mailbox it goes from when approved (its own, else the first one), read with the draft; empty
    // when the workspace has no mailbox yet.
    QString fromName;
    QString fromEmail;
    QString subject;
    QString body;
    QString language = QStringLiteral("en");
    Status status = Status::Pending;
    QString createdBy;
    QString rationale;
    qint64 createdAt = 0;

    // What the Conversation agent made it from (empty for a draft the rep or the Form Filler wrote).
    struct Source
    {
        QString document; // the knowledge-base file's name
        int chunk = 0;
        double score = 0;
    };
    // Something the rep looks at before approving: "ungrounded" (a figure or name in no used source),
    // "removed" (an address or link the draft was not allowed to add), "unresolved" (a template value).
    struct Flag
    {
        QString kind;
        QString text;
    };
    QString templateName; // the template it was made from, else empty
    QString provider; // the model provider's name; empty: from a template alone
    QString model;
    int inputTokens = 0;
    int outputTokens = 0;
    double cost = 0; // US dollars
    QList<Source> sources;
    QList<Flag> flags;
    QString instruction; // the rep's instruction for this draft ("shorter", "mention the webinar")
    qint64 threadId = 0; // a reply's thread
    qint64 replyTo = 0; // the inbound message a reply answers
    QString rejectReason;
};

} // namespace sc::models
