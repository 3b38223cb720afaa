#pragma once

#include "../entities/Prospect.h"
#include "ProspectQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace sc::models {

// Prospects and their companies. Inserts reuse prepared statements, so bulk loads (import, demo data)
// run inside one caller-owned transaction at SQLite speed.
class ProspectRepository
{
public:
    explicit ProspectRepository(QSqlDatabase db);

    qint64 insertCompany(const Company& company, qint64 now);
    qint64 insertProspect(const Prospect& prospect, qint64 now);

    int count(const ProspectQuery& query = {}) const;
    // One page of rows in the query's order; tags and domain are filled when withDetails is set.
    QList<Prospect> page(const ProspectQuery& query, int offset, int limit, bool withDetails = false) const;

    struct Activity
    {
        qint64 occurredAt = 0;
        QString kind;
        QString summary;
        QString actor;
    };
    // One prospect with its company and tags, or nullopt.
    std::optional<Prospect> find(qint64 id) const;
    // The timeline, newest first.
    QList<Activity> activities(qint64 prospectId, int limit = 200) const;
    void setNotes(qint64 id, const QString& notes, const QString& actor, qint64 now);

    // Pipeline stages in order: (key, name).
    QList<QPair<QString, QString>> stages() const;
    // Bulk actions: one transaction, one timeline activity per prospect and one audit row. Return how
    // many prospects changed.
    int setStage(const QList<qint64>& ids, const QString& stageKey, const QString& actor, qint64 now);
    int addTag(const QList<qint64>& ids, const QString& tag, const QString& actor, qint64 now);

private:
    // The FROM/WHERE part shared by count() and page(); binds with bindQuery().
    QString fromWhere(const ProspectQuery& query) const;
    void bindQuery(QSqlQuery& q, const ProspectQuery& query) const;
    QSqlDatabase m_db;
    QSqlQuery m_insertCompany;
    QSqlQuery m_insertProspect;
};

} // namespace sc::models
