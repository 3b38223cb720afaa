#include "DemoGenerator.h"

#include "../entities/Draft.h"
#include "../repositories/AuditLog.h"
#include "../repositories/CompanyRepository.h"
#include "../repositories/DraftRepository.h"
#include "../repositories/ProspectRepository.h"
#include "../scoring/LeadScorer.h"
#include "../settings/WorkspaceSettings.h"
#include "../store/Database.h"
#include "../store/SearchIndex.h"
#include "../store/Sql.h"
#include "DemoHistory.h"
#include "DemoRandom.h"

#include <QSet>
#include <array>

namespace sc::models {

namespace {

constexpr std::array kFirstEn {"Avery",  "Jordan",  "Morgan",  "Riley",  "Casey",  "Quinn", "Harper",
                               "Rowan",  "Emerson", "Sawyer",  "Hayden", "Parker", "Reese", "Skyler",
                               "Dakota", "Logan",   "Kendall", "Peyton", "Finley", "Blair"};
constexpr std::array kFirstFr {"Camille",  "Maël",    "Léa",     "Théo",    "Inès",   "Lucas",   "Chloé",
                               "Hugo",     "Manon",   "Jules",   "Zoé",     "Louis",  "Anaïs",   "Noé",
                               "Clémence", "Étienne", "Margaux", "Bastien", "Élodie", "Timothée"};
constexpr std::array kLast {"Ashford",   "Bellamy",  "Carrow",     "Delacroix", "Everly",    "Fairbanks",
                            "Garnier",   "Holloway", "Iverson",    "Jourdain",  "Kettering", "Lacombe",
                            "Marchetti", "Norwood",  "Oakley",     "Perrault",  "Quimby",    "Rousseau",
                            "Stanhope",  "Thibault", "Underhill",  "Vasseur",   "Whitlock",  "Yardley",
                            "Zeller",    "Beaumont", "Castellane", "Dufresne",  "Lindqvist", "Montclair"};
constexpr std::array kAdjectives {"Northwind",  "Bluepeak", "Silverline", "Brightfield", "Ironbark",
                                  "Clearwater", "Redwood",  "Stillriver", "Goldcrest",   "Evergreen",
                                  "Highmoor",   "Lumen",    "Quartz",     "Sunridge",    "Westbrook",
                                  "Harbor",     "Granite",  "Maplewood",  "Cobalt",      "Tidewater"};
constexpr std::array kNouns {"Logistics", "Analytics", "Robotics",   "Foods",     "Pharma",  "Software",  "Textiles",
                             "Energy",    "Aerospace", "Consulting", "Packaging", "Biotech", "Furniture", "Payments",
                             "Studios",   "Systems",   "Materials",  "Telecom",   "Optics",  "Mobility"};
constexpr std::array kIndustries {"Manufacturing",
                                  "Software",
                                  "Logistics",
                                  "Healthcare",
                                  "Retail",
                                  "Finance",
                                  "Energy",
                                  "Food & Beverage",
                                  "Professional services",
                                  "Telecommunications"};
constexpr std::array kSizes {"1-10", "11-50", "51-200", "201-500", "501-1000", "1000+"};
struct City
{
    const char* city;
    const char* country;
    bool french;
};
constexpr std::array kCities {
    City {"Lyon", "FR", true},        City {"Nantes", "FR", true},   City {"Bordeaux", "FR", true},
    City {"Lille", "FR", true},       City {"Montréal", "CA", true}, City {"Bruxelles", "BE", true},
    City {"Manchester", "GB", false}, City {"Dublin", "IE", false},  City {"Austin", "US", false},
    City {"Denver", "US", false},     City {"Toronto", "CA", false}, City {"Edinburgh", "GB", false}};
constexpr std::array kTitles {
    "Head of Operations",      "VP Sales",          "Chief Technology Officer", "Purchasing Manager",
    "Marketing Director",      "Founder & CEO",     "Head of Procurement",      "IT Manager",
    "Chief Financial Officer", "Supply Chain Lead", "Customer Success Manager", "Directeur commercial"};
constexpr std::array kStatuses {"new",     "new",        "new",     "researching", "contacted", "contacted",
                                "replied", "interested", "meeting", "won",         "lost"};

QString asciiSlug(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD);
    QString slug;
    for (QChar ch : folded) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128) {
            slug += ch.toLower();
        } else if (ch == QLatin1Char(' ') || ch == QLatin1Char('-')) {
            slug += QLatin1Char('-');
        }
    }
    return slug;
}

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

