#pragma once

namespace sc::app::api {

class ApiRouter;
class ApiTokens;
class RateLimiter;

// POST /v1/auth/token: OAuth 2.0 client credentials (RFC 6749 §4.4), form-encoded, open to anyone;
// `failedTokens` limits the failed attempts per source address.
void registerAuthRoutes(ApiRouter& router, const ApiTokens& tokens, RateLimiter& failedTokens);

} // namespace sc::app::api
