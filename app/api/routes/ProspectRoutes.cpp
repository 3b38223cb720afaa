#include "ProspectRoutes.h"

#include "app/api/ApiContext.h"
#include "app/api/ApiCursor.h"
#include "app/api/ApiRouter.h"
#include "app/api/HttpServer.h"
#include "app/api/JsonText.h"
#include "app/api/ResponseCache.h"
#include "models/Clock.h"
#include "models/import/Normalize.h"
#include "models/repositories/ActivityRepository.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/Sql.h"
#include "models/store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <string>

namespace sc::app::api {

namespace {

using JsonText::appendNullableString;
using JsonText::appendString;

// A prospect as every route gives it (the list, one prospect, a creation, a change).
void appendProspect(std::string* out, const models::Prospect& p)
{
    out->append("{\"id\":").append(std::to_string(p.id));
    out->append(",\"first_name\":");
    appendString(out, p.firstName);
    out->append(",\"last_name\":");
    appendString(out, p.lastName);
    out->append(",\"email\":");
    appendNullableString(out, p.email);
    out->append(",\"title\":");
    appendNullableString(out, p.title);
    out->append(",\"phone\":");
    appendNullableString(out, p.phone);
    out->append(",\"stage\":");
    appendString(out, p.status);
    out->append(",\"score\":").append(std::to_string(p.score));
    out->append(",\"created_at\":").append(std::to_string(p.createdAt));
    out->append(",\"company\":");
    if (p.companyId > 0) {
        out->append("{\"id\":").append(std::to_string(p.companyId)).append(",\"name\":");
        appendString(out, p.companyName);
        out->append(",\"domain\":");
        appendString(out, p.companyDomain);
        out->push_back('}');
    } else {
        out->append("null");
    }
    out->push_back('}');
}

void answerProspect(const ApiContext& ctx, int status, const models::Prospect& p)
{
    std::string out;
    appendProspect(&out, p);
    ctx.response().status = status;
    ctx.response().set_content(out, "application/json");
}

// The list page, written straight to JSON in one query.
std::string listPage(const http::Request& req, const QSqlDatabase& db, const ApiContext::Paging& paging)
{
    const int limit = paging.limit;
    std::string out;
    out.reserve(size_t(limit) * 400 + 64);
    out.append("{\"items\":[");
    int count = 0;
    qint64 last = 0;
    bool more = false;
    models::ProspectRepository(db).visitAfterId(
        paging.after, QString::fromStdString(req.get_param_value("query")),
        req.has_param("stage") ? QString::fromStdString(req.get_param_value("stage")) : QString(), limit + 1,
        [&](const models::Prospect& p) {
            if (count == limit) {
                more = true;
                return;
            }
            if (count++ > 0) {
                out.push_back(',');
            }
            last = p.id;
            appendProspect(&out, p);
        });
    out.append("],\"next_cursor\":");
    if (more) {
        appendString(&out, ApiCursor::encode('p', {last}));
    } else {
        out.append("null");
    }
    out.push_back('}');
    return out;
}

void listProspects(ApiContext& ctx)
{
    const http::Request& req = ctx.request();
    http::Response& res = ctx.response();
    // Pages are shared by the pool threads until the workspace changes (the router's authorization
    // has just checked); one thread writes a page while the others asking for it wait.
    if (const ResponseCache::Page hit = ctx.pages().find(req.target)) {
        res.status = 200;
        res.set_content(*hit, "application/json");
        return;
    }
    const std::optional<ApiContext::Paging> paging = ctx.paging();
    if (!paging) {
        return;
    }
    const QSqlDatabase& db = ctx.db();
    const ResponseCache::Page page = ctx.pages().getOrCompute(req.target, [&] { return listPage(req, db, *paging); });
    res.status = 200;
    res.set_content(*page, "application/json");
}

void getProspect(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    const std::optional<models::Prospect> p = models::ProspectRepository(ctx.db()).find(id);
    if (!p) {
        ctx.noSuch("prospect", id);
        return;
    }
    answerProspect(ctx, 200, *p);
}

void patchProspect(ApiContext& ctx)
{
    const std::optional<QJsonObject> parsed = ctx.jsonBody();
    if (!parsed) {
        return;
    }
    const QJsonObject& body = *parsed;
    static const QStringList editable {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                       QStringLiteral("email"), QStringLiteral("title"), QStringLiteral("phone")};
    models::ProspectRepository::FieldEdit edit;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!editable.contains(it.key())) {
            ctx.problem(422, "invalid-field", QStringLiteral("Field cannot be changed"),
                        QStringLiteral("\"%1\" is not one of: %2").arg(it.key(), editable.join(QStringLiteral(", "))));
            return;
        }
        if (!it.value().isString()) {
            ctx.problem(422, "invalid-field", QStringLiteral("Invalid value"),
                        QStringLiteral("\"%1\" must be a string").arg(it.key()));
            return;
        }
    }
    auto field = [&](const char* name) -> std::optional<QString> {
        return body.contains(QLatin1String(name)) ? std::optional<QString>(body.value(QLatin1String(name)).toString())
                                                  : std::nullopt;
    };
    edit.firstName = field("first_name");
    edit.lastName = field("last_name");
    edit.email = field("email");
    edit.title = field("title");
    edit.phone = field("phone");
    const qint64 id = ctx.pathId();
    models::ProspectRepository repo(ctx.db());
    if (!repo.find(id)) {
        ctx.noSuch("prospect", id);
        return;
    }
    try {
        repo.updateFields(id, edit, ctx.actor(), Clock::instance().nowMs());
    } catch (const models::ValidationError& e) {
        ctx.problem(422, "validation", QStringLiteral("The change was refused"), e.message());
        return;
    }
    answerProspect(ctx, 200, *repo.find(id));
}

