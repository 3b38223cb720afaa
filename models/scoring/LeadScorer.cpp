#include "LeadScorer.h"

#include "../import/Normalize.h"
#include "../settings/WorkspaceSettings.h"
#include "../store/Database.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "SizeMatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <algorithm>
#include <cstdint>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sc::models {

namespace {
// Why a score is what it is, in the interface's language (the panel shows it; nothing stores it).
QString reason(const char* text)
{
    return QCoreApplication::translate("sc::models::LeadScorer", text);
}
} // namespace

namespace {

QStringList folded(const QStringList& list)
{
    QStringList out;
    for (const QString& s : list) {
        if (const QString f = Normalize::fold(s); !f.isEmpty()) {
            out.append(f);
        }
    }
    return out;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

// The first item of `items` that `text` contains, as written in the profile.
QString firstContained(const QString& text, const QStringList& foldedItems, const QStringList& items)
{
    for (qsizetype i = 0; i < foldedItems.size(); ++i) {
        if (text.contains(foldedItems.at(i))) {
            return items.value(i, foldedItems.at(i));
        }
    }
    return {};
}

} // namespace

IdealCustomerProfile IdealCustomerProfile::defaults()
{
    IdealCustomerProfile p;
    p.sizes = {QStringLiteral("11-50"), QStringLiteral("51-200"), QStringLiteral("201-500")};
    p.titles = {QStringLiteral("head of sales"),        QStringLiteral("vp sales"),
                QStringLiteral("sales director"),       QStringLiteral("chief revenue officer"),
                QStringLiteral("directeur commercial"), QStringLiteral("directrice commerciale")};
    p.seniority = {QStringLiteral("head"),        QStringLiteral("vp"),        QStringLiteral("vice president"),
                   QStringLiteral("director"),    QStringLiteral("chief"),     QStringLiteral("founder"),
                   QStringLiteral("ceo"),         QStringLiteral("directeur"), QStringLiteral("directrice"),
                   QStringLiteral("responsable"), QStringLiteral("fondateur"), QStringLiteral("fondatrice")};
    p.weights = {{QStringLiteral("title"), 30},          {QStringLiteral("seniority"), 10},
                 {QStringLiteral("industry"), 15},       {QStringLiteral("size"), 15},
                 {QStringLiteral("country"), 10},        {QStringLiteral("technology"), 10},
                 {QStringLiteral("email_verified"), 10}, {QStringLiteral("email_likely"), 5},
                 {QStringLiteral("email_invalid"), -40}, {QStringLiteral("free_mail"), -10},
                 {QStringLiteral("role_address"), -10}};
    return p;
}

int IdealCustomerProfile::weight(const char* trait) const
{
    return weights.value(QLatin1String(trait), defaults().weights.value(QLatin1String(trait)));
}

IdealCustomerProfile IdealCustomerProfile::fromJson(const QJsonObject& json)
{
    IdealCustomerProfile p = defaults();
    auto list = [&](const char* key, QStringList* out) {
        if (json.contains(QLatin1String(key))) {
            *out = strings(json.value(QLatin1String(key)));
        }
    };
    list("industries", &p.industries);
    list("sizes", &p.sizes);
    list("countries", &p.countries);
    list("titles", &p.titles);
    list("seniority", &p.seniority);
    list("technologies", &p.technologies);
    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        p.weights.insert(it.key(), it.value().toInt());
    }
    return p;
}

QJsonObject IdealCustomerProfile::toJson() const
{
    QJsonObject w;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        w.insert(it.key(), it.value());
    }
    return {{QStringLiteral("industries"), QJsonArray::fromStringList(industries)},
            {QStringLiteral("sizes"), QJsonArray::fromStringList(sizes)},
            {QStringLiteral("countries"), QJsonArray::fromStringList(countries)},
            {QStringLiteral("titles"), QJsonArray::fromStringList(titles)},
            {QStringLiteral("seniority"), QJsonArray::fromStringList(seniority)},
            {QStringLiteral("technologies"), QJsonArray::fromStringList(technologies)},
            {QStringLiteral("weights"), w}};
}

