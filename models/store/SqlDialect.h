#pragma once

#include <QString>
#include <QStringList>

namespace sc::models {

// The few pieces of SQL that differ between SQLite (today) and PostgreSQL (a team's shared store,
// later): full-text search. Everything else in the repositories is portable SQL. What a rep typed
// becomes these conditions in ProspectSearch.
namespace SqlDialect {
// A condition on prospects aliased "p" that is true when the prospect matches :fts. dense: the
// search matches many prospects, so the query should follow its ORDER BY index rather than the matches.
QString prospectSearchCondition(bool dense = false);
// One row, one column: how many live prospects match :fts (at most :cap when cap > 0).
QString prospectSearchCount(int cap = 0);
// Turns what a rep typed into the engine's query: every word must match, as a prefix, accents
// folded; operators and quotes typed by the rep are taken literally. Empty when nothing is left.
QString fullTextQuery(const QString& userText);
// A query of fullTextQuery() limited to the columns that name someone to write to: name, email and
// company (not title or notes). Empty when the query is.
QString contactFullTextQuery(const QString& fullTextQuery);
// A statement of one column: the ids of live prospects whose address ends with "@" and the domain
// bound to `param` (lower case, letters, digits, dots and hyphens only), any case.
QString prospectIdsAtMailDomain(const QString& param);
// Knowledge-base retrieval: a question's words, any of them (OR), accents folded, for kb_chunks_fts.
// Empty when nothing is left.
QString anyWordQuery(const QStringList& words);
// Chunks matching :fts, best first, with columns chunk id, document name, n, page, text, score
// (higher is better), at most :limit rows.
QString knowledgeSearch();
} // namespace SqlDialect

} // namespace sc::models
