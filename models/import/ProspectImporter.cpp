#include "ProspectImporter.h"

#include "../ChangeHub.h"
#include "../repositories/CompanyRepository.h"
#include "../repositories/PrivacyRepository.h"
#include "../store/Database.h"
#include "../store/SearchIndex.h"
#include "../store/Sql.h"
#include "../store/StoreError.h"
#include "ColumnMapper.h"
#include "CsvReader.h"
#include "Normalize.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace sc::models {

namespace {

using Field = ColumnMapper::Field;

// The prepared statements of one import, reused for every row.
struct Statements
{
    explicit Statements(const QSqlDatabase& db)
        : findProspect(Sql::prepare(
            db,
            QStringLiteral(
                "SELECT id, first_name, last_name, title, phone, company_id, linkedin_url, notes, status, "
                "owner, (SELECT score FROM prospect_scores WHERE prospect_id = prospects.id), deleted_at FROM "
                "prospects WHERE email = :email COLLATE NOCASE")))
        , insertProspect(Sql::prepare(
              db,
              QStringLiteral(
                  "INSERT INTO prospects (company_id, first_name, last_name, email, title, phone, "
                  "linkedin_url, notes, status, stage_rank, owner, source, created_at, updated_at) VALUES (:c, "
                  ":fn, :ln, :email, :title, :phone, :li, :notes, :status, coalesce((SELECT position FROM "
                  "stages WHERE key = :status), 0), :owner, 'import', :now, :now)")))
        , updateProspect(Sql::prepare(
              db,
              QStringLiteral("UPDATE prospects SET company_id = :c, first_name = :fn, last_name = :ln, title = :title, "
                             "phone = :phone, linkedin_url = :li, notes = :notes, status = :status, owner = :owner, "
                             "deleted_at = NULL, updated_at = :now WHERE id = :id")))
        , setScore(
              Sql::prepare(db, QStringLiteral("UPDATE prospect_scores SET score = :score WHERE prospect_id = :id")))
        , setTimeZone(Sql::prepare(db,
                                   QStringLiteral("UPDATE prospects SET timezone = :tz WHERE id = :id AND timezone IS "
                                                  "NOT :tz")))
        , findTag(Sql::prepare(db, QStringLiteral("SELECT id FROM tags WHERE name = :n")))
        , insertTag(Sql::prepare(db, QStringLiteral("INSERT INTO tags (name) VALUES (:n)")))
        , linkTag(Sql::prepare(
              db, QStringLiteral("INSERT OR IGNORE INTO prospect_tags (prospect_id, tag_id) VALUES (:p, :t)")))
    {
    }
    QSqlQuery findProspect, insertProspect, updateProspect, setScore, setTimeZone, findTag, insertTag, linkTag;
};

class RowWriter
{
public:
    RowWriter(const QSqlDatabase& db, qint64 now)
        : m_s(db)
        , m_companies(db)
        , m_now(now)
    {
        // People who asked to be forgotten are never imported again (only a hash of their address is kept).
        QSqlQuery forgotten = Sql::run(db, QStringLiteral("SELECT hash FROM suppression_hashes"));
        while (forgotten.next()) {
            m_forgotten.insert(forgotten.value(0).toString());
        }
        QSqlQuery stages = Sql::run(db, QStringLiteral("SELECT key, name FROM stages"));
        while (stages.next()) {
            m_stages.insert(stages.value(0).toString().toLower(), stages.value(0).toString());
            m_stages.insert(stages.value(1).toString().toLower(), stages.value(0).toString());
        }
    }

