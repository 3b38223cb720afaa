#pragma once

#include <QString>

namespace sc::models {

// The few pieces of SQL that differ between SQLite (today) and PostgreSQL (a team's shared store,
// later): full-text search. Everything else in the repositories is portable SQL.
namespace SqlDialect {
// A condition on prospects aliased "p" that is true when the prospect matches :fts.
QString prospectSearchCondition();
// Turns what a rep typed into the engine's query: every word must match, as a prefix, accents
// folded; operators and quotes typed by the rep are taken literally. Empty when nothing is left.
QString fullTextQuery(const QString& userText);
} // namespace SqlDialect

} // namespace sc::models
