#include "HousekeepingAgent.h"

#include "agents/core/JobRun.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/PrivacyRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/Database.h"

namespace sc::agents::housekeeping {

HousekeepingAgent::HousekeepingAgent()
    : Agent(QStringLiteral("housekeeping"), {QString::fromLatin1(OptimizeKind)})
{
}

QString HousekeepingAgent::displayName() const
{
    return tr("Housekeeping");
}

QString HousekeepingAgent::describeKind(const QString& kind) const
{
    if (kind == QLatin1String(OptimizeKind)) {
        return tr("Tidy up the workspace");
    }
    return kind;
}

void HousekeepingAgent::execute(JobRun* run)
{
    const QSqlDatabase db = workspace().connection();
    const qint64 now = Clock::instance().nowMs();
    run->reportProgress(10, tr("Forgetting old finished jobs"));
    const int purged = models::JobRepository(db).purgeFinishedBefore(now - KeepFinishedJobsMs);
    if (run->isCancelRequested()) {
        run->stopAsRequested();
        return;
    }
    run->reportProgress(30, tr("Emptying the trash of prospects deleted over 30 days ago"));
    const int purgedProspects = models::ProspectRepository(db).purgeTrash(now - KeepTrashMs);
    // Data retention (Settings › Workspace): prospects with nothing on record for N months are erased.
    const int months = models::WorkspaceSettings(db).integer(models::Setting::PrivacyRetentionMonths);
    run->reportProgress(40, tr("Erasing prospects with no activity for %n month(s)", nullptr, months));
    const models::PrivacyRepository::Erased retired
        = models::PrivacyRepository(db).applyRetention(months, QStringLiteral("housekeeping"), now);
    run->reportProgress(50, tr("Refreshing search statistics"));
    models::Database::optimize(db);
    run->reportProgress(80, tr("Compacting the journal"));
    const bool checkpointed = models::Database::checkpoint(db);
    run->succeed({{QStringLiteral("purgedJobs"), purged},
                  {QStringLiteral("purgedProspects"), purgedProspects},
                  {QStringLiteral("retentionErased"), retired.prospects},
                  {QStringLiteral("checkpointed"), checkpointed}});
}

} // namespace sc::agents::housekeeping
