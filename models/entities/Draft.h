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
    QString subject;
    QString body;
    QString language = QStringLiteral("en");
    Status status = Status::Pending;
    QString createdBy;
    QString rationale;
    qint64 createdAt = 0;
};

} // namespace sc::models
