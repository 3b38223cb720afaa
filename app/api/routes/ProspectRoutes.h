#pragma once

namespace sc::app::api {

class ApiRouter;

// /v1/prospects: the list (pages shared by the pool threads, see ResponseCache), one prospect, its
// timeline, creating one with the import's rules, changing its fields and moving it to the trash.
void registerProspectRoutes(ApiRouter& router);

} // namespace sc::app::api
