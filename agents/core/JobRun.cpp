#include "JobRun.h"

#include "Agent.h"
#include "models/repositories/JobRepository.h"

namespace sc::agents {

JobRun::JobRun(Agent* agent, models::Job job)
    : m_agent(agent)
    , m_job(std::move(job))
{
    m_sinceSave.start();
}

bool JobRun::isCancelRequested() const
{
    return m_agent->cancelRequestedFor(m_job.id);
}

void JobRun::reportProgress(int percent, const QString& text)
{
    if (m_finished) {
        return;
    }
    m_job.progress = std::clamp(percent, 0, 100);
    m_job.progressText = text;
    m_agent->saveProgress(this, m_job.progress, text);
}

void JobRun::saveCheckpoint(const QJsonObject& checkpoint)
{
    m_job.checkpoint = checkpoint;
    models::JobRepository(m_agent->workspace().connection()).setCheckpoint(m_job.id, checkpoint);
}

void JobRun::succeed(const QJsonObject& result)
{
    if (!m_finished) {
        m_agent->finishRun(this, Agent::Outcome::Succeeded, {}, result);
    }
}

void JobRun::fail(const QString& error, Retry retry)
{
    if (!m_finished) {
        m_agent->finishRun(this, retry == Retry::Yes ? Agent::Outcome::Retry : Agent::Outcome::Failed, error, {});
    }
}

void JobRun::stopAsRequested()
{
    if (!m_finished) {
        m_agent->finishRun(this, Agent::Outcome::Canceled, {}, {});
    }
}

} // namespace sc::agents
