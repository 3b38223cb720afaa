#include "StageRepository.h"

#include "../ChangeHub.h"
#include "../import/Normalize.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "AuditLog.h"

namespace sc::models {

StageRepository::StageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<QPair<QString, QString>> StageRepository::list() const
{
    QSqlQuery q = Sql::run(m_db, QStringLiteral("SELECT key, name FROM stages ORDER BY position"));
    QList<QPair<QString, QString>> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString()});
    }
    return list;
}

QList<Stage> StageRepository::details() const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT s.key, s.name, s.position, s.outcome, (SELECT count(*) FROM prospects p WHERE "
                       "p.status = s.key AND p.deleted_at IS NULL) FROM stages s ORDER BY s.position"));
    QList<Stage> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                     q.value(4).toInt()});
    }
    return list;
}

QString StageRepository::add(const QString& name, const QString& actor, qint64 now)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        throw ValidationError(QStringLiteral("A stage needs a name."));
    }
    Transaction transaction(m_db);
    if (Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE name = :n COLLATE NOCASE"), {{":n", clean}})
            .isValid()) {
        throw ValidationError(QStringLiteral("There is already a stage called “%1”.").arg(clean));
    }
    QString base = Normalize::asciiKey(clean);
    if (base.isEmpty()) {
        base = QStringLiteral("stage");
    }
    QString key = base;
    for (int n = 2; Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE key = :k"), {{":k", key}}).isValid();
         ++n) {
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    }
    // New stages go before the closed ones (won, lost), at the end of the open pipeline.
    const int position = Sql::scalar(m_db,
                                     QStringLiteral("SELECT coalesce(min(position), (SELECT coalesce(max(position) "
                                                    "+ 1, 0) FROM stages)) FROM stages WHERE outcome <> 'open'"))
                             .toInt();
    Sql::run(m_db, QStringLiteral("UPDATE stages SET position = position + 1 WHERE position >= :p"),
             {{":p", position}});
    Sql::run(m_db, QStringLiteral("INSERT INTO stages (key, name, position) VALUES (:k, :n, :p)"),
             {{":k", key}, {":n", clean}, {":p", position}});
    AuditLog(m_db).append(actor, QStringLiteral("stages.add"), QStringLiteral("stages"), 0, clean, now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return key;
}

void StageRepository::rename(const QString& key, const QString& name, const QString& actor, qint64 now)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        throw ValidationError(QStringLiteral("A stage needs a name."));
    }
    Transaction transaction(m_db);
    if (Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE name = :n COLLATE NOCASE AND key <> :k"),
                    {{":n", clean}, {":k", key}})
            .isValid()) {
        throw ValidationError(QStringLiteral("There is already a stage called “%1”.").arg(clean));
    }
    QSqlQuery q
        = Sql::run(m_db, QStringLiteral("UPDATE stages SET name = :n WHERE key = :k"), {{":n", clean}, {":k", key}});
    if (q.numRowsAffected() == 0) {
        throw ValidationError(QStringLiteral("There is no stage “%1”.").arg(key));
    }
    AuditLog(m_db).append(actor, QStringLiteral("stages.rename"), QStringLiteral("stages"), 0,
                          QStringLiteral("%1 → %2").arg(key, clean), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

void StageRepository::move(const QString& key, int delta, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    const QVariant position
        = Sql::scalar(m_db, QStringLiteral("SELECT position FROM stages WHERE key = :k"), {{":k", key}});
    if (!position.isValid()) {
        throw ValidationError(QStringLiteral("There is no stage “%1”.").arg(key));
    }
    const QVariant neighbour = Sql::scalar(
        m_db,
        delta < 0 ? QStringLiteral("SELECT key FROM stages WHERE position < :p ORDER BY position DESC LIMIT 1")
                  : QStringLiteral("SELECT key FROM stages WHERE position > :p ORDER BY position LIMIT 1"),
        {{":p", position}});
    if (!neighbour.isValid()) {
        return; // already first or last
    }
    const int other
        = Sql::scalar(m_db, QStringLiteral("SELECT position FROM stages WHERE key = :k"), {{":k", neighbour}}).toInt();
    // Positions are not unique, so two updates swap them; the stages_rank_update trigger re-ranks
    // the prospects of both stages.
    Sql::run(m_db, QStringLiteral("UPDATE stages SET position = :p WHERE key = :k"), {{":p", other}, {":k", key}});
    Sql::run(m_db, QStringLiteral("UPDATE stages SET position = :p WHERE key = :k"),
             {{":p", position}, {":k", neighbour}});
    AuditLog(m_db).append(actor, QStringLiteral("stages.move"), QStringLiteral("stages"), 0,
                          QStringLiteral("%1 %2").arg(key, delta < 0 ? QStringLiteral("up") : QStringLiteral("down")),
                          now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

void StageRepository::remove(const QString& key, const QString& moveProspectsTo, const QString& actor, qint64 now)
{
    Transaction transaction(m_db);
    if (Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM stages")).toInt() <= 1) {
        throw ValidationError(QStringLiteral("The pipeline needs at least one stage."));
    }
    if (key == moveProspectsTo
        || !Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stages WHERE key = :k"), {{":k", moveProspectsTo}})
                .isValid()) {
        throw ValidationError(QStringLiteral("Choose another stage for the prospects of this one."));
    }
    QSqlQuery moved
        = Sql::run(m_db, QStringLiteral("UPDATE prospects SET status = :to, updated_at = :now WHERE status = :k"),
                   {{":to", moveProspectsTo}, {":now", now}, {":k", key}});
    const int count = moved.numRowsAffected();
    QSqlQuery removed = Sql::run(m_db, QStringLiteral("DELETE FROM stages WHERE key = :k"), {{":k", key}});
    if (removed.numRowsAffected() == 0) {
        throw ValidationError(QStringLiteral("There is no stage “%1”.").arg(key));
    }
    AuditLog(m_db).append(
        actor, QStringLiteral("stages.remove"), QStringLiteral("stages"), 0,
        QStringLiteral("%1 removed, %2 prospects moved to %3").arg(key).arg(count).arg(moveProspectsTo), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

} // namespace sc::models
