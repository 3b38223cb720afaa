#include "TagRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "AuditLog.h"

namespace sc::models {

TagRepository::TagRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int TagRepository::tag(const QList<qint64>& ids, const QString& tag, const QString& actor, qint64 now)
{
    const QString name = tag.simplified();
    if (name.isEmpty()) {
        return 0;
    }
    Transaction transaction(m_db);
    Sql::run(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (:n) ON CONFLICT (name) DO NOTHING"), {{":n", name}});
    const qint64 tagId
        = Sql::scalar(m_db, QStringLiteral("SELECT id FROM tags WHERE name = :n"), {{":n", name}}).toLongLong();
    QSqlQuery link = Sql::prepare(
        m_db, QStringLiteral("INSERT OR IGNORE INTO prospect_tags (prospect_id, tag_id) VALUES (:p, :t)"));
    int changed = 0;
    for (qint64 id : ids) {
        Sql::bind(link, {{":p", id}, {":t", tagId}});
        Sql::exec(link);
        changed += link.numRowsAffected() > 0 ? 1 : 0;
    }
    AuditLog(m_db).append(actor, QStringLiteral("prospects.tag"), QStringLiteral("tags"), tagId,
                          QStringLiteral("%1 prospects tagged %2").arg(changed).arg(name), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return changed;
}

bool TagRepository::setTags(qint64 id, const QStringList& tags, const QString& actor, qint64 now)
{
    QStringList wanted;
    for (const QString& tag : tags) {
        const QString name = tag.simplified();
        if (!name.isEmpty() && !wanted.contains(name, Qt::CaseInsensitive)) {
            wanted.append(name);
        }
    }
    Transaction transaction(m_db);
    QStringList current;
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("SELECT t.name FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id WHERE "
                                          "pt.prospect_id = :p"),
                           {{":p", id}});
    while (q.next()) {
        current.append(q.value(0).toString());
    }
    q.finish();
    QStringList added;
    QStringList removed;
    for (const QString& name : std::as_const(wanted)) {
        if (!current.contains(name, Qt::CaseInsensitive)) {
            added.append(name);
        }
    }
    for (const QString& name : std::as_const(current)) {
        if (!wanted.contains(name, Qt::CaseInsensitive)) {
            removed.append(name);
        }
    }
    if (added.isEmpty() && removed.isEmpty()) {
        return false;
    }
    for (const QString& name : std::as_const(added)) {
        Sql::run(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (:n) ON CONFLICT (name) DO NOTHING"),
                 {{":n", name}});
        Sql::run(m_db,
                 QStringLiteral("INSERT OR IGNORE INTO prospect_tags (prospect_id, tag_id) SELECT :p, id FROM tags "
                                "WHERE name = :n"),
                 {{":p", id}, {":n", name}});
    }
    for (const QString& name : std::as_const(removed)) {
        Sql::run(m_db,
                 QStringLiteral("DELETE FROM prospect_tags WHERE prospect_id = :p AND tag_id = (SELECT id FROM tags "
                                "WHERE name = :n)"),
                 {{":p", id}, {":n", name}});
    }
    QStringList summary;
    if (!added.isEmpty()) {
        summary.append(QStringLiteral("Tagged %1").arg(added.join(QStringLiteral(", "))));
    }
    if (!removed.isEmpty()) {
        summary.append(QStringLiteral("Untagged %1").arg(removed.join(QStringLiteral(", "))));
    }
    AuditLog log(m_db);
    log.addActivity(id, QStringLiteral("tags.changed"), summary.join(QStringLiteral("; ")), actor,
                    QStringLiteral("prospects"), id, now);
    log.append(actor, QStringLiteral("prospects.tags"), QStringLiteral("prospects"), id,
               summary.join(QStringLiteral("; ")), now);
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
    return true;
}

} // namespace sc::models
