#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// The workspace-wide suppression list: addresses and whole domains nobody may contact. Every
// outbound door (email outbox, form submissions) asks isSuppressed() before anything leaves.
class DoNotContactRepository
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString value;
        QString kind; // "email" or "domain"
        QString reason;
        qint64 createdAt = 0;
    };

    explicit DoNotContactRepository(QSqlDatabase db);

    // Normalises (lower-case; a URL or "www." becomes its host). Returns the stored value, or an
    // empty string with *problem set when the value is neither an address nor a domain.
    QString add(const QString& value, const QString& reason, qint64 now, QString* problem);
    bool remove(const QString& value);
    QList<Entry> list() const;
    // True when the address, its domain or the company's registrable domain is on the list.
    bool isSuppressed(const QString& email) const;
    // One value per line or per record (first column, or a column named email/domain); a header is
    // skipped. Returns how many were added; invalid lines are reported in *problems with their line.
    int importFile(const QString& path, qint64 now, QStringList* problems);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