IdealCustomerProfile IdealCustomerProfile::load(const QSqlDatabase& db)
{
    const QString json = WorkspaceSettings(db).text(Setting::IdealCustomer);
    return json.isEmpty() ? defaults() : fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

void IdealCustomerProfile::save(const QSqlDatabase& db) const
{
    WorkspaceSettings(db).setJson(Setting::IdealCustomer, toJson());
}

LeadScorer::LeadScorer(IdealCustomerProfile profile)
    : m_profile(std::move(profile))
    , m_titles(folded(m_profile.titles))
    , m_seniority(folded(m_profile.seniority))
    , m_industries(folded(m_profile.industries))
    , m_technologies(folded(m_profile.technologies))
{
}

void LeadScorer::titlePart(const QString& rawTitle, Result* r) const
{
    const QString title = Normalize::fold(rawTitle);
    if (title.isEmpty()) {
        return;
    }
    if (const QString match = firstContained(title, m_titles, m_profile.titles); !match.isEmpty()) {
        r->add(m_profile.weight("title"),
               reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "title matches %1")).arg(match));
    } else if (const QString level = firstContained(title, m_seniority, m_profile.seniority); !level.isEmpty()) {
        r->add(m_profile.weight("seniority"),
               reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "senior title (%1)")).arg(level));
    }
}

void LeadScorer::companyPart(const Input& in, Result* r) const
{
    if (!in.industry.isEmpty()) {
        if (const QString match = firstContained(Normalize::fold(in.industry), m_industries, m_profile.industries);
            !match.isEmpty()) {
            r->add(m_profile.weight("industry"),
                   reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "industry %1")).arg(match));
        }
    }
    // The headcount the site states, placed exactly in the profile's sizes (SizeMatch).
    if (const QString size = SizeMatch::match(m_profile.sizes, in.size, in.employees); !size.isEmpty()) {
        r->add(m_profile.weight("size"), reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "size %1")).arg(size));
    }
    if (!in.country.isEmpty() && m_profile.countries.contains(in.country, Qt::CaseInsensitive)) {
        r->add(m_profile.weight("country"),
               reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "country %1")).arg(in.country.toUpper()));
    }
    for (const QString& tech : in.technologies) {
        if (m_technologies.contains(Normalize::fold(tech))) {
            r->add(m_profile.weight("technology"),
                   reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "uses %1")).arg(tech));
            break;
        }
    }
}

void LeadScorer::emailPart(const QString& email, const QString& verdict, Result* r) const
{
    if (verdict == QLatin1String("verified")) {
        r->add(m_profile.weight("email_verified"),
               reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "verified email")));
    } else if (verdict == QLatin1String("likely")) {
        r->add(m_profile.weight("email_likely"), reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "likely email")));
    } else if (verdict == QLatin1String("invalid")) {
        r->add(m_profile.weight("email_invalid"), reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "invalid email")));
    }
    if (const qsizetype at = email.indexOf(QLatin1Char('@')); at > 0) {
        if (Normalize::isPersonalMailDomain(email.mid(at + 1).toLower())) {
            r->add(m_profile.weight("free_mail"),
                   reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "free-mail address")));
        }
        if (Normalize::isRoleMailbox(email.left(at))) {
            r->add(m_profile.weight("role_address"),
                   reason(QT_TRANSLATE_NOOP("sc::models::LeadScorer", "shared role address")));
        }
    }
}

void LeadScorer::Result::add(int points, const QString& why)
{
    if (points != 0) {
        total += points;
        reasons.append(
            QStringLiteral("%1%2 %3").arg(points > 0 ? QStringLiteral("+") : QString()).arg(points).arg(why));
    }
}

LeadScorer::Result LeadScorer::score(const Input& in) const
{
    Result r;
    titlePart(in.title, &r);
    companyPart(in, &r);
    emailPart(in.email, in.emailVerdict, &r);
    r.score = std::clamp(r.total, 0, 100);
    return r;
}

namespace {

const QString kInputs = QStringLiteral(
    "SELECT p.id, coalesce(p.title, ''), coalesce(p.email, ''), coalesce(p.email_verdict, ''), NULL, "
    "coalesce(c.industry, ''), coalesce(c.size_range, ''), coalesce(c.country, ''), coalesce(t.value, ''), "
    "coalesce(p.company_id, 0), coalesce(e.value, '') FROM prospects p LEFT JOIN companies c ON c.id = "
    "p.company_id LEFT JOIN company_facts t ON t.company_id = p.company_id AND t.field = 'technologies' LEFT JOIN "
    "company_facts e ON e.company_id = p.company_id AND e.field = 'employees' WHERE p.deleted_at IS NULL ");

} // namespace

