#include "SendTimeRepository.h"

#include "../store/Sql.h"

namespace sc::models {

namespace {

// Categories that are no human answer (ReplyClassifier): the rest, "other" included, is someone writing.
const QString HumanReplies
    = QStringLiteral("FROM messages m JOIN threads t ON t.id = m.thread_id JOIN prospects p ON p.id = t.prospect_id "
                     "LEFT JOIN companies c ON c.id = p.company_id WHERE m.direction = 'inbound' AND "
                     "coalesce(m.classification, '') NOT IN ('auto_reply', 'bounce', 'complaint')");

} // namespace

SendTimeRepository::SendTimeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SendTimeRepository::Reply> SendTimeRepository::replies() const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT coalesce(nullif(m.sent_at, 0), m.created_at) AS at, p.id, "
                                          "coalesce(p.timezone, ''), coalesce(c.country, ''), coalesce(c.id, 0), "
                                          "coalesce(c.name, '') ")
                               + HumanReplies + QStringLiteral(" ORDER BY at, m.id"));
    QList<Reply> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString()});
    }
    return out;
}

int SendTimeRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) ") + HumanReplies).toInt();
}

SendTimeRepository::Place SendTimeRepository::place(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT coalesce(c.country, ''), coalesce(c.id, 0) FROM prospects p LEFT "
                                          "JOIN companies c ON c.id = p.company_id WHERE p.id = :id"),
                           {{":id", prospectId}});
    if (!q.next()) {
        return {};
    }
    return {q.value(0).toString(), q.value(1).toLongLong()};
}

} // namespace sc::models
