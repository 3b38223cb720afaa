#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace sc::models {

// What a rep typed in the prospect search (the view, `prospects list --query`, the API's ?query=),
// as SQL. Words are full-text prefixes over name, email, company, title and notes, all of them
// required. A word shaped like an address or a domain is one term on the address instead, so
// "example.com" is not "example"* "com"* (which finds every "Directeur commercial"):
//   dana@kestrel.example     the prospect with this address
//   @kestrel.example         prospects with an address at this domain
//   kestrel.example          the same, or whose company's domain is this one ("www." dropped)
// any case. A domain ends with a known top-level domain (Normalize::isTopLevelDomain), so
// "j.smith" and "dana.reyes" stay words.
class ProspectSearch
{
public:
    struct Term
    {
        enum class Kind { Address, MailDomain, Domain };
        Kind kind = Kind::Address;
        QString value; // lower case: the address, or the domain without its "@"
        bool operator==(const Term&) const = default;
    };
    // The term one word stands for, or nullopt for an ordinary word. Enclosing <>()[]"',; and a final
    // "." (pasted from a message) are not part of it.
    static std::optional<Term> term(const QString& word);

    // Where ordinary words are looked for: every column (the Prospects view), or only those that name
    // someone to write to, name, email and company (the composer's To field).
    enum class Fields { All, Contact };
    explicit ProspectSearch(const QString& userText, Fields fields = Fields::All);

    bool isEmpty() const { return m_fullText.isEmpty() && m_terms.isEmpty(); }
    // A condition on prospects aliased "p"; dense as in SqlDialect::prospectSearchCondition.
    QString condition(bool dense) const;
    void bind(QSqlQuery& q) const;
    // One row, one column: how many live prospects match (at most :cap, bound by the caller, when cap > 0).
    QString countStatement(int cap) const;

    const QString& fullTextQuery() const { return m_fullText; }
    const QList<Term>& terms() const { return m_terms; }

private:
    QString m_fullText; // the words, as SqlDialect::fullTextQuery
    QList<Term> m_terms;
};

} // namespace sc::models
