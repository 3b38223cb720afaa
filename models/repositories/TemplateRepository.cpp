#include "TemplateRepository.h"

#include "../Clock.h"
#include "../store/Sql.h"
#include "SettingsRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc::models {

namespace {

// Which version of the shipped set this workspace received (a later set can add to it).
constexpr const char* SeededKey = "templates.seeded";
constexpr int SeededVersion = 1;

const QString kSelect = QStringLiteral("SELECT id, name, category, language, format, subject, body, is_default, "
                                       "created_at, updated_at FROM templates ");

EmailTemplate readTemplate(const QSqlQuery& q)
{
    EmailTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.category = q.value(2).toString();
    t.language = q.value(3).toString();
    t.format = q.value(4).toString();
    t.subject = q.value(5).toString();
    t.body = q.value(6).toString();
    t.isDefault = q.value(7).toBool();
    t.createdAt = q.value(8).toLongLong();
    t.updatedAt = q.value(9).toLongLong();
    return t;
}

QList<EmailTemplate> readAll(QSqlQuery& q)
{
    QList<EmailTemplate> all;
    while (q.next()) {
        all.append(readTemplate(q));
    }
    return all;
}

} // namespace

TemplateRepository::TemplateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<EmailTemplate> TemplateRepository::list()
{
    seedDefaults(Clock::instance().nowMs());
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("ORDER BY name, language"));
    return readAll(q);
}

QList<EmailTemplate> TemplateRepository::variants(const QString& name)
{
    seedDefaults(Clock::instance().nowMs());
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("WHERE name = :n ORDER BY language"), {{":n", name}});
    return readAll(q);
}

std::optional<EmailTemplate> TemplateRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("WHERE id = :id"), {{":id", id}});
    if (!q.next()) {
        return std::nullopt;
    }
    return readTemplate(q);
}

std::optional<EmailTemplate> TemplateRepository::variant(const QString& name, const QString& language)
{
    const QList<EmailTemplate> all = variants(name);
    for (const QString& wanted : {language, QStringLiteral("en")}) {
        for (const EmailTemplate& t : all) {
            if (t.language == wanted) {
                return t;
            }
        }
    }
    if (all.isEmpty()) {
        return std::nullopt;
    }
    return all.first();
}

QString TemplateRepository::problemWith(const EmailTemplate& t)
{
    if (t.name.trimmed().isEmpty()) {
        return QStringLiteral("a template needs a name");
    }
    if (!EmailTemplate::categories().contains(t.category)) {
        return QStringLiteral("unknown category \"%1\" (one of: %2)")
            .arg(t.category, EmailTemplate::categories().join(QStringLiteral(", ")));
    }
    if (!EmailTemplate::languages().contains(t.language)) {
        return QStringLiteral("unknown language \"%1\" (one of: %2)")
            .arg(t.language, EmailTemplate::languages().join(QStringLiteral(", ")));
    }
    if (!EmailTemplate::formats().contains(t.format)) {
        return QStringLiteral("unknown format \"%1\" (text or html)").arg(t.format);
    }
    if (t.body.trimmed().isEmpty()) {
        return QStringLiteral("a template needs a body");
    }
    return {};
}

bool TemplateRepository::nameTaken(const QString& name, const QString& language, qint64 exceptId) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM templates WHERE name = :n AND language = :l AND id <> :id"),
                       {{":n", name}, {":l", language}, {":id", exceptId}})
               .toInt()
        > 0;
}

