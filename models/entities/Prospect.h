#pragma once

#include "Company.h"

#include <QString>
#include <QStringList>

namespace sc::models {

// A person the rep may contact; a row of the prospects table, with its company's name joined in.
struct Prospect
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString companyName;
    QString companyDomain;
    QString country;
    QString firstName;
    QString lastName;
    QString email;
    QString title;
    QString phone;
    QString language = QStringLiteral("en");
    QString status = QStringLiteral("new");
    int score = 0;
    QString source;
    QString owner;
    QString notes;
    QStringList tags;
    qint64 dealValueCents = 0;
    qint64 lastContactedAt = 0;
    qint64 createdAt = 0;

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

} // namespace sc::models