    // Returns the reason when the row is skipped.
    QString write(const QHash<Field, QString>& v, ProspectImporter::Report& report, DeferredSearchIndex& index)
    {
        QString first = v.value(Field::FirstName);
        QString last = v.value(Field::LastName);
        if (first.isEmpty() && last.isEmpty() && !v.value(Field::FullName).isEmpty()) {
            const QString full = v.value(Field::FullName).simplified();
            const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
            first = space > 0 ? full.left(space) : full;
            last = space > 0 ? full.mid(space + 1) : QString();
        }
        const QString email = Normalize::email(v.value(Field::Email));
        if (const QString problem = Normalize::emailProblem(email); !problem.isEmpty()) {
            return problem;
        }
        if (!m_forgotten.isEmpty() && !email.isEmpty() && m_forgotten.contains(PrivacyRepository::hashOf(email))) {
            return QStringLiteral("this person asked to be forgotten: never imported or contacted again");
        }
        const qint64 companyId = company(v, email);

        Sql::bind(m_s.findProspect, {{":email", email}});
        Sql::exec(m_s.findProspect);
        const QString stage = m_stages.value(v.value(Field::Stage).toLower());
        bool scoreOk = false;
        const int score = v.value(Field::Score).toInt(&scoreOk);
        qint64 id = 0;
        bool changed = false;
        bool inserted = false;
        if (!m_s.findProspect.next()) {
            m_s.findProspect.finish();
            Sql::bind(m_s.insertProspect,
                      {{":c", companyId > 0 ? QVariant(companyId) : QVariant(QMetaType(QMetaType::LongLong))},
                       {":fn", first},
                       {":ln", last},
                       {":email", email},
                       {":title", Sql::orNull(v.value(Field::Title))},
                       {":phone", Sql::orNull(v.value(Field::Phone))},
                       {":li", Sql::orNull(v.value(Field::LinkedInUrl))},
                       {":notes", Sql::orNull(v.value(Field::Notes))},
                       {":status", stage.isEmpty() ? QStringLiteral("new") : stage},
                       {":owner", Sql::orNull(v.value(Field::Owner))},
                       {":now", m_now}});
            Sql::exec(m_s.insertProspect);
            id = m_s.insertProspect.lastInsertId().toLongLong();
            if (scoreOk && std::clamp(score, 0, 100) != 0) {
                // The file's score (a CRM's) until the ideal customer scores the prospect.
                Sql::bind(m_s.setScore, {{":score", std::clamp(score, 0, 100)}, {":id", id}});
                Sql::exec(m_s.setScore);
            }
            inserted = true;
            ++report.imported;
        } else {
            // Values in the file win where they are given; empty cells never erase what is known.
            id = m_s.findProspect.value(0).toLongLong();
            auto keep = [&](int column, const QString& incoming) {
                const QString current = m_s.findProspect.value(column).toString();
                if (!incoming.isEmpty() && incoming != current) {
                    changed = true;
                    return incoming;
                }
                return current;
            };
            const QString fn = keep(1, first);
            const QString ln = keep(2, last);
            const QString title = keep(3, v.value(Field::Title));
            const QString phone = keep(4, v.value(Field::Phone));
            qint64 cid = m_s.findProspect.value(5).toLongLong();
            if (companyId > 0 && companyId != cid) {
                cid = companyId;
                changed = true;
            }
            const QString li = keep(6, v.value(Field::LinkedInUrl));
            const QString notes = keep(7, v.value(Field::Notes));
            const QString status = keep(8, stage);
            const QString owner = keep(9, v.value(Field::Owner));
            if (scoreOk && std::clamp(score, 0, 100) != m_s.findProspect.value(10).toInt()) {
                Sql::bind(m_s.setScore, {{":score", std::clamp(score, 0, 100)}, {":id", id}});
                Sql::exec(m_s.setScore);
                changed = true;
            }
            // A prospect in the trash comes back when a file names them again.
            changed = changed || !m_s.findProspect.value(11).isNull();
            m_s.findProspect.finish();
            if (changed) {
                Sql::bind(m_s.updateProspect,
                          {{":c", cid > 0 ? QVariant(cid) : QVariant(QMetaType(QMetaType::LongLong))},
                           {":fn", fn},
                           {":ln", ln},
                           {":title", Sql::orNull(title)},
                           {":phone", Sql::orNull(phone)},
                           {":li", Sql::orNull(li)},
                           {":notes", Sql::orNull(notes)},
                           {":status", status},
                           {":owner", Sql::orNull(owner)},
                           {":now", m_now},
                           {":id", id}});
                Sql::exec(m_s.updateProspect);
                index.changed(id);
            }
        }
        // A time zone Qt does not know ("CET+1", a typo) is left out rather than guessed.
        if (const QString tz = v.value(Field::TimeZone).trimmed();
            !tz.isEmpty() && QTimeZone::isTimeZoneIdAvailable(tz.toUtf8())) {
            Sql::bind(m_s.setTimeZone, {{":tz", tz}, {":id", id}});
            Sql::exec(m_s.setTimeZone);
            changed = changed || (!inserted && m_s.setTimeZone.numRowsAffected() > 0);
        }
        const bool tagged = tags(id, v.value(Field::Tags));
        if (!inserted) {
            ++(changed || tagged ? report.updated : report.unchanged);
        }
        return {};
    }

private:
    // The company's rules are CompanyRepository's; this only remembers what the file already named.
    qint64 company(const QHash<Field, QString>& v, const QString& email)
    {
        const QString name = v.value(Field::Company).simplified();
        const QString domain = CompanyRepository::domainFor(
            !v.value(Field::Domain).isEmpty() ? v.value(Field::Domain) : v.value(Field::Website), email);
        if (name.isEmpty() && domain.isEmpty()) {
            return 0;
        }
        const QString key = domain.isEmpty() ? QStringLiteral("name:") + name.toLower() : domain;
        if (const auto it = m_companyIds.constFind(key); it != m_companyIds.constEnd()) {
            return it.value();
        }
        const qint64 id = m_companies.findOrCreate(name, domain, v.value(Field::Website), m_now);
        m_companyIds.insert(key, id);
        return id;
    }

