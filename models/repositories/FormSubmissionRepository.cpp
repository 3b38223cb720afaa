#include "FormSubmissionRepository.h"

#include "../ChangeHub.h"
#include "../store/Sql.h"
#include "AuditLog.h"
#include "DraftRepository.h"
#include "JobRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sc::models {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, coalesce(prospect_id, 0), coalesce(draft_id, 0), domain, url, coalesce(form_url, ''), status, fields, "
    "coalesce(confirmation, ''), coalesce(error, ''), coalesce(http_status, 0), coalesce(screenshot, ''), created_at, "
    "coalesce(finished_at, 0) FROM form_submissions ");

FormSubmission read(const QSqlQuery& q)
{
    FormSubmission s;
    s.id = q.value(0).toLongLong();
    s.prospectId = q.value(1).toLongLong();
    s.draftId = q.value(2).toLongLong();
    s.domain = q.value(3).toString();
    s.url = q.value(4).toString();
    s.formUrl = q.value(5).toString();
    s.status = q.value(6).toString();
    s.fields = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
    s.confirmation = q.value(8).toString();
    s.error = q.value(9).toString();
    s.httpStatus = q.value(10).toInt();
    s.screenshot = q.value(11).toString();
    s.createdAt = q.value(12).toLongLong();
    s.finishedAt = q.value(13).toLongLong();
    return s;
}

QString fieldsJson(const QJsonArray& fields)
{
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QString timelineLine(const FormSubmission& s)
{
    const QString where = s.formUrl.isEmpty() ? s.domain : s.formUrl;
    if (s.status == QLatin1String("submitted")) {
        return QCoreApplication::translate("sc::models::FormSubmissionRepository", "Contact form sent on %1").arg(where)
            + (s.confirmation.isEmpty() ? QString() : QStringLiteral(" — “%1”").arg(s.confirmation.left(120)));
    }
    if (s.status == QLatin1String("captcha")) {
        return QCoreApplication::translate("sc::models::FormSubmissionRepository",
                                           "Contact form on %1 filled; a CAPTCHA waits for you")
            .arg(where);
    }
    if (s.status == QLatin1String("sent_by_rep")) {
        return QCoreApplication::translate("sc::models::FormSubmissionRepository",
                                           "Contact form on %1 sent by you after the CAPTCHA")
            .arg(where);
    }
    if (s.status == QLatin1String("abandoned")) {
        return QCoreApplication::translate("sc::models::FormSubmissionRepository", "Contact form on %1 not sent")
                   .arg(where)
            + (s.error.isEmpty() ? QString() : QStringLiteral(": ") + s.error.left(160));
    }
    if (s.status == QLatin1String("no_form")) {
        return QCoreApplication::translate("sc::models::FormSubmissionRepository", "No contact form found on %1")
            .arg(s.domain);
    }
    if (s.status == QLatin1String("blocked")) {
        return QCoreApplication::translate("sc::models::FormSubmissionRepository",
                                           "%1 asks robots not to open its contact page: not filled")
            .arg(s.domain);
    }
    return QCoreApplication::translate("sc::models::FormSubmissionRepository", "Contact form on %1 failed: %2")
        .arg(where, s.error.left(160));
}

} // namespace

FormSubmissionRepository::FormSubmissionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 FormSubmissionRepository::create(const FormSubmission& s, qint64 now)
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("INSERT INTO form_submissions (prospect_id, draft_id, domain, url, form_url, status, fields, "
                       "confirmation, error, http_status, screenshot, created_at) VALUES (:p, :d, :domain, :url, "
                       ":form, :status, :fields, :conf, :error, :http, :shot, :now)"),
        {{":p", s.prospectId > 0 ? QVariant(s.prospectId) : QVariant(QMetaType(QMetaType::LongLong))},
         {":d", s.draftId > 0 ? QVariant(s.draftId) : QVariant(QMetaType(QMetaType::LongLong))},
         {":domain", s.domain},
         {":url", s.url},
         {":form", Sql::orNull(s.formUrl)},
         {":status", s.status},
         {":fields", fieldsJson(s.fields)},
         {":conf", Sql::orNull(s.confirmation)},
         {":error", Sql::orNull(s.error)},
         {":http", s.httpStatus > 0 ? QVariant(s.httpStatus) : QVariant(QMetaType(QMetaType::Int))},
         {":shot", Sql::orNull(s.screenshot)},
         {":now", now}});
    ChangeHub::notify(ChangeHub::Prospects);
    return q.lastInsertId().toLongLong();
}

