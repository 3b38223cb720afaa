#pragma once

#include <QJsonValue>
#include <QString>

namespace sc::app::api::http {
struct Response;
} // namespace sc::app::api::http

namespace sc::app::api {

// How the local API answers: compact JSON, and RFC 9457 problems for errors. Used by the router
// before a route runs (401, 405, 411, 413...) and by every route through its ApiContext.
namespace ApiReply {
// Where a problem's "type" points: this base and a stable name per kind of error.
inline constexpr const char* ProblemBase = "https://salescopilot.example/problems/";

void json(http::Response& res, int status, const QJsonValue& body);
// RFC 9457: a stable type per kind of error, the status, a title and what went wrong this time.
void problem(http::Response& res, int status, const char* type, const QString& title, const QString& detail = {});
} // namespace ApiReply

} // namespace sc::app::api