namespace {

struct TransparentHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
};
// A few short strings (free-mail domains, role mailboxes): most candidates are ruled out by their
// length before any hashing.
class ShortStringSet
{
public:
    void insert(const std::string& s)
    {
        if (s.size() < 64) {
            m_lengths |= std::uint64_t(1) << s.size();
        }
        m_set.insert(s);
    }
    bool contains(std::string_view s) const
    {
        if (s.size() < 64 && (m_lengths & (std::uint64_t(1) << s.size())) == 0) {
            return false;
        }
        return m_set.contains(s);
    }

private:
    std::uint64_t m_lengths = 0;
    std::unordered_set<std::string, TransparentHash, std::equal_to<>> m_set;
};
using StringPoints = std::unordered_map<std::string, int, TransparentHash, std::equal_to<>>;

// Points of the parts that need no judgement per row, looked up by SQLite's sc_lead_score() for each
// prospect: the same sum as LeadScorer::score(), clamped to 0-100.
struct NativeScore
{
    StringPoints titles; // ASCII lower case, as COLLATE NOCASE compares
    std::vector<int> companies; // by company id
    ShortStringSet freeMail;
    ShortStringSet roles;
    int verified = 0;
    int likely = 0;
    int invalid = 0;
    int freeMailPoints = 0;
    int rolePoints = 0;
    std::string key;
    // The scores before this run, by prospect id (-1: none), while the table is rewritten; and how
    // many of the new ones differ.
    std::vector<std::int8_t> old;
    bool counting = false;
    qint64 changed = 0;

    static void asciiLower(std::string_view text, std::string* out)
    {
        out->assign(text);
        for (char& c : *out) {
            if (c >= 'A' && c <= 'Z') {
                c = char(c - 'A' + 'a');
            }
        }
    }

    int score(std::string_view title, sqlite3_int64 company, std::string_view email, std::string_view verdict)
    {
        int total = 0;
        if (!title.empty()) {
            asciiLower(title, &key);
            if (const auto it = titles.find(key); it != titles.end()) {
                total += it->second;
            }
        }
        if (company > 0 && std::size_t(company) < companies.size()) {
            total += companies[std::size_t(company)];
        }
        if (verdict == "verified") {
            total += verified;
        } else if (verdict == "likely") {
            total += likely;
        } else if (verdict == "invalid") {
            total += invalid;
        }
        // Addresses are stored lower-case (Normalize::email): compared as they are.
        if (const std::size_t at = email.find('@'); at != std::string_view::npos && at > 0) {
            if (freeMail.contains(email.substr(at + 1))) {
                total += freeMailPoints;
            }
            if (roles.contains(email.substr(0, at))) {
                total += rolePoints;
            }
        }
        return std::clamp(total, 0, 100);
    }
};

std::string_view textOf(sqlite3_value* value)
{
    const unsigned char* text = sqlite3_value_text(value); // before _bytes(), which then counts UTF-8
    return text == nullptr
        ? std::string_view()
        : std::string_view(reinterpret_cast<const char*>(text), std::size_t(sqlite3_value_bytes(value)));
}

// sc_lead_score(id, title, company_id, email, email_verdict)
void leadScoreFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    auto* native = static_cast<NativeScore*>(sqlite3_user_data(context));
    const int score = native->score(textOf(argv[1]), sqlite3_value_int64(argv[2]), textOf(argv[3]), textOf(argv[4]));
    if (native->counting) {
        const sqlite3_int64 id = sqlite3_value_int64(argv[0]);
        if (id < 0 || std::size_t(id) >= native->old.size() || native->old[std::size_t(id)] != score) {
            ++native->changed;
        }
    }
    sqlite3_result_int(context, score);
}

