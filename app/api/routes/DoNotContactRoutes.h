#pragma once

namespace sc::app::api {

class ApiRouter;

// /v1/do-not-contact: the addresses and domains nothing is ever sent to; listed, added, removed.
void registerDoNotContactRoutes(ApiRouter& router);

} // namespace sc::app::api
