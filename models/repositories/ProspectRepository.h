#pragma once

#include "../entities/Prospect.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sc::models {

// Prospects and their companies. Inserts reuse prepared statements, so bulk loads (import, demo data)
// run inside one caller-owned transaction at SQLite speed.
class ProspectRepository
{
public:
    explicit ProspectRepository(QSqlDatabase db);

    qint64 insertCompany(const Company& company, qint64 now);
    qint64 insertProspect(const Prospect& prospect, qint64 now);

    // Rows matching a free-text search (name, email, company, title), ordered by name.
    int count(const QString& search = {}) const;
    QList<Prospect> page(const QString& search, int offset, int limit) const;

private:
    QString whereClause(const QString& search) const;
    QSqlDatabase m_db;
    QSqlQuery m_insertCompany;
    QSqlQuery m_insertProspect;
};

} // namespace sc::models