std::optional<FormSubmission> FormSubmissionRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("WHERE id = :id"), {{":id", id}});
    return q.next() ? std::optional<FormSubmission>(read(q)) : std::nullopt;
}

std::optional<FormSubmission> FormSubmissionRepository::forDraft(qint64 draftId) const
{
    QSqlQuery q
        = Sql::run(m_db, kSelect + QStringLiteral("WHERE draft_id = :d ORDER BY id DESC LIMIT 1"), {{":d", draftId}});
    return q.next() ? std::optional<FormSubmission>(read(q)) : std::nullopt;
}

QList<FormSubmission> FormSubmissionRepository::forProspect(qint64 prospectId) const
{
    QList<FormSubmission> out;
    QSqlQuery q = Sql::run(m_db, kSelect + QStringLiteral("WHERE prospect_id = :p ORDER BY created_at DESC, id DESC"),
                           {{":p", prospectId}});
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

void FormSubmissionRepository::attachDraft(qint64 id, qint64 draftId)
{
    Sql::run(m_db, QStringLiteral("UPDATE form_submissions SET draft_id = :d WHERE id = :id"),
             {{":d", draftId}, {":id", id}});
}

void FormSubmissionRepository::setPrepared(qint64 id, const QString& formUrl, const QJsonArray& fields)
{
    Sql::run(m_db, QStringLiteral("UPDATE form_submissions SET form_url = :f, fields = :fields WHERE id = :id"),
             {{":f", Sql::orNull(formUrl)}, {":fields", fieldsJson(fields)}, {":id", id}});
}

FormTarget FormSubmissionRepository::targetOf(qint64 prospectId) const
{
    QSqlQuery q = Sql::run(
        m_db,
        QStringLiteral("SELECT coalesce(p.email, ''), p.first_name, p.last_name, coalesce(c.name, ''), "
                       "coalesce(c.domain, ''), coalesce(c.website, ''), p.language FROM prospects p LEFT JOIN "
                       "companies c ON c.id = p.company_id WHERE p.id = :p AND p.deleted_at IS NULL"),
        {{":p", prospectId}});
    FormTarget t;
    if (q.next()) {
        t.found = true;
        t.email = q.value(0).toString();
        t.firstName = q.value(1).toString();
        t.lastName = q.value(2).toString();
        t.company = q.value(3).toString();
        t.domain = q.value(4).toString();
        t.website = q.value(5).toString();
        t.language = q.value(6).toString();
    }
    return t;
}

bool FormSubmissionRepository::sequenceAutoSubmits(qint64 sequenceId) const
{
    return sequenceId > 0
        && Sql::scalar(m_db, QStringLiteral("SELECT auto_submit_forms FROM sequences WHERE id = :s"),
                       {{":s", sequenceId}})
               .toInt()
        == 1;
}

void FormSubmissionRepository::finish(const FormSubmission& s, qint64 now)
{
    Transaction transaction(m_db);
    Sql::run(m_db,
             QStringLiteral("UPDATE form_submissions SET form_url = :form, status = :status, fields = :fields, "
                            "confirmation = :conf, error = :error, http_status = :http, screenshot = :shot, "
                            "finished_at = :now WHERE id = :id"),
             {{":form", Sql::orNull(s.formUrl)},
              {":status", s.status},
              {":fields", fieldsJson(s.fields)},
              {":conf", Sql::orNull(s.confirmation)},
              {":error", Sql::orNull(s.error)},
              {":http", s.httpStatus > 0 ? QVariant(s.httpStatus) : QVariant(QMetaType(QMetaType::Int))},
              {":shot", Sql::orNull(s.screenshot)},
              {":now", now},
              {":id", s.id}});
    if (s.draftId > 0) {
        const bool sent = s.status == QLatin1String("submitted") || s.status == QLatin1String("sent_by_rep");
        const bool waiting = s.status == QLatin1String("captcha");
        if (!waiting) {
            Sql::run(
                m_db,
                QStringLiteral("UPDATE drafts SET status = :s WHERE id = :id AND status IN ('approved', 'pending')"),
                {{":s", sent ? QStringLiteral("sent") : QStringLiteral("failed")}, {":id", s.draftId}});
            ChangeHub::notify(ChangeHub::Drafts);
        }
    }
    if (s.prospectId > 0) {
        AuditLog(m_db).addActivity(s.prospectId, QStringLiteral("form_") + s.status, timelineLine(s),
                                   QStringLiteral("form_filler"), QStringLiteral("form_submissions"), s.id, now);
    }
    transaction.commit();
    ChangeHub::notify(ChangeHub::Prospects);
}

std::optional<qint64> FormSubmissionRepository::lastSentToDomain(const QString& domain) const
{
    const QVariant last = Sql::scalar(
        m_db,
        QStringLiteral("SELECT max(finished_at) FROM form_submissions WHERE domain = :d AND status IN ('submitted', "
                       "'captcha', 'sent_by_rep', 'failed')"),
        {{":d", domain}});
    return last.isNull() ? std::nullopt : std::optional<qint64>(last.toLongLong());
}

bool FormSubmissionRepository::alreadySent(qint64 prospectId, const QString& domain, qint64 since) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT 1 FROM form_submissions WHERE prospect_id = :p AND domain = :d AND "
                                      "(status IN ('submitted', 'sent_by_rep', 'captcha', 'sending') AND "
                                      "coalesce(finished_at, created_at) >= :since OR (status = 'prepared' AND "
                                      "draft_id IS NOT NULL)) LIMIT 1"),
                       {{":p", prospectId}, {":d", domain}, {":since", since}})
        .isValid();
}

