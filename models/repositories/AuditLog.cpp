#include "AuditLog.h"

#include "../store/Sql.h"

namespace sc::models {

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void AuditLog::append(const QString& actor, const QString& action, const QString& table, qint64 id,
                      const QString& details, qint64 now)
{
    Sql::run(
        m_db,
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, target_table, target_id, details) "
                       "VALUES (:t, :actor, :action, :tbl, :id, :details)"),
        {{":t", now}, {":actor", actor}, {":action", action}, {":tbl", table}, {":id", id}, {":details", details}});
}

void AuditLog::addActivity(qint64 prospectId, const QString& kind, const QString& summary, const QString& actor,
                           const QString& refTable, qint64 refId, qint64 now)
{
    Sql::run(
        m_db,
        QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, ref_table, ref_id, actor, occurred_at) "
                       "VALUES (:p, :kind, :summary, :tbl, :ref, :actor, :t)"),
        {{":p", prospectId},
         {":kind", kind},
         {":summary", summary},
         {":tbl", refTable},
         {":ref", refId},
         {":actor", actor},
         {":t", now}});
}

} // namespace sc::models
