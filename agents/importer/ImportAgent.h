#pragma once

#include "agents/core/Agent.h"

namespace sc::agents::importer {

// Runs CSV imports as jobs (payload {"path": FILE}), so a long import shows progress, can be
// canceled, and — killed midway — resumes from its last committed batch without losing or
// duplicating a row. The import itself is models::ProspectImporter.
class ImportAgent : public Agent
{
    Q_OBJECT
public:
    static constexpr const char* ImportKind = "prospects.import";

    ImportAgent();
    QString displayName() const override;
    QString describeKind(const QString& kind) const override;

protected:
    void execute(JobRun* run) override;
};

} // namespace sc::agents::importer
