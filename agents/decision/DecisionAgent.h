#pragma once

#include "agents/core/Agent.h"

namespace sc::agents::decision {

// The Decision agent's background work: retrains the predictive score (`decision.train_score`) when
// outcomes arrive. The job is queued by a sync that stored messages from prospects and by
// `score --predictive`, one at a time (PredictionRepository::trainJob()).
class DecisionAgent : public Agent
{
    Q_OBJECT
public:
    DecisionAgent();
    QString displayName() const override;
    QString describeKind(const QString& kind) const override;

protected:
    void execute(JobRun* run) override;
};

} // namespace sc::agents::decision