qint64 TemplateRepository::create(const EmailTemplate& t, qint64 now, QString* problem)
{
    *problem = problemWith(t);
    if (problem->isEmpty() && nameTaken(t.name.trimmed(), t.language, 0)) {
        *problem = QStringLiteral("\"%1\" already has a variant in %2").arg(t.name.trimmed(), t.language);
    }
    if (!problem->isEmpty()) {
        return 0;
    }
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("INSERT INTO templates (name, category, language, format, subject, body, "
                                          "is_default, created_at, updated_at) VALUES (:n, :c, :l, :f, :s, :b, :d, "
                                          ":now, :now)"),
                           {{":n", t.name.trimmed()},
                            {":c", t.category},
                            {":l", t.language},
                            {":f", t.format},
                            {":s", Sql::notNull(t.subject)},
                            {":b", t.body},
                            {":d", t.isDefault ? 1 : 0},
                            {":now", now}});
    return q.lastInsertId().toLongLong();
}

bool TemplateRepository::update(const EmailTemplate& t, qint64 now, QString* problem)
{
    *problem = problemWith(t);
    if (problem->isEmpty() && nameTaken(t.name.trimmed(), t.language, t.id)) {
        *problem = QStringLiteral("\"%1\" already has a variant in %2").arg(t.name.trimmed(), t.language);
    }
    if (!problem->isEmpty()) {
        return false;
    }
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE templates SET name = :n, category = :c, language = :l, format = :f, "
                                          "subject = :s, body = :b, updated_at = :now WHERE id = :id"),
                           {{":n", t.name.trimmed()},
                            {":c", t.category},
                            {":l", t.language},
                            {":f", t.format},
                            {":s", Sql::notNull(t.subject)},
                            {":b", t.body},
                            {":now", now},
                            {":id", t.id}});
    if (q.numRowsAffected() == 0) {
        *problem = QStringLiteral("no template %1").arg(t.id);
        return false;
    }
    return true;
}

int TemplateRepository::duplicate(const QString& name, const QString& newName, qint64 now, QString* problem)
{
    const QList<EmailTemplate> originals = variants(name);
    if (originals.isEmpty()) {
        *problem = QStringLiteral("no template named \"%1\"").arg(name);
        return 0;
    }
    Transaction transaction(m_db);
    for (EmailTemplate copy : originals) {
        copy.name = newName;
        copy.isDefault = false;
        if (create(copy, now, problem) == 0) {
            return 0; // rolled back: a copy is whole or not at all
        }
    }
    transaction.commit();
    return int(originals.size());
}

bool TemplateRepository::remove(qint64 id)
{
    return Sql::run(m_db, QStringLiteral("DELETE FROM templates WHERE id = :id"), {{":id", id}}).numRowsAffected() > 0;
}

QList<EmailTemplate> TemplateRepository::defaults()
{
    QFile file(QStringLiteral(":/templates/defaults.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<EmailTemplate> all;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        EmailTemplate t;
        t.name = o.value(QLatin1String("name")).toString();
        t.category = o.value(QLatin1String("category")).toString();
        t.language = o.value(QLatin1String("language")).toString();
        t.subject = o.value(QLatin1String("subject")).toString();
        // Kept as lines in the resource so that it reads (and diffs) as the email does.
        QStringList lines;
        for (const QJsonValue& line : o.value(QLatin1String("body")).toArray()) {
            lines.append(line.toString());
        }
        t.body = lines.join(QLatin1Char('\n'));
        t.isDefault = true;
        all.append(t);
    }
    return all;
}

int TemplateRepository::seedDefaults(qint64 now)
{
    SettingsRepository settings(m_db);
    if (settings.value(QString::fromLatin1(SeededKey)).toInt() >= SeededVersion) {
        return 0;
    }
    const QList<EmailTemplate> shipped = defaults();
    if (shipped.isEmpty()) {
        return 0; // no resource (a broken build): try again next time rather than mark it done
    }
    Transaction transaction(m_db);
    int written = 0;
    for (const EmailTemplate& t : shipped) {
        QString problem;
        // A variant the rep made under the same name first is theirs: it stays.
        if (!nameTaken(t.name, t.language, 0) && create(t, now, &problem) > 0) {
            ++written;
        }
    }
    settings.setValue(QString::fromLatin1(SeededKey), QString::number(SeededVersion));
    transaction.commit();
    return written;
}

} // namespace sc::models