bool FormSubmissionRepository::markSending(qint64 id)
{
    QSqlQuery q = Sql::run(m_db,
                           QStringLiteral("UPDATE form_submissions SET status = 'sending' WHERE id = :id AND status = "
                                          "'prepared'"),
                           {{":id", id}});
    return q.numRowsAffected() > 0;
}

bool FormSubmissionRepository::approveDraft(qint64 draftId, const QString& actor, qint64 now)
{
    const std::optional<FormSubmission> submission = forDraft(draftId);
    if (!submission || submission->status != QLatin1String("prepared")) {
        return false;
    }
    if (!DraftRepository(m_db).approve(draftId, actor, now)) {
        return false;
    }
    JobRepository(m_db).enqueue(submitJob(submission->id), now);
    return true;
}

NewJob FormSubmissionRepository::prepareJob(qint64 prospectId, qint64 sequenceId)
{
    NewJob job;
    job.kind = QString::fromLatin1(PrepareKind);
    job.payload = {{QStringLiteral("prospect"), prospectId}};
    if (sequenceId > 0) {
        job.payload.insert(QStringLiteral("sequence"), sequenceId);
    }
    job.maxAttempts = 3;
    job.dedupeKey = QStringLiteral("forms.prepare:%1").arg(prospectId);
    return job;
}

NewJob FormSubmissionRepository::submitJob(qint64 submissionId)
{
    NewJob job;
    job.kind = QString::fromLatin1(SubmitKind);
    job.payload = {{QStringLiteral("submission"), submissionId}};
    job.maxAttempts = 6; // waits for the site's pace by retrying with backoff
    job.dedupeKey = QStringLiteral("forms.submit:%1").arg(submissionId);
    return job;
}

} // namespace sc::models
