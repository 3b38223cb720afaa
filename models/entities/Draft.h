#pragma once

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
};

} // namespace sc::models
