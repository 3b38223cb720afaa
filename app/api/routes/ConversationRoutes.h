#pragma once

namespace sc::app::api {

class ApiRouter;

// /v1/threads and /v1/messages: the Inbox's conversations, read-only but for the rep's own
// correction of a reply's category (which the classifier learns from). Reading a thread here does
// not mark it read: the rep has not.
void registerConversationRoutes(ApiRouter& router);

} // namespace sc::app::api