    bool tags(qint64 prospectId, const QString& cell)
    {
        bool added = false;
        if (cell.isEmpty()) {
            return false;
        }
        static const QRegularExpression separators(QStringLiteral("[,;|]")); // compiled once, not per row
        const QStringList names = cell.split(separators, Qt::SkipEmptyParts);
        for (const QString& raw : names) {
            const QString tag = raw.simplified();
            if (tag.isEmpty()) {
                continue;
            }
            qint64 tagId = m_tags.value(tag.toLower());
            if (tagId == 0) {
                Sql::bind(m_s.findTag, {{":n", tag}});
                Sql::exec(m_s.findTag);
                tagId = m_s.findTag.next() ? m_s.findTag.value(0).toLongLong() : 0;
                m_s.findTag.finish();
                if (tagId == 0) {
                    Sql::bind(m_s.insertTag, {{":n", tag}});
                    Sql::exec(m_s.insertTag);
                    tagId = m_s.insertTag.lastInsertId().toLongLong();
                }
                m_tags.insert(tag.toLower(), tagId);
            }
            Sql::bind(m_s.linkTag, {{":p", prospectId}, {":t", tagId}});
            Sql::exec(m_s.linkTag);
            added = added || m_s.linkTag.numRowsAffected() > 0;
        }
        return added;
    }

    Statements m_s;
    CompanyRepository m_companies;
    qint64 m_now;
    QHash<QString, QString> m_stages;
    QSet<QString> m_forgotten;
    QHash<QString, qint64> m_companyIds;
    QHash<QString, qint64> m_tags;
};

// One batch in one transaction; false when the file has no more records.
bool importBatch(const QSqlDatabase& db, CsvReader& reader, const QList<Field>& fields, RowWriter& writer,
                 const ProspectImporter::Hooks& hooks, ProspectImporter::Report* report)
{
    bool more = true;
    CsvReader::Record record;
    {
        Transaction transaction(db);
        DeferredSearchIndex index(db);
        for (int n = 0; n < ProspectImporter::BatchSize; ++n) {
            if (!reader.next(record)) {
                more = false;
                break;
            }
            ++report->records;
            QHash<Field, QString> values;
            for (qsizetype i = 0; i < fields.size() && i < record.fields.size(); ++i) {
                if (fields.at(i) != Field::Ignore) {
                    // Multi-line cells keep their line breaks, as plain \n whatever the file used.
                    QString cell = record.fields.at(i).trimmed();
                    cell.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                    // Undo the exporter's (and Excel's) formula guard: '=..., '+..., '-..., '@...
                    if (cell.size() > 1 && cell.front() == QLatin1Char('\'')
                        && QStringLiteral("=+-@").contains(cell.at(1))) {
                        cell.remove(0, 1);
                    }
                    values.insert(fields.at(i), cell);
                }
            }
            const QString problem = writer.write(values, *report, index);
            if (!problem.isEmpty()) {
                ++report->skipped;
                if (report->errors.size() < ProspectImporter::MaxErrors) {
                    report->errors.append({record.line, problem});
                }
            }
        }
        index.flush();
        if (hooks.batchCommitting) {
            hooks.batchCommitting(*report);
        }
        transaction.commit();
    }
    return more;
}

} // namespace

