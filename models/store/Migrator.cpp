#include "Migrator.h"

#include "../Clock.h"
#include "Sql.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace sc::models {

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

QList<Migration> Migrator::load(const QString& directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            throw StoreError(QStringLiteral("migration file %1 is not named NNN_name.sql").arg(fileName));
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            throw StoreError(QStringLiteral("cannot read migration %1").arg(fileName));
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

// Statements end with ';' at the end of a line; a CREATE TRIGGER ends at a line reading "END;".
// Lines starting with "--" are comments. Migrations are written to this rule (resources/migrations).
QStringList Migrator::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
            continue;
        }
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int Migrator::currentVersion(const QSqlDatabase& db)
{
    Sql::run(
        db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "applied_at INTEGER NOT NULL)"));
    return Sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

int Migrator::migrate(const QSqlDatabase& db) const
{
    const int current = currentVersion(db);
    if (current > latestVersion()) {
        throw SchemaTooNewError(
            QCoreApplication::translate(
                "sc::models::Migrator",
                "This workspace was saved by a newer version of Sales Copilot (schema %1; this version knows up to "
                "%2). Update Sales Copilot to open it; nothing was changed.")
                .arg(current)
                .arg(latestVersion()));
    }
    int applied = 0;
    for (const Migration& migration : m_migrations) {
        if (migration.version <= current) {
            continue;
        }
        Transaction transaction(db);
        try {
            const QStringList statements = splitStatements(migration.sql);
            for (const QString& statement : statements) {
                Sql::run(db, statement);
            }
            if (migration.sql.contains(QLatin1String("writable_schema"))) {
                // The schema was edited in place: a new schema version makes every connection reload
                // it, and the check proves the edited schema still describes the stored data.
                const qint64 version = Sql::scalar(db, QStringLiteral("PRAGMA schema_version")).toLongLong();
                Sql::run(db, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1));
                const QString check = Sql::scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
                if (check != QLatin1String("ok")) {
                    throw StoreError(QStringLiteral("quick check after the schema edit: %1").arg(check));
                }
            }
            Sql::run(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (:v, :n, :t)"),
                     {{":v", migration.version}, {":n", migration.name}, {":t", Clock::instance().nowMs()}});
        } catch (const StoreError& error) {
            throw StoreError(QStringLiteral("migration %1 (%2) failed and was rolled back: %3")
                                 .arg(migration.version)
                                 .arg(migration.name, error.message()));
        }
        transaction.commit();
        ++applied;
    }
    return applied;
}

} // namespace sc::models
