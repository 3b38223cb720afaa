#include "CompanyRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiCursor.h"
#include "app/api/ApiRouter.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/ProspectRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace sc::app::api {

namespace {

void listCompanies(ApiContext& ctx)
{
    const std::optional<ApiContext::Paging> paging = ctx.paging();
    if (!paging) {
        return;
    }
    const int limit = paging->limit;
    const qint64 after = paging->after;
    const QList<models::Company> companies = models::CompanyRepository(ctx.db()).afterId(after, limit + 1);
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(companies.size(), limit); ++i) {
        const models::Company& c = companies.at(i);
        items.append(QJsonObject {{QStringLiteral("id"), c.id},
                                  {QStringLiteral("name"), c.name},
                                  {QStringLiteral("domain"), c.domain},
                                  {QStringLiteral("industry"), c.industry},
                                  {QStringLiteral("country"), c.country}});
    }
    const bool more = companies.size() > limit;
    const qint64 last = items.isEmpty() ? after : companies.at(items.size() - 1).id;
    ctx.json(200,
             QJsonObject {{QStringLiteral("items"), items},
                          {QStringLiteral("next_cursor"),
                           more ? QJsonValue(ApiCursor::encode('p', {last})) : QJsonValue(QJsonValue::Null)}});
}

} // namespace

void registerCompanyRoutes(ApiRouter& router)
{
    router.get("/v1/companies", "read", listCompanies);
}

} // namespace sc::app::api
