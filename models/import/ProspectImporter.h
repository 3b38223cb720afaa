#pragma once

#include "ColumnMapper.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace sc::models {

// Imports prospects from a CSV file into the workspace: columns recognised from the header (HubSpot,
// Salesforce, Apollo, Pipedrive, Sales Navigator, French Excel...), people deduplicated by
// normalised email, companies by domain (public-suffix aware) or name. Importing the same file
// again changes nothing. Bad rows are reported with their line and skipped, never dropped silently.
// Work is committed in batches; after each batch the caller may record a checkpoint in the same
// transaction, and a later run given that checkpoint continues exactly where the last one stopped.
class ProspectImporter
{
public:
    struct Error
    {
        qint64 line = 0;
        QString reason;
    };
    struct Report
    {
        qint64 records = 0; // data records read (header excluded)
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        QList<Error> errors; // the first MaxErrors, in file order
        QJsonObject toJson() const;
        static Report fromJson(const QJsonObject& json);
    };
    static constexpr int MaxErrors = 1000;
    static constexpr int BatchSize = 2000;

    struct Hooks
    {
        // Inside each batch's transaction, after its rows: record a checkpoint here.
        std::function<void(const Report&)> batchCommitting;
        std::function<void(int percent)> progress;
        std::function<bool()> canceled;
    };

    // OutOfSpace: the disk filled; the report is what the last committed batch left (the checkpoint),
    // and spaceNeeded() estimates what the rest of the file will take.
    enum class Outcome { Finished, Canceled, Failed, OutOfSpace };

    ProspectImporter(QSqlDatabase db, qint64 now);

    // The field of each column, in file order, as the rep mapped them; columns beyond the list are
    // ignored. Without it, fields are recognised from the header (ColumnMapper::guessAll).
    void setColumns(const QList<ColumnMapper::Field>& fields) { m_columns = fields; }

    // resumeFrom: the report of a checkpoint (records already done are skipped, counts carried on).
    Outcome run(const QString& path, const Hooks& hooks, Report* report, QString* failure);
    // After OutOfSpace: bytes the rest of the file is expected to take, from what the rows committed so
    // far took (with room for the transaction's journal).
    qint64 spaceNeeded() const { return m_spaceNeeded; }

private:
    qint64 workspaceBytes() const; // the database with its -wal and -shm files
    qint64 m_spaceNeeded = 0;
    QSqlDatabase m_db;
    qint64 m_now;
    std::optional<QList<ColumnMapper::Field>> m_columns;
};

} // namespace sc::models
