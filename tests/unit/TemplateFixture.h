#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::tests {

// Workspace content the template tests render with.
// A mailbox with this display name (the sender's name and sign-off).
qint64 addMailbox(const QSqlDatabase& db, const QString& name);
// Avery Quinn at Harbor Foods (domain, industry, Lyon, FR) with a researched description; the prospect's id.
qint64 addHarborProspect(const QSqlDatabase& db);
// `count` prospects at 100 companies, one in ten with no first name, one in three with no title.
QList<qint64> addProspects(const QSqlDatabase& db, int count);

} // namespace sc::tests
