#include "JobRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiRouter.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::api {

namespace {

QJsonObject jobJson(const models::Job& job)
{
    return QJsonObject {{QStringLiteral("id"), job.id},
                        {QStringLiteral("kind"), job.kind},
                        {QStringLiteral("state"), models::jobStateName(job.state)},
                        {QStringLiteral("attempts"), job.attempts},
                        {QStringLiteral("progress"), job.progress},
                        {QStringLiteral("last_error"), job.lastError},
                        {QStringLiteral("created_at"), job.createdAt}};
}

void listJobs(ApiContext& ctx)
{
    QJsonArray items;
    for (const models::Job& job : models::JobRepository(ctx.db()).list({})) {
        items.append(jobJson(job));
    }
    ctx.json(200, QJsonObject {{QStringLiteral("items"), items}});
}

void getJob(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    const std::optional<models::Job> job = models::JobRepository(ctx.db()).find(id);
    if (!job) {
        ctx.noSuch("job", id);
        return;
    }
    ctx.json(200, jobJson(*job));
}

void cancelJob(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    models::JobRepository jobs(ctx.db());
    if (!jobs.find(id)) {
        ctx.noSuch("job", id);
        return;
    }
    const auto result = jobs.cancel(id, Clock::instance().nowMs());
    if (result == models::JobRepository::CancelResult::NotCancelable) {
        ctx.problem(409, "not-cancelable", QStringLiteral("The job has ended"), QStringLiteral("job %1").arg(id));
        return;
    }
    ctx.json(202,
             QJsonObject {{QStringLiteral("id"), id},
                          {QStringLiteral("cancel"),
                           result == models::JobRepository::CancelResult::Canceled ? QStringLiteral("canceled")
                                                                                   : QStringLiteral("requested")}});
}

} // namespace

void registerJobRoutes(ApiRouter& router)
{
    router.get("/v1/jobs", "read", listJobs);
    router.get(R"(/v1/jobs/(\d+))", "read", getJob);
    router.post(R"(/v1/jobs/(\d+)/cancel)", "write", cancelJob);
}

} // namespace sc::app::api