void prospectActivities(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    const models::ProspectRepository repo(ctx.db());
    if (!repo.find(id)) {
        ctx.noSuch("prospect", id);
        return;
    }
    QJsonArray items;
    for (const models::Activity& a : models::ActivityRepository(ctx.db()).timeline(id)) {
        items.append(QJsonObject {{QStringLiteral("at"), a.occurredAt},
                                  {QStringLiteral("kind"), a.kind},
                                  {QStringLiteral("summary"), a.summary},
                                  {QStringLiteral("actor"), a.actor}});
    }
    ctx.json(200, QJsonObject {{QStringLiteral("items"), items}});
}

// Creating a prospect: the import's rules (a well-formed address, one prospect per address, the
// company found or made from the address's domain).
void createProspect(ApiContext& ctx)
{
    http::Response& res = ctx.response();
    const std::optional<QJsonObject> parsed = ctx.jsonBody();
    if (!parsed) {
        return;
    }
    const QJsonObject& body = *parsed;
    static const QStringList allowed {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                      QStringLiteral("email"),      QStringLiteral("title"),
                                      QStringLiteral("phone"),      QStringLiteral("company")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()) || !it.value().isString()) {
            ctx.problem(422, "invalid-field", QStringLiteral("Invalid field"),
                        QStringLiteral("\"%1\": fields are strings among %2")
                            .arg(it.key(), allowed.join(QStringLiteral(", "))));
            return;
        }
    }
    models::ProspectRepository::NewPerson person;
    person.firstName = body.value(QStringLiteral("first_name")).toString();
    person.lastName = body.value(QStringLiteral("last_name")).toString();
    person.email = body.value(QStringLiteral("email")).toString();
    person.title = body.value(QStringLiteral("title")).toString();
    person.phone = body.value(QStringLiteral("phone")).toString();
    person.company = body.value(QStringLiteral("company")).toString();
    models::ProspectRepository repo(ctx.db());
    models::ProspectRepository::Added added;
    try {
        added = repo.addPerson(person, QStringLiteral("api"), Clock::instance().nowMs());
    } catch (const models::ValidationError& e) {
        ctx.problem(422, "validation", QStringLiteral("The prospect was refused"), e.message());
        return;
    }
    const QString email = models::Normalize::email(person.email);
    if (added.existingTrashed) {
        ctx.problem(
            409, "duplicate", QStringLiteral("Already a prospect, in the trash"),
            QStringLiteral("%1 is prospect %2, in the trash: restore it in the app").arg(email).arg(added.existingId));
        return;
    }
    if (added.existingId > 0) {
        res.set_header("Location", "/v1/prospects/" + std::to_string(added.existingId));
        ctx.problem(409, "duplicate", QStringLiteral("Already a prospect"),
                    QStringLiteral("%1 is prospect %2").arg(email).arg(added.existingId));
        return;
    }
    res.set_header("Location", "/v1/prospects/" + std::to_string(added.id));
    answerProspect(ctx, 201, *repo.find(added.id));
}

void trashProspect(ApiContext& ctx)
{
    const qint64 id = ctx.pathId();
    models::ProspectRepository repo(ctx.db());
    if (!repo.find(id)) {
        ctx.noSuch("prospect", id);
        return;
    }
    // To the trash, as from the app: restorable for 30 days.
    repo.moveToTrash({id}, ctx.actor(), Clock::instance().nowMs());
    ctx.response().status = 204;
}

} // namespace

void registerProspectRoutes(ApiRouter& router)
{
    using Method = ApiRouter::Method;
    router.get("/v1/prospects", "read", listProspects);
    router.post("/v1/prospects", "write", createProspect);
    router.only("/v1/prospects", "GET, POST", {Method::Patch, Method::Delete, Method::Put});
    router.get(R"(/v1/prospects/(\d+))", "read", getProspect);
    router.patch(R"(/v1/prospects/(\d+))", "write", patchProspect);
    router.del(R"(/v1/prospects/(\d+))", "write", trashProspect);
    router.only(R"(/v1/prospects/(\d+))", "GET, PATCH, DELETE", {Method::Post, Method::Put});
    router.get(R"(/v1/prospects/(\d+)/activities)", "read", prospectActivities);
}

} // namespace sc::app::api
