#include "ProspectExporter.h"

#include "../repositories/ProspectRepository.h"

#include <QIODevice>

namespace sc::models {

const QStringList& ProspectExporter::headers()
{
    static const QStringList names {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
                                    QStringLiteral("Company"),    QStringLiteral("Domain"),    QStringLiteral("Title"),
                                    QStringLiteral("Phone"),      QStringLiteral("Stage"),     QStringLiteral("Score"),
                                    QStringLiteral("Tags")};
    return names;
}

QByteArray ProspectExporter::csvLine(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        QString field = fields.at(i);
        // Quote what would break the record, and what a spreadsheet would run as a formula.
        const bool formula = !field.isEmpty() && QStringLiteral("=+-@").contains(field.front());
        if (formula) {
            field.prepend(QLatin1Char('\''));
        }
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r')) || formula) {
            field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        line += field.toUtf8();
    }
    line += "\r\n";
    return line;
}

int ProspectExporter::write(const QSqlDatabase& db, const ProspectQuery& query, QIODevice* out,
                            const std::function<bool(int written)>& progress)
{
    out->write(csvLine(headers()));
    int written = 0;
    bool ok = true;
    // One statement streamed to the file: constant memory and linear time at a million rows.
    ProspectRepository(db).scan(query, 0, -1, true, [&](Prospect&& p) {
        ok = out->write(csvLine({p.firstName, p.lastName, p.email, p.companyName, p.companyDomain, p.title, p.phone,
                                 p.status, QString::number(p.score), p.tags.join(QStringLiteral(", "))}))
            >= 0;
        ++written;
        if (ok && progress && written % 1000 == 0) {
            ok = progress(written); // false: canceled
        }
        return ok;
    });
    return ok ? written : -1;
}

} // namespace sc::models
