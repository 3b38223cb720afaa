#pragma once

namespace sc::app::api {

class ApiRouter;

// /v1/approvals: the drafts waiting for the rep, approved or rejected with the key's name on it.
void registerApprovalRoutes(ApiRouter& router);

} // namespace sc::app::api
