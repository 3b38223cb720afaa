#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// One rep's workspace: a folder holding one SQLite file. Opening it creates what is missing and
// applies migrations; after that, every thread asks connection() for its own connection.
class Workspace
{
public:
    static QString defaultDirectory();
    static constexpr const char* DatabaseFileName = "workspace.sqlite";

    // Throws StoreError (SchemaTooNewError for a newer schema) with a message for the rep.
    static Workspace open(const QString& directory);

    QString directory() const { return m_directory; }
    QString databasePath() const { return m_databasePath; }
    // The name the rep gave it, or the folder name.
    QString name() const;
    void setName(const QString& name) const;
    bool isNew() const { return m_created; }

    // This thread's connection; see Database.
    QSqlDatabase connection() const;
    void releaseConnection() const;

private:
    QString m_directory;
    QString m_databasePath;
    bool m_created = false;
};

} // namespace sc::models
