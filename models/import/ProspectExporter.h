#pragma once

#include "../repositories/ProspectQuery.h"

#include <QSqlDatabase>

class QIODevice;

namespace sc::models {

// Writes prospects to CSV (UTF-8, comma, RFC 4180 quoting) with the column names the importer
// recognises, so an exported file imports back unchanged. Pages through the table; never loads it all.
class ProspectExporter
{
public:
    static const QStringList& headers();
    // Returns the number of prospects written; throws StoreError.
    static int write(const QSqlDatabase& db, const ProspectQuery& query, QIODevice* out);
    static QByteArray csvLine(const QStringList& fields);
};

} // namespace sc::models
