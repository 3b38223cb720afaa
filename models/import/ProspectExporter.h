#pragma once

#include "../repositories/ProspectQuery.h"

#include <QSqlDatabase>
#include <functional>

class QIODevice;

namespace sc::models {

// Writes prospects to CSV (UTF-8, comma, RFC 4180 quoting) with the column names the importer
// recognises, so an exported file imports back unchanged. Streams the table; never loads it all.
class ProspectExporter
{
public:
    static const QStringList& headers();
    // Returns the number of prospects written, or -1 when the device refused a write (disk full) or
    // progress() returned false (canceled); throws StoreError. progress() is told every 1,000 rows.
    static int write(const QSqlDatabase& db, const ProspectQuery& query, QIODevice* out,
                     const std::function<bool(int written)>& progress = {});
    static QByteArray csvLine(const QStringList& fields);
};

} // namespace sc::models
