#include "ApiContext.h"

#include "ApiCursor.h"
#include "ApiReply.h"
#include "PoolConnection.h"
#include "app/api/HttpServer.h"

#include <QJsonDocument>

namespace sc::app::api {

ApiContext::ApiContext(const http::Request& request, http::Response& response, const ApiTokens::Claims* client,
                       const QSqlDatabase* db, const models::Workspace& workspace, ResponseCache& pages)
    : m_request(request)
    , m_response(response)
    , m_client(client)
    , m_db(db)
    , m_workspace(workspace)
    , m_pages(pages)
{
}

QString ApiContext::actor() const
{
    return QStringLiteral("api:") + m_client->clientId;
}

const QSqlDatabase& ApiContext::db() const
{
    if (!m_db) {
        m_db = &PoolConnection::of(m_workspace);
    }
    return *m_db;
}

qint64 ApiContext::pathId() const
{
    bool ok = false;
    const qint64 id = QString::fromStdString(m_request.matches[1]).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString ApiContext::mediaType() const
{
    return QString::fromStdString(m_request.get_header_value("Content-Type"))
        .section(QLatin1Char(';'), 0, 0)
        .trimmed()
        .toLower();
}

std::optional<QJsonObject> ApiContext::jsonBody() const
{
    const QString media = mediaType();
    if (media != QLatin1String("application/json") && media != QLatin1String("application/merge-patch+json")) {
        problem(415, "unsupported-media-type", QStringLiteral("Unsupported media type"),
                QStringLiteral("send application/json"));
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(m_request.body), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem(400, "malformed-json", QStringLiteral("Malformed JSON"),
                error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<int> ApiContext::limit() const
{
    if (!m_request.has_param("limit")) {
        return 50;
    }
    bool ok = false;
    const int limit = QString::fromStdString(m_request.get_param_value("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 200) {
        problem(422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                QStringLiteral("limit is a number from 1 to 200"));
        return std::nullopt;
    }
    return limit;
}

std::optional<QList<qint64>> ApiContext::cursor(char tag, qsizetype count) const
{
    if (!m_request.has_param("cursor")) {
        return QList<qint64>();
    }
    const auto c = ApiCursor::decode(QString::fromStdString(m_request.get_param_value("cursor")), tag, count);
    if (!c) {
        problem(422, "invalid-parameter", QStringLiteral("Invalid parameter"),
                QStringLiteral("cursor is not one this server gave"));
    }
    return c;
}

std::optional<ApiContext::Paging> ApiContext::paging() const
{
    Paging paging;
    const std::optional<int> limited = limit();
    if (!limited) {
        return std::nullopt;
    }
    paging.limit = *limited;
    const std::optional<QList<qint64>> after = cursor('p', 1);
    if (!after) {
        return std::nullopt;
    }
    if (!after->isEmpty()) {
        paging.after = after->first();
    }
    return paging;
}

void ApiContext::json(int status, const QJsonValue& body) const
{
    ApiReply::json(m_response, status, body);
}

void ApiContext::problem(int status, const char* type, const QString& title, const QString& detail) const
{
    ApiReply::problem(m_response, status, type, title, detail);
}

void ApiContext::noSuch(const char* what, qint64 id) const
{
    problem(404, "not-found", QStringLiteral("No such %1").arg(QLatin1String(what)),
            QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(id));
}

} // namespace sc::app::api
