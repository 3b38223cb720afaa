#include "SqlDialect.h"

#include <QRegularExpression>

namespace sc::models::SqlDialect {

QString prospectSearchCondition(bool dense)
{
    // "+p.id" keeps the planner from driving the query by the matches' rowids, so it walks the
    // ORDER BY index and stops at the page: fast when matches are many, slow when they are few.
    return dense ? QStringLiteral("+p.id IN (SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH :fts)")
                 : QStringLiteral("p.id IN (SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH :fts)");
}

QString prospectSearchCount(int cap)
{
    if (cap > 0) {
        return QStringLiteral(
            "SELECT count(*) FROM (SELECT 1 FROM prospects_fts WHERE prospects_fts MATCH :fts LIMIT :cap)");
    }
    return QStringLiteral("SELECT count(*) FROM prospects_fts WHERE prospects_fts MATCH :fts");
}

namespace {
// Each word as an FTS5 string ("word", or "word"* for a prefix), so FTS5 syntax typed by the rep (AND,
// NEAR, ", *, :) is never interpreted.
QStringList quotedTerms(const QStringList& words, QLatin1StringView suffix)
{
    QStringList terms;
    for (const QString& word : words) {
        terms.append(QLatin1Char('"') + QString(word).remove(QLatin1Char('"')) + QLatin1Char('"') + suffix);
    }
    return terms;
}
} // namespace

QString fullTextQuery(const QString& userText)
{
    // unicode61 splits on anything that is not a letter or digit; do the same, then quote each token.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return quotedTerms(userText.split(separators, Qt::SkipEmptyParts), QLatin1StringView("*")).join(QLatin1Char(' '));
}

QString contactFullTextQuery(const QString& fullTextQuery)
{
    // An FTS5 column filter over the whole expression (the column names of prospects_fts, migration 006).
    return fullTextQuery.isEmpty() ? QString() : QStringLiteral("{name email company} : (%1)").arg(fullTextQuery);
}

QString prospectIdsAtMailDomain(const QString& param)
{
    // The index finds the addresses holding the domain's words in a row ("kestrel" "example"), in the
    // email column only; LIKE keeps those that end with it (and is case-insensitive for ASCII, as
    // addresses are stored in lower case). The caller vouches that the domain holds no quote, % or _.
    return QStringLiteral("SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH 'email : \"' || %1 || '\"' "
                          "AND email LIKE '%@' || %1")
        .arg(param);
}

QString anyWordQuery(const QStringList& words)
{
    return quotedTerms(words, QLatin1StringView()).join(QStringLiteral(" OR "));
}

QString knowledgeSearch()
{
    // bm25() is lower for better matches (negative); the score is turned so that higher is better.
    return QStringLiteral("SELECT c.id, d.name, c.n, c.page, c.text, -bm25(kb_chunks_fts) AS score "
                          "FROM kb_chunks_fts JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid "
                          "JOIN kb_documents d ON d.id = c.document_id "
                          "WHERE kb_chunks_fts MATCH :fts ORDER BY bm25(kb_chunks_fts) LIMIT :limit");
}

} // namespace sc::models::SqlDialect
