#pragma once

#include "../entities/Job.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sc::models {

// The rep's ideal customer, edited in Settings (setting "icp", JSON): what a good lead looks like and
// how much each trait weighs.
struct IdealCustomerProfile
{
    QStringList industries; // "Logistics", "Retail"... (contains, case and accents ignored)
    QStringList sizes; // "11-50", "51-200"...
    QStringList countries; // ISO codes
    QStringList titles; // "head of sales", "directeur commercial"... (contains)
    QStringList seniority; // "head", "vp", "director", "chief", "directeur"...
    QStringList technologies; // "HubSpot", "Salesforce Pardot"...
    // Points for each trait. Positive traits add up to 100 with the defaults.
    QHash<QString, int> weights;

    static IdealCustomerProfile defaults();
    static IdealCustomerProfile fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    static IdealCustomerProfile load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
    int weight(const char* trait) const;
};

// A 0-100 score for every prospect from the profile, with the reasons that make it ("+25 title matches
// Head of Sales; -10 free-mail address"). rescoreAll() scores the whole workspace in one pass and
// writes only the scores that changed (measured on 1,000,000 prospects: see the README).
class LeadScorer
{
public:
    struct Input
    {
        QString title;
        QString industry;
        QString size;
        // The headcount the company's site states, as research keeps it (company_facts "employees"):
        // "62", "~40", "2000+" (a lower bound), "200-500" (a range); empty when none.
        QString employees;
        QString country;
        QString email;
        QString emailVerdict; // verified, likely, unknown, invalid
        QStringList technologies;
    };
    struct Result
    {
        int score = 0; // total, clamped to 0-100
        int total = 0;
        QStringList reasons; // "+25 title matches head of sales"
        QString explanation() const { return reasons.join(QStringLiteral("; ")); }
        void add(int points, const QString& why);
    };

    explicit LeadScorer(IdealCustomerProfile profile);
    Result score(const Input& input) const;

    // How rescoreAll() adds up each row's parts: a C function registered on the connection (when the
    // Qt driver uses this program's own SQLite library), or plain SQL. Both give score()'s numbers.
    enum class Engine { Native, Sql };
    static bool nativeScoringAvailable(const QSqlDatabase& db);
    // Scores every prospect; returns how many scores changed. Native falls back to Sql if unavailable.
    static int rescoreAll(const QSqlDatabase& db, Engine engine = Engine::Native);
    // The same inside the caller's transaction, for a bulk write whose rows and scores land together
    // (the demo workspace).
    static int rescoreAllInTransaction(const QSqlDatabase& db, Engine engine = Engine::Native);
    // The inputs of one prospect, as rescoreAll reads them (for the detail panel's explanation).
    static Input inputFor(const QSqlDatabase& db, qint64 prospectId);
    // The job that rescores the workspace (one queued at a time): after research, an import, an edit,
    // a new profile.
    static constexpr const char* JobKind = "research.score";
    static NewJob rescoreJob();

private:
    void titlePart(const QString& title, Result* r) const;
    void companyPart(const Input& in, Result* r) const;
    void emailPart(const QString& email, const QString& verdict, Result* r) const;

    IdealCustomerProfile m_profile;
    QStringList m_titles;
    QStringList m_seniority;
    QStringList m_industries;
    QStringList m_technologies;
};

} // namespace sc::models