QJsonObject ProspectImporter::Report::toJson() const
{
    QJsonArray list;
    for (const Error& e : errors) {
        list.append(QJsonObject {{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
    }
    return {{QStringLiteral("records"), records}, {QStringLiteral("imported"), imported},
            {QStringLiteral("updated"), updated}, {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("skipped"), skipped}, {QStringLiteral("errors"), list}};
}

ProspectImporter::Report ProspectImporter::Report::fromJson(const QJsonObject& json)
{
    Report r;
    r.records = json.value(QStringLiteral("records")).toInteger();
    r.imported = json.value(QStringLiteral("imported")).toInt();
    r.updated = json.value(QStringLiteral("updated")).toInt();
    r.unchanged = json.value(QStringLiteral("unchanged")).toInt();
    r.skipped = json.value(QStringLiteral("skipped")).toInt();
    const QJsonArray list = json.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue& e : list) {
        r.errors.append({e.toObject().value(QStringLiteral("line")).toInteger(),
                         e.toObject().value(QStringLiteral("reason")).toString()});
    }
    return r;
}

ProspectImporter::ProspectImporter(QSqlDatabase db, qint64 now)
    : m_db(std::move(db))
    , m_now(now)
{
}

ProspectImporter::Outcome ProspectImporter::run(const QString& path, const Hooks& hooks, Report* report,
                                                QString* failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return Outcome::Failed;
    }
    CsvReader reader(&file);
    CsvReader::Record header;
    if (!reader.next(header)) {
        *failure = reader.hasError() ? reader.error() : QStringLiteral("%1 is empty").arg(path);
        return Outcome::Failed;
    }
    const QList<Field> fields = m_columns ? *m_columns : ColumnMapper::guessAll(header.fields);
    if (!fields.contains(Field::Email)) {
        *failure = QStringLiteral("no column holds email addresses (columns: %1)")
                       .arg(header.fields.join(QStringLiteral(", ")).left(300));
        return Outcome::Failed;
    }
    CsvReader::Record skipped;
    for (qint64 done = 0; done < report->records; ++done) {
        if (!reader.next(skipped)) {
            break; // the file shrank since the checkpoint: nothing left to do
        }
    }
    const BulkWriteScope bulk(m_db);
    RowWriter writer(m_db, m_now);
    bool more = true;
    const qint64 bytesAtStart = workspaceBytes();
    const qint64 readAtStart = reader.bytesRead();
    Report committed = *report;
    qint64 readWhenCommitted = readAtStart;
    while (more) {
        if (hooks.canceled && hooks.canceled()) {
            return Outcome::Canceled;
        }
        try {
            more = importBatch(m_db, reader, fields, writer, hooks, report);
        } catch (const DiskFullError&) {
            // The batch was rolled back whole: what is in the workspace is what the checkpoint says.
            *report = committed;
            const qint64 grown = workspaceBytes() - bytesAtStart;
            const qint64 readCommitted = readWhenCommitted - readAtStart;
            const double perByte = grown > 0 && readCommitted > 0 ? double(grown) / double(readCommitted) : 4.0;
            const qint64 left = std::max<qint64>(0, file.size() - readWhenCommitted);
            m_spaceNeeded = qint64(perByte * double(left) * 1.25) + 16LL * 1024 * 1024;
            *failure = QStringLiteral("out of space after %1 records").arg(report->records);
            return Outcome::OutOfSpace;
        }
        committed = *report;
        readWhenCommitted = reader.bytesRead();
        if (hooks.progress && file.size() > 0) {
            hooks.progress(int(std::min<qint64>(99, reader.bytesRead() * 100 / file.size())));
        }
    }
    ChangeHub::notify(ChangeHub::Prospects);
    if (reader.hasError()) {
        *failure = reader.error();
        return Outcome::Failed;
    }
    return Outcome::Finished;
}

qint64 ProspectImporter::workspaceBytes() const
{
    const QString path = m_db.databaseName();
    qint64 total = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        total += QFileInfo(path + suffix).size();
    }
    return total;
}

} // namespace sc::models
