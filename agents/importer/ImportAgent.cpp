#include "ImportAgent.h"

#include "agents/core/JobRun.h"
#include "models/Clock.h"
#include "models/import/ProspectImporter.h"
#include "models/repositories/AuditLog.h"
#include "models/repositories/JobRepository.h"
#include "models/scoring/LeadScorer.h"
#include "models/store/DiskSpace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace sc::agents::importer {

using models::ProspectImporter;

ImportAgent::ImportAgent()
    : Agent(QStringLiteral("import"), {QString::fromLatin1(ImportKind)})
{
}

QString ImportAgent::displayName() const
{
    return tr("Import");
}

QString ImportAgent::describeKind(const QString& kind) const
{
    return kind == QLatin1String(ImportKind) ? tr("Import prospects from a file") : kind;
}

void ImportAgent::execute(JobRun* run)
{
    const QString path = run->payload().value(QStringLiteral("path")).toString();
    ProspectImporter::Report report = ProspectImporter::Report::fromJson(run->checkpoint());
    ProspectImporter::Hooks hooks;
    hooks.batchCommitting = [run](const ProspectImporter::Report& soFar) {
        run->saveCheckpoint(soFar.toJson());
    };
    hooks.progress = [run, name = QFileInfo(path).fileName()](int percent) {
        run->reportProgress(percent, name);
    };
    hooks.canceled = [run] {
        return run->isCancelRequested();
    };
    QString failure;
    const qint64 now = Clock::instance().nowMs();
    ProspectImporter importer(workspace().connection(), now);
    // "columns": the rep's mapping from the import dialog, one field name per column of the file.
    if (const QJsonValue columns = run->payload().value(QStringLiteral("columns")); columns.isArray()) {
        QList<models::ColumnMapper::Field> fields;
        const QJsonArray names = columns.toArray();
        for (const QJsonValue& name : names) {
            fields.append(models::ColumnMapper::fieldFromName(name.toString()));
        }
        importer.setColumns(fields);
    }
    switch (importer.run(path, hooks, &report, &failure)) {
    case ProspectImporter::Outcome::Finished:
        models::AuditLog(workspace().connection())
            .append(QStringLiteral("import"), QStringLiteral("prospects.import"), QStringLiteral("prospects"), 0,
                    QStringLiteral("%1: %2 imported, %3 updated, %4 skipped")
                        .arg(QFileInfo(path).fileName())
                        .arg(report.imported)
                        .arg(report.updated)
                        .arg(report.skipped),
                    now);
        run->succeed(report.toJson());
        // New people, new scores.
        models::JobRepository(workspace().connection()).enqueue(models::LeadScorer::rescoreJob(), now);
        return;
    case ProspectImporter::Outcome::Canceled:
        run->stopAsRequested();
        return;
    case ProspectImporter::Outcome::OutOfSpace:
        // Not retried: it would fail the same way. The rows committed stay, with the checkpoint their
        // batch saved, so Retry (in the app, or `jobs retry`) continues from the first row not in.
        run->fail(tr("%1 The first %2 rows of %3 are in the workspace; Retry continues with row %4.")
                      .arg(models::DiskSpace::fullMessage(workspace().directory(), importer.spaceNeeded()),
                           QLocale().toString(report.records), QFileInfo(path).fileName(),
                           QLocale().toString(report.records + 1)),
                  JobRun::Retry::No);
        return;
    case ProspectImporter::Outcome::Failed:
        // A file that cannot be read or parsed will not get better by retrying.
        run->fail(failure, JobRun::Retry::No);
        return;
    }
}

} // namespace sc::agents::importer