// sc_remember_score(prospect_id, score): keeps the score before the table is rewritten.
void rememberScoreFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    auto* native = static_cast<NativeScore*>(sqlite3_user_data(context));
    const sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    if (id > 0 && id < (sqlite3_int64(1) << 31)) {
        if (std::size_t(id) >= native->old.size()) {
            native->old.resize(std::size_t(id) + 1, -1);
        }
        native->old[std::size_t(id)] = std::int8_t(std::clamp(sqlite3_value_int(argv[1]), 0, 100));
    }
    sqlite3_result_null(context);
}

constexpr const char* kNativeFunction = "sc_lead_score";
constexpr const char* kRememberFunction = "sc_remember_score";

} // namespace

bool LeadScorer::nativeScoringAvailable(const QSqlDatabase& db)
{
    return Database::nativeHandle(db) != nullptr;
}

int LeadScorer::rescoreAll(const QSqlDatabase& db, Engine engine)
{
    const BulkWriteScope bulk(db);
    Sql::run(db, QStringLiteral("PRAGMA mmap_size = 1073741824"));
    Transaction transaction(db);
    const int changed = rescoreAllInTransaction(db, engine);
    transaction.commit();
    return changed;
}

int LeadScorer::rescoreAllInTransaction(const QSqlDatabase& db, Engine engine)
{
    const LeadScorer scorer(IdealCustomerProfile::load(db));
    const IdealCustomerProfile& profile = scorer.m_profile;
    sqlite3* handle = engine == Engine::Native ? Database::nativeHandle(db) : nullptr;
    // What needs judgement (a title, a company) is scored here once per distinct value: a million
    // prospects share a few thousand companies and a few hundred titles. Each row then only adds its
    // parts up, in SQLite's own scan: with a C function where SQLite is the program's own library, in
    // SQL otherwise.
    QList<QPair<QString, int>> titlePoints;
    {
        // One per title whatever its case (points ignore case): a skip scan of the title index, one
        // seek per distinct title instead of a walk over a million entries.
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral("WITH RECURSIVE t(title) AS (SELECT min(title COLLATE NOCASE) FROM prospects WHERE title > "
                           "'' UNION ALL SELECT (SELECT min(title COLLATE NOCASE) FROM prospects WHERE title COLLATE "
                           "NOCASE > t.title) FROM t WHERE t.title IS NOT NULL) SELECT title FROM t WHERE title IS NOT "
                           "NULL"));
        while (q.next()) {
            const QString title = q.value(0).toString();
            Result r;
            scorer.titlePart(title, &r);
            if (r.total != 0) {
                titlePoints.append({title, r.total});
            }
        }
    }
    QList<QPair<qint64, int>> companyPoints;
    {
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT c.id, coalesce(c.industry, ''), coalesce(c.size_range, ''), "
                                              "coalesce(c.country, ''), coalesce(t.value, ''), coalesce(e.value, '') "
                                              "FROM companies c LEFT JOIN company_facts t ON t.company_id = c.id AND "
                                              "t.field = 'technologies' LEFT JOIN company_facts e ON e.company_id = "
                                              "c.id AND e.field = 'employees'"));
        // Many companies share an industry, a size, a country and a stack: judged once per combination.
        QHash<QString, int> byTraits;
        Input in;
        while (q.next()) {
            const QString key = q.value(1).toString() + QLatin1Char('\x1f') + q.value(2).toString()
                + QLatin1Char('\x1f') + q.value(3).toString() + QLatin1Char('\x1f') + q.value(4).toString()
                + QLatin1Char('\x1f') + q.value(5).toString();
            auto points = byTraits.constFind(key);
            if (points == byTraits.cend()) {
                in.industry = q.value(1).toString();
                in.size = q.value(2).toString();
                in.employees = q.value(5).toString();
                in.country = q.value(3).toString();
                in.technologies.clear();
                if (const QString tech = q.value(4).toString(); !tech.isEmpty()) {
                    for (const QJsonValue& v : QJsonDocument::fromJson(tech.toUtf8()).array()) {
                        in.technologies.append(v.toString());
                    }
                }
                Result r;
                scorer.companyPart(in, &r);
                points = byTraits.insert(key, r.total);
            }
            if (*points != 0) {
                companyPoints.append({q.value(0).toLongLong(), *points});
            }
        }
    }
    NativeScore native;
    QString expression;
    QString joins;
    if (handle != nullptr) {
        for (const auto& [title, points] : std::as_const(titlePoints)) {
            std::string key;
            NativeScore::asciiLower(title.toStdString(), &key);
            native.titles.emplace(std::move(key), points);
        }
        for (const auto& [id, points] : std::as_const(companyPoints)) {
            if (id > 0 && id < (qint64(1) << 31)) {
                if (std::size_t(id) >= native.companies.size()) {
                    native.companies.resize(std::size_t(id) + 1, 0);
                }
                native.companies[std::size_t(id)] = points;
            }
        }
        for (const QString& domain : Normalize::personalMailDomains()) {
            native.freeMail.insert(domain.toStdString());
        }
        for (const QString& part : Normalize::roleMailboxes()) {
            native.roles.insert(part.toStdString());
        }
        native.verified = profile.weight("email_verified");
        native.likely = profile.weight("email_likely");
        native.invalid = profile.weight("email_invalid");
        native.freeMailPoints = profile.weight("free_mail");
        native.rolePoints = profile.weight("role_address");
        if (sqlite3_create_function_v2(handle, kNativeFunction, 5, SQLITE_UTF8, &native, &leadScoreFunction, nullptr,
                                       nullptr, nullptr)
                != SQLITE_OK
            || sqlite3_create_function_v2(handle, kRememberFunction, 2, SQLITE_UTF8, &native, &rememberScoreFunction,
                                          nullptr, nullptr, nullptr)
                != SQLITE_OK) {
            throw StoreError(QStringLiteral("registering %1: %2")
                                 .arg(QLatin1String(kNativeFunction), QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        expression = QStringLiteral("sc_lead_score(p.id, p.title, p.company_id, p.email, p.email_verdict)");
    } else {
        for (const char* ddl :
             {"CREATE TEMP TABLE IF NOT EXISTS score_titles (title TEXT PRIMARY KEY COLLATE NOCASE, points "
              "INTEGER) WITHOUT ROWID",
              "CREATE TEMP TABLE IF NOT EXISTS score_companies (id INTEGER PRIMARY KEY, points INTEGER)",
              "CREATE TEMP TABLE IF NOT EXISTS score_free_mail (domain TEXT PRIMARY KEY) WITHOUT ROWID",
              "CREATE TEMP TABLE IF NOT EXISTS score_roles (part TEXT PRIMARY KEY) WITHOUT ROWID",
              "DELETE FROM score_titles", "DELETE FROM score_companies", "DELETE FROM score_free_mail",
              "DELETE FROM score_roles"}) {
            Sql::run(db, QString::fromLatin1(ddl));
        }
        QSqlQuery insertTitle = Sql::prepare(db, QStringLiteral("INSERT INTO score_titles VALUES (:t, :p)"));
        for (const auto& [title, points] : std::as_const(titlePoints)) {
            Sql::bind(insertTitle, {{":t", title}, {":p", points}});
            Sql::exec(insertTitle);
        }
        QSqlQuery insertCompany = Sql::prepare(db, QStringLiteral("INSERT INTO score_companies VALUES (:id, :p)"));
        for (const auto& [id, points] : std::as_const(companyPoints)) {
            Sql::bind(insertCompany, {{":id", id}, {":p", points}});
            Sql::exec(insertCompany);
        }
        for (const QString& domain : Normalize::personalMailDomains()) {
            Sql::run(db, QStringLiteral("INSERT INTO score_free_mail VALUES (:d)"), {{":d", domain}});
        }
        for (const QString& part : Normalize::roleMailboxes()) {
            Sql::run(db, QStringLiteral("INSERT INTO score_roles VALUES (:p)"), {{":p", part}});
        }
        expression
            = QStringLiteral(
                  "max(0, min(100, coalesce(st.points, 0) + coalesce(sc.points, 0) + CASE p.email_verdict WHEN "
                  "'verified' THEN %1 WHEN 'likely' THEN %2 WHEN 'invalid' THEN %3 ELSE 0 END + CASE WHEN "
                  "instr(p.email, '@') > 1 AND substr(p.email, instr(p.email, '@') + 1) IN score_free_mail THEN %4 "
                  "ELSE 0 END + CASE WHEN instr(p.email, '@') > 1 AND substr(p.email, 1, instr(p.email, '@') - 1) IN "
                  "score_roles THEN %5 ELSE 0 END))")
                  .arg(profile.weight("email_verified"))
                  .arg(profile.weight("email_likely"))
                  .arg(profile.weight("email_invalid"))
                  .arg(profile.weight("free_mail"))
                  .arg(profile.weight("role_address"));
        joins = QStringLiteral(" LEFT JOIN score_titles st ON st.title = p.title LEFT JOIN score_companies sc ON "
                               "sc.id = p.company_id");
    }
    // Every prospect is scored (one in the trash too: it comes back scored). A sample, the oldest and
    // newest prospects, tells whether most scores change (a new profile) or few (an edit).
    auto scoredFrom = [&](const QString& where) {
        return QStringLiteral("SELECT p.id AS id, %1 AS s FROM prospects p%2%3").arg(expression, joins, where);
    };
    constexpr int SampleHalf = 2048;
    const QString sample = scoredFrom(
        QStringLiteral(" WHERE p.id <= (SELECT min(id) FROM prospects) + %1 OR p.id > (SELECT max(id) FROM prospects) "
                       "- %1")
            .arg(SampleHalf));
    QSqlQuery sampled = Sql::run(db,
                                 QStringLiteral("SELECT count(*), sum(o.score <> n.s) FROM (%1) n JOIN prospect_scores "
                                                "o ON o.prospect_id = n.id")
                                     .arg(sample));
    sampled.next();
    const int sampleSize = sampled.value(0).toInt();
    const int sampleChanged = sampled.value(1).toInt();
    sampled.finish();
    int changed = 0;
    if (sampleChanged > sampleSize / 8) {
        // Most scores change: the narrow table is emptied and written again in id order. Its score index
        // then only grows at the end of each score's run, cheaper than moving a million entries one by
        // one, and than sorting a million mostly equal keys to rebuild it.
        if (handle != nullptr) {
            // The old scores wait in memory; the function counts the new ones that differ as it goes.
            Sql::run(db, QStringLiteral("SELECT count(sc_remember_score(prospect_id, score)) FROM prospect_scores"));
            native.counting = true;
        } else {
            changed = Sql::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM (%1) n JOIN prospect_scores o ON "
                                                 "o.prospect_id = n.id WHERE o.score <> n.s")
                                      .arg(scoredFrom({})))
                          .toInt();
        }
        Sql::run(db, QStringLiteral("DELETE FROM prospect_scores"));
        Sql::run(
            db,
            QStringLiteral("INSERT INTO prospect_scores (prospect_id, score) %1 ORDER BY p.id").arg(scoredFrom({})));
        if (handle != nullptr) {
            changed = int(native.changed);
        }
    } else {
        QSqlQuery update
            = Sql::run(db,
                       QStringLiteral("UPDATE prospect_scores SET score = n.s FROM (%1) n WHERE "
                                      "prospect_scores.prospect_id = n.id AND prospect_scores.score <> n.s")
                           .arg(scoredFrom({})));
        changed = update.numRowsAffected();
    }
    if (handle != nullptr) {
        sqlite3_create_function_v2(handle, kNativeFunction, 5, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                                   nullptr);
        sqlite3_create_function_v2(handle, kRememberFunction, 2, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                                   nullptr);
    }
    return changed;
}

LeadScorer::Input LeadScorer::inputFor(const QSqlDatabase& db, qint64 prospectId)
{
    QSqlQuery q = Sql::run(db, kInputs + QStringLiteral("AND p.id = :id"), {{":id", prospectId}});
    Input in;
    if (!q.next()) {
        return in;
    }
    in.title = q.value(1).toString();
    in.email = q.value(2).toString();
    in.emailVerdict = q.value(3).toString();
    in.industry = q.value(5).toString();
    in.size = q.value(6).toString();
    in.employees = q.value(10).toString();
    in.country = q.value(7).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array()) {
        in.technologies.append(v.toString());
    }
    return in;
}

NewJob LeadScorer::rescoreJob()
{
    NewJob job;
    job.kind = QString::fromLatin1(JobKind);
    job.maxAttempts = 2;
    job.dedupeKey = QStringLiteral("research.score");
    return job;
}

} // namespace sc::models
