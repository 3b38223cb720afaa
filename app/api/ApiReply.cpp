#include "ApiReply.h"

#include "app/api/HttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc::app::api::ApiReply {

void json(http::Response& res, int status, const QJsonValue& body)
{
    res.status = status;
    const QByteArray text = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    res.set_content(text.constData(), size_t(text.size()), "application/json");
}

void problem(http::Response& res, int status, const char* type, const QString& title, const QString& detail)
{
    QJsonObject body {{QStringLiteral("type"), QLatin1String(ProblemBase) + QLatin1String(type)},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("status"), status}};
    if (!detail.isEmpty()) {
        body.insert(QStringLiteral("detail"), detail);
    }
    res.status = status;
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.set_content(text.constData(), size_t(text.size()), "application/problem+json");
}

} // namespace sc::app::api::ApiReply
