#include "ColumnMapper.h"

#include <QHash>

namespace sc::models {

namespace {

using Field = ColumnMapper::Field;

struct Aliases
{
    Field field;
    const char* names; // normalised header names separated by '|'
};

// Header names as the tools write them (English and French UIs), already normalised. Lookups ignore
// the spaces, so "First Name", "FirstName" and "first_name" are one entry.
constexpr Aliases Table[] = {
    {Field::FirstName, "first name|first|given name|forename|prenom"},
    {Field::LastName, "last name|last|surname|family name|nom|nom de famille|patronyme"},
    {Field::FullName,
     "name|full name|contact name|person name|lead name|display name|contact|nom complet|prenom nom|"
     "prenom et nom|nom prenom|nom et prenom|nom du contact"},
    {Field::Email,
     "email|email address|emails|mail|work email|business email|professional email|email 1|primary email|"
     "adresse e mail|adresse mail|adresse courriel|adresse electronique|courriel|e mail professionnel"},
    {Field::Company,
     "company|company name|account name|account|company account|organization|organisation|organization name|"
     "organisation name|associated company|current company|employer|societe|entreprise|nom de l entreprise|"
     "nom entreprise|nom de la societe|nom societe|raison sociale|organisme"},
    {Field::Domain, "domain|company domain|company domain name|website domain|domaine|domaine de l entreprise"},
    {Field::Website,
     "website|website url|web site|company website|url|homepage|web|site|site web|site internet|url du site web"},
    {Field::Title,
     "title|job title|position|job position|role|job role|designation|poste|fonction|titre|intitule du poste|"
     "titre du poste|intitule de poste"},
    {Field::Phone,
     "phone|phone number|phones|telephone|tel|mobile|mobile phone|mobile phone number|phone mobile|cell|cell phone|"
     "direct phone|direct dial|work direct phone|work phone|business phone|office phone|corporate phone|"
     "company phone|home phone|other phone|numero de telephone|telephone mobile|telephone portable|portable|"
     "numero de portable|mobile number"},
    {Field::LinkedInUrl,
     "linkedin|linkedin url|linkedin profile|linkedin profile url|person linkedin url|profile url|linkedin link|"
     "public profile url|sales navigator url|sales navigator profile url|profil linkedin|url linkedin|"
     "lien linkedin|url du profil linkedin"},
    {Field::City, "city|town|mailing city|locality|ville|localite|commune"},
    {Field::Country, "country|country region|country name|mailing country|nation|pays|pays region"},
    {Field::Notes, "notes|note|description|comments|comment|commentaire|commentaires|remarque|remarques"},
    {Field::Tags, "tags|tag|labels|label|lists|list|etiquettes|etiquette|libelles|libelle|listes"},
    {Field::Stage,
     "stage|lifecycle stage|lifecycle|lead status|status|deal stage|pipeline stage|statut|etape|"
     "phase du cycle de vie|cycle de vie|statut du lead|statut du prospect"},
    {Field::Owner,
     "owner|contact owner|lead owner|account owner|record owner|hubspot owner|owner name|assigned to|"
     "sales rep|proprietaire|proprietaire du contact|responsable|commercial|attribue a"},
    {Field::Score, "score|lead score|hubspot score|contact score|lead scoring|scoring"},
    {Field::TimeZone, "time zone|timezone|tz|iana time zone|fuseau horaire|fuseau"},
};

// Words that qualify a field without changing it: Pipedrive's "Person - Phone - Work", Salesforce's
// "Mailing City", "Work Email". Stripped one at a time, never down to nothing.
constexpr const char* Prefixes = "person|contact|lead|primary|main|current|work|business|professional|mailing";
constexpr const char* Suffixes = "work|home|other|primary|main|1|2|3|pro|professionnel|professionnelle|principal|"
                                 "principale|perso";

QString compact(const QString& normalized)
{
    QString key = normalized;
    key.remove(QLatin1Char(' '));
    return key;
}

const QHash<QString, Field>& aliases()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> names;
        for (const Aliases& entry : Table) {
            const QStringList list = QString::fromLatin1(entry.names).split(QLatin1Char('|'));
            for (const QString& name : list) {
                names.insert(compact(name), entry.field);
            }
        }
        return names;
    }();
    return table;
}

