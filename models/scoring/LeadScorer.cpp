#include "LeadScorer.h"

#include "../import/Normalize.h"
#include "../repositories/SettingsRepository.h"
#include "../store/Database.h"
#include "../store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sc::models {

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
    const QString json = SettingsRepository(db).value(QStringLiteral("icp"));
    return json.isEmpty() ? defaults() : fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

void IdealCustomerProfile::save(const QSqlDatabase& db) const
{
    SettingsRepository(db).setValue(QStringLiteral("icp"),
                                    QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
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
        r->add(m_profile.weight("title"), QStringLiteral("title matches %1").arg(match));
    } else if (const QString level = firstContained(title, m_seniority, m_profile.seniority); !level.isEmpty()) {
        r->add(m_profile.weight("seniority"), QStringLiteral("senior title (%1)").arg(level));
    }
}

void LeadScorer::companyPart(const Input& in, Result* r) const
{
    if (!in.industry.isEmpty()) {
        if (const QString match = firstContained(Normalize::fold(in.industry), m_industries, m_profile.industries);
            !match.isEmpty()) {
            r->add(m_profile.weight("industry"), QStringLiteral("industry %1").arg(match));
        }
    }
    if (!in.size.isEmpty() && m_profile.sizes.contains(in.size)) {
        r->add(m_profile.weight("size"), QStringLiteral("size %1").arg(in.size));
    }
    if (!in.country.isEmpty() && m_profile.countries.contains(in.country, Qt::CaseInsensitive)) {
        r->add(m_profile.weight("country"), QStringLiteral("country %1").arg(in.country.toUpper()));
    }
    for (const QString& tech : in.technologies) {
        if (m_technologies.contains(Normalize::fold(tech))) {
            r->add(m_profile.weight("technology"), QStringLiteral("uses %1").arg(tech));
            break;
        }
    }
}

