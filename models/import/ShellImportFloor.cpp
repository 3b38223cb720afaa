#include "ShellImportFloor.h"

#include <QElapsedTimer>
#include <QProcess>

namespace sc::models {

namespace {

// Runs the shell on `database` with one argument of commands; the time from its start to its exit.
double runShell(const QString& sqlite3, const QString& database, const QString& commands)
{
    QProcess shell;
    shell.start(sqlite3, {database, commands});
    QElapsedTimer timer;
    timer.start();
    shell.waitForFinished(600000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (shell.exitCode() != 0 || !shell.readAllStandardError().isEmpty()) {
        return -1;
    }
    return ms;
}

} // namespace

ShellImportFloor::Step ShellImportFloor::importCsv(const QString& sqlite3, const QString& csv, const QString& bareFile,
                                                   int rows)
{
    return {QStringLiteral("sqlite3 shell .import --csv, %1 rows").arg(rows),
            runShell(sqlite3, bareFile, QStringLiteral(".import --csv \"%1\" t").arg(csv))};
}

ShellImportFloor::Step ShellImportFloor::copyIntoProspects(const QString& sqlite3, const QString& workspaceFile,
                                                           const QString& bareFile)
{
    return {QStringLiteral("sqlite3 shell INSERT…SELECT into our schema"),
            runShell(sqlite3, workspaceFile,
                     QStringLiteral("ATTACH '%1' AS bare; INSERT INTO prospects (first_name, last_name, "
                                    "email, title, created_at, updated_at) SELECT \"First Name\", \"Last "
                                    "Name\", \"Email\", \"Job Title\", 0, 0 FROM bare.t;")
                         .arg(bareFile))};
}

} // namespace sc::models
