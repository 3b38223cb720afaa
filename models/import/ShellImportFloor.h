#pragma once

#include <QString>

namespace sc::models {

// The floor the importer is measured against (`sales-copilot-cli bench`): the sqlite3 shell, which
// parses CSV and copies rows with no dedupe, no companies and no normalisation. The statements live
// here, beside the schema they write to.
class ShellImportFloor
{
public:
    struct Step
    {
        QString what; // as the benchmark prints it
        double ms = -1; // -1: the shell failed
    };

    // The shell's own `.import --csv` of `csv` into table t of a new bare database `bareFile`.
    static Step importCsv(const QString& sqlite3, const QString& csv, const QString& bareFile, int rows);
    // The shell copying table t of `bareFile`, already parsed, into the prospects table of an empty
    // workspace database (its indexes and search-index triggers), in one statement.
    static Step copyIntoProspects(const QString& sqlite3, const QString& workspaceFile, const QString& bareFile);
};

} // namespace sc::models