void LeadScorer::emailPart(const QString& email, const QString& verdict, Result* r) const
{
    if (verdict == QLatin1String("verified")) {
        r->add(m_profile.weight("email_verified"), QStringLiteral("verified email"));
    } else if (verdict == QLatin1String("likely")) {
        r->add(m_profile.weight("email_likely"), QStringLiteral("likely email"));
    } else if (verdict == QLatin1String("invalid")) {
        r->add(m_profile.weight("email_invalid"), QStringLiteral("invalid email"));
    }
    if (const qsizetype at = email.indexOf(QLatin1Char('@')); at > 0) {
        if (Normalize::isPersonalMailDomain(email.mid(at + 1).toLower())) {
            r->add(m_profile.weight("free_mail"), QStringLiteral("free-mail address"));
        }
        if (Normalize::isRoleMailbox(email.left(at))) {
            r->add(m_profile.weight("role_address"), QStringLiteral("shared role address"));
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
    "SELECT p.id, coalesce(p.title, ''), coalesce(p.email, ''), coalesce(p.email_verdict, ''), p.score, "
    "coalesce(c.industry, ''), coalesce(c.size_range, ''), coalesce(c.country, ''), coalesce(t.value, ''), "
    "coalesce(p.company_id, 0) FROM prospects p LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN "
    "company_facts t ON t.company_id = p.company_id AND t.field = 'technologies' WHERE p.deleted_at IS NULL ");

} // namespace

int LeadScorer::rescoreAll(const QSqlDatabase& db)
{
    const LeadScorer scorer(IdealCustomerProfile::load(db));
    const IdealCustomerProfile& profile = scorer.m_profile;
    // What needs judgement (a title, a company) is scored here once per distinct value: a million
    // prospects share a few thousand companies and a few hundred titles. SQLite then adds the parts up
    // for every row in one pass, and only the scores that change are written.
    const BulkWriteScope bulk(db);
    Transaction transaction(db);
    for (const char* ddl :
         {"CREATE TEMP TABLE IF NOT EXISTS score_titles (title TEXT PRIMARY KEY COLLATE NOCASE, points INTEGER) "
          "WITHOUT ROWID",
          "CREATE TEMP TABLE IF NOT EXISTS score_companies (id INTEGER PRIMARY KEY, points INTEGER)",
          "CREATE TEMP TABLE IF NOT EXISTS score_free_mail (domain TEXT PRIMARY KEY) WITHOUT ROWID",
          "CREATE TEMP TABLE IF NOT EXISTS score_roles (part TEXT PRIMARY KEY) WITHOUT ROWID",
          "DROP TABLE IF EXISTS temp.score_changed", "DELETE FROM score_titles", "DELETE FROM score_companies",
          "DELETE FROM score_free_mail", "DELETE FROM score_roles"}) {
        Sql::run(db, QString::fromLatin1(ddl));
    }
    QStringList titles;
    {
        // One per title whatever its case (the title index reads them in that order; points ignore case).
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT title FROM prospects WHERE title IS NOT NULL AND title <> '' "
                                              "GROUP BY title COLLATE NOCASE"));
        while (q.next()) {
            titles.append(q.value(0).toString());
        }
    }
    QSqlQuery insertTitle = Sql::prepare(db, QStringLiteral("INSERT INTO score_titles VALUES (:t, :p)"));
    for (const QString& title : std::as_const(titles)) {
        Result r;
        scorer.titlePart(title, &r);
        if (r.total != 0) {
            Sql::bind(insertTitle, {{":t", title}, {":p", r.total}});
            Sql::exec(insertTitle);
        }
    }
    QList<QPair<qint64, int>> companyPoints;
    {
        QSqlQuery q = Sql::run(db,
                               QStringLiteral("SELECT c.id, coalesce(c.industry, ''), coalesce(c.size_range, ''), "
                                              "coalesce(c.country, ''), coalesce(t.value, '') FROM companies c "
                                              "LEFT JOIN company_facts t ON t.company_id = c.id AND t.field = "
                                              "'technologies'"));
        // Many companies share an industry, a size, a country and a stack: judged once per combination.
        QHash<QString, int> byTraits;
        Input in;
        while (q.next()) {
            const QString key = q.value(1).toString() + QLatin1Char('\x1f') + q.value(2).toString()
                + QLatin1Char('\x1f') + q.value(3).toString() + QLatin1Char('\x1f') + q.value(4).toString();
            auto points = byTraits.constFind(key);
            if (points == byTraits.cend()) {
                in.industry = q.value(1).toString();
                in.size = q.value(2).toString();
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
    // The same sum as score(): title + company + the email's traits, clamped to 0-100. Addresses are
    // stored lower-case (Normalize::email), so they are compared as they are.
    QSqlQuery changed = Sql::prepare(
        db,
        QStringLiteral(
            "CREATE TEMP TABLE score_changed AS SELECT id, s FROM (SELECT p.id AS id, p.score AS old, max(0, min(100, "
            "coalesce(st.points, 0) + coalesce(sc.points, 0) + CASE p.email_verdict WHEN 'verified' THEN :verified "
            "WHEN 'likely' THEN :likely WHEN 'invalid' THEN :invalid ELSE 0 END + CASE WHEN instr(p.email, '@') > 1 "
            "AND substr(p.email, instr(p.email, '@') + 1) IN score_free_mail THEN :free ELSE 0 END + CASE "
            "WHEN instr(p.email, '@') > 1 AND substr(p.email, 1, instr(p.email, '@') - 1) IN score_roles THEN "
            ":role ELSE 0 END)) AS s FROM prospects p LEFT JOIN score_titles st ON st.title = p.title LEFT JOIN "
            "score_companies sc ON sc.id = p.company_id WHERE p.deleted_at IS NULL) WHERE s IS NOT old"));
    Sql::bind(changed,
              {{":verified", profile.weight("email_verified")},
               {":likely", profile.weight("email_likely")},
               {":invalid", profile.weight("email_invalid")},
               {":free", profile.weight("free_mail")},
               {":role", profile.weight("role_address")}});
    Sql::exec(changed);
    QSqlQuery update = Sql::run(db,
                                QStringLiteral("UPDATE prospects SET score = c.s FROM temp.score_changed c WHERE "
                                               "prospects.id = c.id"));
    const int count = update.numRowsAffected();
    Sql::run(db, QStringLiteral("DROP TABLE temp.score_changed"));
    transaction.commit();
    return count;
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
