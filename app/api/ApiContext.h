#pragma once

#include "ApiTokens.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace sc::app::api::http {
struct Request;
struct Response;
} // namespace sc::app::api::http

namespace sc::models {
class Workspace;
}

namespace sc::app::api {

class ResponseCache;

// What a route's handler is given once the router has done the shared steps: the request and its
// response, the client its token names (routes wanting a scope only), this pool thread's connection
// and the shared pages, with the readers and the replies every route uses. A reader that finds the
// request wrong has answered it (415, 400, 422) and returns nullopt: the handler just returns.
class ApiContext
{
public:
    ApiContext(const http::Request& request, http::Response& response, const ApiTokens::Claims* client,
               const QSqlDatabase* db, const models::Workspace& workspace, ResponseCache& pages);

    const http::Request& request() const { return m_request; }
    http::Response& response() const { return m_response; }
    // The authenticated client; only on a route that wants a scope.
    const ApiTokens::Claims& client() const { return *m_client; }
    // The name of the key on what it does, in audit rows and activities: "api:<client id>".
    QString actor() const;
    // This pool thread's connection to the workspace.
    const QSqlDatabase& db() const;
    // Response bodies shared by the pool threads until the workspace changes.
    ResponseCache& pages() const { return m_pages; }

    // The {id} of a route: 0 when it is no id this server could have given (too big for one).
    qint64 pathId() const;
    QString mediaType() const;
    // A JSON object body (application/json or merge-patch), else 415 or 400.
    std::optional<QJsonObject> jsonBody() const;
    // ?limit= (1-200, 50 by default), else 422.
    std::optional<int> limit() const;
    // ?cursor= with that tag and that many numbers: empty when there is none, nullopt (422) when it
    // is not one this server gave.
    std::optional<QList<qint64>> cursor(char tag, qsizetype count) const;
    // ?limit= and ?cursor= of a page ordered by id, else 422.
    struct Paging
    {
        int limit = 50;
        qint64 after = 0;
    };
    std::optional<Paging> paging() const;

    void json(int status, const QJsonValue& body) const;
    // RFC 9457 (ApiReply::problem).
    void problem(int status, const char* type, const QString& title, const QString& detail = {}) const;
    // 404 for a resource that is not there: "No such prospect", "prospect 12".
    void noSuch(const char* what, qint64 id) const;

private:
    const http::Request& m_request;
    http::Response& m_response;
    const ApiTokens::Claims* m_client;
    mutable const QSqlDatabase* m_db; // fetched on first use by an open route
    const models::Workspace& m_workspace;
    ResponseCache& m_pages;
};

} // namespace sc::app::api