bool isPrefix(const QString& word)
{
    static const QStringList prefixes = QString::fromLatin1(Prefixes).split(QLatin1Char('|'));
    return prefixes.contains(word);
}

bool isSuffix(const QString& word)
{
    static const QStringList suffixes = QString::fromLatin1(Suffixes).split(QLatin1Char('|'));
    return suffixes.contains(word);
}

} // namespace

QString ColumnMapper::normalize(const QString& header)
{
    // Compatibility decomposition splits "é" into "e" + a combining accent and "ﬁ" into "fi".
    const QString decomposed = header.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool gap = false;
    for (const QChar ch : decomposed) {
        if (ch.isMark()) {
            continue;
        }
        if (!ch.isLetterOrNumber()) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty()) {
            out.append(QLatin1Char(' '));
        }
        gap = false;
        out.append(ch.toLower());
    }
    return out;
}

ColumnMapper::Field ColumnMapper::guess(const QString& header)
{
    const QHash<QString, Field>& table = aliases();
    const QString normalized = normalize(header);
    if (const auto it = table.constFind(compact(normalized)); it != table.constEnd()) {
        return it.value();
    }
    QStringList words = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1) {
        if (isPrefix(words.constFirst())) {
            words.removeFirst();
        } else if (isSuffix(words.constLast())) {
            words.removeLast();
        } else {
            break;
        }
        if (const auto it = table.constFind(words.join(QString())); it != table.constEnd()) {
            return it.value();
        }
    }
    return Field::Ignore;
}

QList<ColumnMapper::Field> ColumnMapper::guessAll(const QStringList& headers)
{
    QList<Field> fields;
    fields.reserve(headers.size());
    for (const QString& header : headers) {
        Field field = guess(header);
        if (field != Field::Ignore && fields.contains(field)) {
            field = Field::Ignore;
        }
        fields.append(field);
    }
    return fields;
}

QString ColumnMapper::fieldName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return QStringLiteral("ignore");
    case Field::FirstName:
        return QStringLiteral("first_name");
    case Field::LastName:
        return QStringLiteral("last_name");
    case Field::FullName:
        return QStringLiteral("full_name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Company:
        return QStringLiteral("company");
    case Field::Domain:
        return QStringLiteral("domain");
    case Field::Website:
        return QStringLiteral("website");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::LinkedInUrl:
        return QStringLiteral("linkedin_url");
    case Field::City:
        return QStringLiteral("city");
    case Field::Country:
        return QStringLiteral("country");
    case Field::Notes:
        return QStringLiteral("notes");
    case Field::Tags:
        return QStringLiteral("tags");
    case Field::Stage:
        return QStringLiteral("stage");
    case Field::Owner:
        return QStringLiteral("owner");
    case Field::Score:
        return QStringLiteral("score");
    case Field::TimeZone:
        return QStringLiteral("timezone");
    }
    return QStringLiteral("ignore");
}

ColumnMapper::Field ColumnMapper::fieldFromName(const QString& name)
{
    const QList<Field> fields = allFields();
    for (const Field field : fields) {
        if (fieldName(field) == name) {
            return field;
        }
    }
    return Field::Ignore;
}

QList<ColumnMapper::Field> ColumnMapper::allFields()
{
    return {Field::FirstName, Field::LastName, Field::FullName, Field::Email,       Field::Company, Field::Domain,
            Field::Website,   Field::Title,    Field::Phone,    Field::LinkedInUrl, Field::City,    Field::Country,
            Field::Notes,     Field::Tags,     Field::Stage,    Field::Owner,       Field::Score,   Field::TimeZone};
}

} // namespace sc::models
