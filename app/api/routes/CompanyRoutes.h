#pragma once

namespace sc::app::api {

class ApiRouter;

// GET /v1/companies: the companies, a page at a time by id.
void registerCompanyRoutes(ApiRouter& router);

} // namespace sc::app::api
