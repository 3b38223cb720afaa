#pragma once

#include "../entities/Job.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace sc::models {

// One run of the Form Filler on a prospect's site (table form_submissions, migration 014).
struct FormSubmission
{
    qint64 id = 0;
    qint64 prospectId = 0;
    qint64 draftId = 0;
    QString domain;
    QString url;
    QString formUrl;
    QString status; // prepared, sending, submitted, captcha, sent_by_rep, abandoned, no_form, failed, blocked
    QJsonArray fields; // [{name, kind, value, filled, note}]
    QString confirmation;
    QString error;
    int httpStatus = 0;
    QString screenshot; // a PNG, relative to the workspace directory
    qint64 createdAt = 0;
    qint64 finishedAt = 0;
};

// Who a contact form is for: the prospect and their company's site.
struct FormTarget
{
    bool found = false; // a live prospect
    QString email;
    QString firstName;
    QString lastName;
    QString company;
    QString domain;
    QString website;
    QString language;
};

// Contact-form runs, their outcome on the prospect's timeline, and the rules that keep the rep polite:
// one site at a time at a measured pace, never the same prospect twice on a site within a window.
class FormSubmissionRepository
{
public:
    static constexpr const char* PrepareKind = "forms.prepare";
    static constexpr const char* SubmitKind = "forms.submit";

    explicit FormSubmissionRepository(QSqlDatabase db);

    qint64 create(const FormSubmission& submission, qint64 now);
    std::optional<FormSubmission> find(qint64 id) const;
    std::optional<FormSubmission> forDraft(qint64 draftId) const;
    QList<FormSubmission> forProspect(qint64 prospectId) const;
    // Records how a run ended; the draft (if any) turns sent or failed; one line on the timeline.
    void finish(const FormSubmission& submission, qint64 now);
    void attachDraft(qint64 id, qint64 draftId);
    // A prepared run's form as found (its page and the fields it would fill).
    void setPrepared(qint64 id, const QString& formUrl, const QJsonArray& fields);
    FormTarget targetOf(qint64 prospectId) const;
    // The sequence sends its forms without a draft (sequences.auto_submit_forms).
    bool sequenceAutoSubmits(qint64 sequenceId) const;

    // When this site last received a form from us (submitted, or handed to the rep at a CAPTCHA).
    std::optional<qint64> lastSentToDomain(const QString& domain) const;
    // Claims a prepared run for sending; false when it is not prepared any more (sent, or a run that
    // was interrupted while sending: never sent again behind the rep's back).
    bool markSending(qint64 id);
    // A form already went to this site for this prospect since `since` (or waits for approval).
    bool alreadySent(qint64 prospectId, const QString& domain, qint64 since) const;

    // Approving a contact-form draft: the draft turns approved and its sending is queued. False when
    // the draft is not a pending contact form.
    bool approveDraft(qint64 draftId, const QString& actor, qint64 now);

    static NewJob prepareJob(qint64 prospectId, qint64 sequenceId = 0);
    static NewJob submitJob(qint64 submissionId);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
