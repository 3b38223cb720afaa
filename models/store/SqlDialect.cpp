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

QString fullTextQuery(const QString& userText)
{
    // unicode61 splits on anything that is not a letter or digit; do the same, then quote each token
    // so FTS5 syntax (AND, NEAR, ", *, :) typed by the rep is never interpreted.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = userText.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words) {
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace sc::models::SqlDialect
