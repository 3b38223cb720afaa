#pragma once

#include "../entities/Prospect.h"
#include "ProspectQuery.h"
#include "ProspectSearch.h"

#include <QSqlQuery>
#include <QString>

namespace sc::models {

// The SQL of a ProspectQuery, for ProspectRepository's counts, pages and scans: the shared FROM/WHERE
// part with its bindings, and the columns of a row with their reading. Kept apart so the plan-sensitive
// text (which joins, which index the planner may use) is read in one place.
class ProspectQuerySql
{
public:
    enum class Join { None, Left, Inner };
    // The FROM/WHERE part; binds with bind().
    // denseSearch: the search matches many rows; let the planner walk the sort's index instead.
    static QString fromWhere(const ProspectQuery& query, Join join, bool denseSearch);
    static void bind(QSqlQuery& q, const ProspectQuery& query);
    // The query's search, over the columns it asks for.
    static ProspectSearch search(const ProspectQuery& query);
    // "SELECT <the columns readRow() reads>", to be followed by fromWhere(..., Join::Left or Inner, ...).
    static QString columns();
    // One row of columns(); tags filled when a tag statement is given.
    static Prospect readRow(QSqlQuery& q, QSqlQuery* tags);
};

} // namespace sc::models
