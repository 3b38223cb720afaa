#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Applies numbered .sql migrations (NNN_name.sql, ":/migrations" by default), each in its own
// transaction that rolls back on error, and records them in schema_version. A database whose
// version is newer than the newest known migration is refused: opening it could corrupt it.
class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations);
    static QList<Migration> load(const QString& directory = QStringLiteral(":/migrations"));
    static QStringList splitStatements(const QString& sql);

    int latestVersion() const;
    static int currentVersion(const QSqlDatabase& db);
    // Throws SchemaTooNewError or StoreError; returns the number of migrations applied.
    int migrate(const QSqlDatabase& db) const;

private:
    QList<Migration> m_migrations;
};

} // namespace sc::models
