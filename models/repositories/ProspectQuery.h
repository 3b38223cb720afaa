#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace sc::models {

// What the Prospects view (or `prospects list`) asks for: a search, filters and one sort key.
struct ProspectQuery
{
    enum class SortKey { Name, Company, Title, Email, Stage, Score, LastContacted };

    QString search; // words over name, email, company, title and notes; addresses and domains (ProspectSearch)
    QStringList stages; // stage keys; empty: all
    QString owner;
    QString tag;
    QString country; // the company's country code
    int minScore = 0;
    int maxScore = 100;
    std::optional<qint64> contactedSince; // last activity at or after (ms)
    std::optional<qint64> idOnly; // one prospect (the detail panel)
    SortKey sort = SortKey::Name;
    bool descending = false;
    // The composer's To field: the search's words over name, email and company only, and only prospects
    // with an address.
    bool addressBook = false;

    bool hasFilter() const
    {
        return !search.trimmed().isEmpty() || !stages.isEmpty() || !owner.isEmpty() || !tag.isEmpty()
            || !country.isEmpty() || minScore > 0 || maxScore < 100 || contactedSince.has_value() || addressBook;
    }
};

} // namespace sc::models
