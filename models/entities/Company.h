#pragma once

#include <QString>

namespace sc::models {

// A company prospects work for; a row of the companies table. Found by its domain (public-suffix
// aware) or, when it has none, by its name: see CompanyRepository.
struct Company
{
    qint64 id = 0;
    QString name;
    QString domain;
    QString website;
    QString industry;
    QString sizeRange;
    QString country;
    QString city;
};

} // namespace sc::models
