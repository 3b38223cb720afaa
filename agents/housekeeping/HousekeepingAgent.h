#pragma once

#include "agents/core/Agent.h"

namespace sc::agents::housekeeping {

// Keeps the workspace file small and fast: checkpoints the WAL, lets SQLite refresh its query
// statistics, and forgets finished jobs older than 30 days (failed ones stay until the rep acts).
class HousekeepingAgent : public Agent
{
    Q_OBJECT
public:
    static constexpr const char* OptimizeKind = "housekeeping.optimize";
    static constexpr qint64 KeepFinishedJobsMs = 30LL * 24 * 3600 * 1000;
    // Deleted prospects stay restorable this long, then are deleted for good.
    static constexpr qint64 KeepTrashMs = 30LL * 24 * 3600 * 1000;

    HousekeepingAgent();
    QString displayName() const override;
    QString describeKind(const QString& kind) const override;

protected:
    void execute(JobRun* run) override;
};

} // namespace sc::agents::housekeeping
