#include "SqlDialect.h"

#include <QRegularExpression>

namespace sc::models::SqlDialect {

QString prospectSearchCondition()
{
    return QStringLiteral("p.id IN (SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH :fts)");
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
