#pragma once

namespace sc::app::api {

class ApiRouter;

// GET /v1/health and GET /v1/openapi.json: open to anyone, no token.
void registerHealthRoutes(ApiRouter& router);

} // namespace sc::app::api