Draft makeDraft(const Prospect& p, const DemoHistory::Person& who)
{
    Draft d;
    d.prospectId = p.id;
    d.toAddress = p.email;
    d.language = who.french ? QStringLiteral("fr") : QStringLiteral("en");
    d.createdBy = QStringLiteral("conversation");
    d.subject = DemoHistory::firstSubject(who);
    d.body = DemoHistory::firstBody(who);
    d.rationale = who.french ? QStringLiteral("Nouveau site annoncé sur le site de l'entreprise (page Actualités).")
                             : QStringLiteral("New site announced on the company's news page.");
    return d;
}

} // namespace

DemoGenerator::Summary DemoGenerator::generate(const QSqlDatabase& db, const Options& options, qint64 now)
{
    DemoRandom rng(options.seed);
    Summary summary;
    const BulkWriteScope bulk(db);
    Transaction transaction(db);
    DeferredSearchIndex searchIndex(db);
    CompanyRepository companyRepository(db);
    ProspectRepository prospects(db);
    DraftRepository drafts(db);
    AuditLog log(db);
    WorkspaceSettings(db).setText(Setting::WorkspaceName, QStringLiteral("Demo"));

    const int companyCount = std::max(1, (options.prospects + 7) / 8);
    // Companies were added before their people, whose history goes back some 60 days at most.
    const qint64 companiesAddedAt = now - qint64(90) * 86'400'000;
    QList<Company> companies;
    companies.reserve(companyCount);
    QList<bool> frenchCompany;
    for (int i = 0; i < companyCount; ++i) {
        Company c;
        const QString base = u(rng.pick(kAdjectives)) + QLatin1Char(' ') + u(rng.pick(kNouns));
        const int round = i / int(kAdjectives.size() * kNouns.size());
        c.name = round == 0 ? base : QStringLiteral("%1 %2").arg(base).arg(round + 1);
        const City city = rng.pick(kCities);
        c.city = u(city.city);
        c.country = u(city.country);
        c.industry = u(rng.pick(kIndustries));
        c.sizeRange = u(rng.pick(kSizes));
        c.domain = QStringLiteral("%1-%2.example").arg(asciiSlug(c.name)).arg(i + 1);
        c.website = QStringLiteral("https://www.") + c.domain;
        c.id = companyRepository.create(c, companiesAddedAt);
        companies.append(c);
        frenchCompany.append(city.french);
    }
    summary.companies = companyCount;

    // Each stage comes with the history that explains it (DemoHistory). The first prospects have
    // drafts waiting for approval: people never contacted.
    DemoHistory history(db);
    const int draftCount = std::min<int>(options.drafts, companyCount);
    QList<QPair<Prospect, DemoHistory::Person>> drafted;
    std::array<QPair<qint64, QString>, 3> lastContacted {}; // for the sequence's LinkedIn tasks
    int contacted = 0;
    QSet<QString> usedEmails;
    for (int i = 0; i < options.prospects; ++i) {
        const int ci = i % companyCount;
        const Company& c = companies.at(ci);
        const bool french = frenchCompany.at(ci);
        Prospect p;
        p.companyId = c.id;
        p.companyName = c.name;
        p.firstName = u(french ? rng.pick(kFirstFr) : rng.pick(kFirstEn));
        p.lastName = u(rng.pick(kLast));
        const QString local = asciiSlug(p.firstName) + QLatin1Char('.') + asciiSlug(p.lastName);
        p.email = local + QLatin1Char('@') + c.domain;
        for (int n = 2; usedEmails.contains(p.email); ++n) {
            p.email = QStringLiteral("%1%2@%3").arg(local).arg(n).arg(c.domain);
        }
        usedEmails.insert(p.email);
        p.title = u(rng.pick(kTitles));
        p.language = french ? QStringLiteral("fr") : QStringLiteral("en");
        p.status = i < draftCount ? QStringLiteral("new") : u(rng.pick(kStatuses));
        p.source = QStringLiteral("demo");
        DemoHistory::Plan plan = DemoHistory::plan(p.status, rng, now);
        if (i < draftCount) {
            plan.createdAt = std::min(plan.createdAt, now - qint64(draftCount - i + 6) * 600'000);
        }
        p.lastContactedAt = plan.lastContactedAt;
        p.id = prospects.insertProspect(p, plan.createdAt);
        const DemoHistory::Person who {p.id, p.firstName, p.fullName(), p.email, c.name, c.city, french};
        history.write(plan, who);
        if (i < draftCount) {
            drafted.append({p, who});
        }
        if (p.status == QLatin1String("contacted")) {
            lastContacted[size_t(contacted++ % 3)] = {p.id, p.fullName()};
        }
    }
    history.finish();
    summary.prospects = options.prospects;
    // Scores, with the reasons the detail panel gives, from the workspace's ideal customer: what any
    // later rescoring gives too.
    LeadScorer::rescoreAllInTransaction(db);

    for (int i = 0; i < draftCount; ++i) {
        const auto& [p, who] = drafted.at(i);
        const qint64 at = now - qint64(draftCount - i) * 600'000;
        const qint64 draftId = drafts.create(makeDraft(p, who), at);
        log.addActivity(p.id, QStringLiteral("draft.created"), QStringLiteral("First email drafted"),
                        QStringLiteral("conversation"), QStringLiteral("drafts"), draftId, at);
    }
    summary.drafts = draftCount;

    // Never automate LinkedIn: the sequence makes it a task for the rep.
    Sql::run(db, QStringLiteral("INSERT INTO sequences (name, description, created_at) VALUES (:n, :d, :now)"),
             {{":n", QStringLiteral("Warehouse intro — 3 steps")},
              {":d", QStringLiteral("Email, LinkedIn task for the rep, follow-up email")},
              {":now", now}});
    const qint64 sequenceId = Sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM sequences")).toLongLong();
    const std::array steps {std::pair {"email", 0}, std::pair {"linkedin_task", 2}, std::pair {"email", 5}};
    for (size_t i = 0; i < steps.size(); ++i) {
        Sql::run(db,
                 QStringLiteral("INSERT INTO sequence_steps (sequence_id, position, channel, delay_days) "
                                "VALUES (:s, :pos, :ch, :d)"),
                 {{":s", sequenceId}, {":pos", int(i)}, {":ch", u(steps[i].first)}, {":d", steps[i].second}});
    }
    // LinkedIn, the sequence's second step, for the prospects emailed last: a task for the rep.
    const int taskCount = std::min(3, contacted);
    for (int i = 0; i < taskCount; ++i) {
        const auto& [id, name] = lastContacted[size_t((contacted - 1 - i) % 3)];
        const QString title = QStringLiteral("Connect with %1 on LinkedIn").arg(name);
        QSqlQuery task
            = Sql::run(db,
                       QStringLiteral("INSERT INTO tasks (prospect_id, kind, title, due_at, created_by, "
                                      "created_at) VALUES (:p, 'linkedin', :t, :due, 'decision', :now)"),
                       {{":p", id}, {":t", title}, {":due", now + qint64(i + 1) * 86'400'000}, {":now", now}});
        log.addActivity(id, QStringLiteral("task.added"), QStringLiteral("Task added: %1").arg(title),
                        QStringLiteral("decision"), QStringLiteral("tasks"), task.lastInsertId().toLongLong(), now);
    }
    summary.tasks = taskCount;
    log.append(QStringLiteral("cli"), QStringLiteral("workspace.demo"), {}, 0,
               QStringLiteral("%1 prospects, seed %2").arg(options.prospects).arg(options.seed), now);
    searchIndex.flush();
    transaction.commit();
    return summary;
}

} // namespace sc::models
