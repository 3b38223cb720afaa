#include "ProspectSearch.h"

#include "../import/Normalize.h"
#include "../store/SqlDialect.h"

#include <QRegularExpression>
#include <QStringList>

namespace sc::models {

namespace {

// Terms beyond these are read as words: a statement stays small whatever is pasted into the box.
constexpr qsizetype MaxTerms = 8;

// "kestrel-labs.example", "www.x.fr": labels of letters, digits and inner hyphens, the last one a
// top-level domain. The value is then safe inside SqlDialect's quotes and LIKE pattern.
bool isDomain(const QString& text)
{
    if (text.size() > 253 || !text.contains(QLatin1Char('.'))) {
        return false;
    }
    static const QRegularExpression shape(
        QStringLiteral("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?\\.)+"
                       "([\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?)$"));
    const QRegularExpressionMatch match = shape.match(text);
    return match.hasMatch() && Normalize::isTopLevelDomain(match.captured(1));
}

} // namespace

std::optional<ProspectSearch::Term> ProspectSearch::term(const QString& word)
{
    static const QString enclosing = QStringLiteral("<>()[]\"',;");
    qsizetype from = 0;
    qsizetype to = word.size();
    while (from < to && enclosing.contains(word.at(from))) {
        ++from;
    }
    while (to > from && (enclosing.contains(word.at(to - 1)) || word.at(to - 1) == QLatin1Char('.'))) {
        --to;
    }
    QString text = word.mid(from, to - from).toLower();
    if (text.startsWith(QLatin1String("mailto:"))) {
        text = text.mid(7);
    }
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 0) {
        if (!isDomain(text)) {
            return std::nullopt;
        }
        // "www." names a website, never the domain of an address or of a company (Normalize::host).
        if (text.startsWith(QLatin1String("www.")) && isDomain(text.mid(4))) {
            text = text.mid(4);
        }
        return Term {Term::Kind::Domain, text};
    }
    const QString domain = text.mid(at + 1);
    if (!isDomain(domain)) {
        return std::nullopt; // "dana@kes" while typing: words, found as prefixes
    }
    return at == 0 ? Term {Term::Kind::MailDomain, domain} : Term {Term::Kind::Address, text};
}

ProspectSearch::ProspectSearch(const QString& userText, Fields fields)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words;
    for (const QString& word : userText.split(spaces, Qt::SkipEmptyParts)) {
        const std::optional<Term> t = m_terms.size() < MaxTerms ? term(word) : std::nullopt;
        if (!t) {
            words.append(word);
        } else if (!m_terms.contains(*t)) {
            m_terms.append(*t);
        }
    }
    m_fullText = SqlDialect::fullTextQuery(words.join(QLatin1Char(' ')));
    if (fields == Fields::Contact) {
        m_fullText = SqlDialect::contactFullTextQuery(m_fullText);
    }
}

QString ProspectSearch::condition(bool dense) const
{
    QStringList parts;
    if (!m_fullText.isEmpty()) {
        parts.append(SqlDialect::prospectSearchCondition(dense));
    }
    // Each term is a set of ids, like the words' condition, so "dense" means the same for both.
    const QString id = dense ? QStringLiteral("+p.id") : QStringLiteral("p.id");
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const QString param = QStringLiteral(":term%1").arg(i);
        QString ids;
        switch (m_terms.at(i).kind) {
        case Term::Kind::Address: // by the unique address index (migration 006)
            ids = QStringLiteral("SELECT id FROM prospects WHERE email = %1 COLLATE NOCASE").arg(param);
            break;
        case Term::Kind::MailDomain:
            ids = SqlDialect::prospectIdsAtMailDomain(param);
            break;
        case Term::Kind::Domain: // companies.domain is stored as Normalize::companyDomain made it
            ids = SqlDialect::prospectIdsAtMailDomain(param)
                + QStringLiteral(" UNION ALL SELECT id FROM prospects WHERE company_id IN "
                                 "(SELECT id FROM companies WHERE domain = %1)")
                      .arg(param);
            break;
        }
        parts.append(id + QStringLiteral(" IN (") + ids + QLatin1Char(')'));
    }
    return parts.join(QStringLiteral(" AND "));
}

void ProspectSearch::bind(QSqlQuery& q) const
{
    if (!m_fullText.isEmpty()) {
        q.bindValue(QStringLiteral(":fts"), m_fullText);
    }
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        q.bindValue(QStringLiteral(":term%1").arg(i), m_terms.at(i).value);
    }
}

QString ProspectSearch::countStatement(int cap) const
{
    if (m_terms.isEmpty()) {
        return SqlDialect::prospectSearchCount(cap); // from the index alone: it holds live prospects only
    }
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM prospects p WHERE p.deleted_at IS NULL AND ")
        + condition(false) + (cap > 0 ? QStringLiteral(" LIMIT :cap)") : QStringLiteral(")"));
}

} // namespace sc::models
