#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc::models {

// Tells what each column of an imported file holds from its header alone, so a rep can drop in an
// export from HubSpot, Salesforce, Apollo, Pipedrive, Sales Navigator or a French Excel sheet without
// mapping columns by hand. Only names known to mean a field are recognised; anything else is ignored
// rather than guessed at loosely, because a wrong guess silently fills the workspace with bad data.
class ColumnMapper
{
public:
    enum class Field {
        Ignore,
        FirstName,
        LastName,
        FullName,
        Email,
        Company,
        Domain,
        Website,
        Title,
        Phone,
        LinkedInUrl,
        City,
        Country,
        Notes,
        Tags,
        Stage,
        Owner,
        Score,
        TimeZone // an IANA name ("Europe/Paris"): when the sequences reach the prospect
    };

    static Field guess(const QString& header);
    // One field per header. A field goes to the first column that claims it; later ones are ignored
    // (exports list the main column first: "Email" before "Email Status", "Work Phone" before "Home Phone").
    static QList<Field> guessAll(const QStringList& headers);
    // A stable snake_case id ("first_name") for saved mappings, logs and JSON.
    static QString fieldName(Field field);
    // The field of a fieldName(); Ignore for an unknown name.
    static Field fieldFromName(const QString& name);
    // Every field but Ignore, in the order a mapping dialog lists them.
    static QList<Field> allFields();
    // "  Adresse E-mail " -> "adresse e mail": no accents, lower case, words separated by one space.
    static QString normalize(const QString& header);
};

// Qt 6.4 has no qHash for scoped enums; QHash<ColumnMapper::Field, ...> needs one.
inline size_t qHash(ColumnMapper::Field field, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(field), seed);
}

} // namespace sc::models
