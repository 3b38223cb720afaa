#pragma once

namespace sc::app::api {

class ApiRouter;

// /v1/jobs: the agents' job queue, one job, and canceling one.
void registerJobRoutes(ApiRouter& router);

} // namespace sc::app::api
