#include "DoNotContactRepository.h"

#include "../ChangeHub.h"
#include "../import/CsvReader.h"
#include "../import/Normalize.h"
#include "../store/Sql.h"
#include "PrivacyRepository.h"

#include <QFile>
#include <QFileInfo>

namespace sc::models {

DoNotContactRepository::DoNotContactRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString DoNotContactRepository::add(const QString& value, const QString& reason, qint64 now, QString* problem)
{
    QString normalized;
    QString kind;
    if (value.contains(QLatin1Char('@'))) {
        normalized = Normalize::email(value);
        kind = QStringLiteral("email");
        *problem = Normalize::emailProblem(normalized);
    } else {
        normalized = Normalize::host(value);
        kind = QStringLiteral("domain");
        if (normalized.isEmpty() || !normalized.contains(QLatin1Char('.'))) {
            *problem = QStringLiteral("\"%1\" is neither an email address nor a domain").arg(value.trimmed().left(80));
        }
    }
    if (!problem->isEmpty()) {
        return {};
    }
    Sql::run(m_db,
             QStringLiteral("INSERT INTO do_not_contact (value, kind, reason, created_at) VALUES (:v, :k, :r, :now) "
                            "ON CONFLICT (value) DO NOTHING"),
             {{":v", normalized},
              {":k", kind},
              {":r", reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason)},
              {":now", now}});
    ChangeHub::notify(ChangeHub::Prospects);
    return normalized;
}

bool DoNotContactRepository::remove(const QString& value)
{
    const QString key = value.contains(QLatin1Char('@')) ? Normalize::email(value) : Normalize::host(value);
    QSqlQuery q = Sql::run(m_db, QStringLiteral("DELETE FROM do_not_contact WHERE value = :v"), {{":v", key}});
    ChangeHub::notify(ChangeHub::Prospects);
    return q.numRowsAffected() > 0;
}

QList<DoNotContactRepository::Entry> DoNotContactRepository::list() const
{
    QSqlQuery q = Sql::run(
        m_db, QStringLiteral("SELECT id, value, kind, reason, created_at FROM do_not_contact ORDER BY value"));
    QList<Entry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toLongLong()});
    }
    return entries;
}

bool DoNotContactRepository::isSuppressed(const QString& email) const
{
    const QString address = Normalize::email(email);
    const QString domain = address.section(QLatin1Char('@'), 1);
    const QString registrable = Normalize::companyDomain(domain);
    // A person who asked to be forgotten is only a hash of their address (PrivacyRepository).
    return Sql::scalar(
               m_db,
               QStringLiteral("SELECT 1 FROM do_not_contact WHERE value IN (:a, :d, :r) UNION ALL SELECT 1 "
                              "FROM suppression_hashes WHERE hash = :h LIMIT 1"),
               {{":a", address}, {":d", domain}, {":r", registrable}, {":h", PrivacyRepository::hashOf(address)}})
        .isValid();
}

int DoNotContactRepository::importFile(const QString& path, qint64 now, QStringList* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return 0;
    }
    CsvReader reader(&file);
    CsvReader::Record record;
    int column = 0;
    int added = 0;
    bool first = true;
    Transaction transaction(m_db);
    while (reader.next(record)) {
        if (first) {
            first = false;
            // A header row names the column to use; a first row that is already a value is kept.
            const QString lowered = record.fields.join(QLatin1Char(',')).toLower();
            if (!lowered.contains(QLatin1Char('@')) && !lowered.contains(QLatin1Char('.'))) {
                for (qsizetype i = 0; i < record.fields.size(); ++i) {
                    const QString name = record.fields.at(i).trimmed().toLower();
                    if (name.contains(QLatin1String("mail")) || name.contains(QLatin1String("domain"))) {
                        column = int(i);
                        break;
                    }
                }
                continue;
            }
        }
        const QString value = record.fields.value(column).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        QString problem;
        if (add(value, QStringLiteral("imported from %1").arg(QFileInfo(path).fileName()), now, &problem).isEmpty()) {
            problems->append(QStringLiteral("line %1: %2").arg(record.line).arg(problem));
        } else {
            ++added;
        }
    }
    if (reader.hasError()) {
        problems->append(reader.error());
    }
    transaction.commit();
    return added;
}

} // namespace sc::models
