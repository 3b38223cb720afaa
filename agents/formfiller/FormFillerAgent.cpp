#include "FormFillerAgent.h"

#include "agents/core/JobRun.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/import/Normalize.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace sc::agents::formfiller {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QJsonArray fieldsOf(const FormFiller::Result& r)
{
    QJsonArray out;
    for (const FormFiller::FilledField& f : r.fields) {
        QJsonObject o {{QStringLiteral("name"), f.name},
                       {QStringLiteral("kind"), f.kind},
                       {QStringLiteral("value"), f.value},
                       {QStringLiteral("filled"), f.filled}};
        if (!f.label.isEmpty()) {
            o.insert(QStringLiteral("label"), f.label);
        }
        if (!f.note.isEmpty()) {
            o.insert(QStringLiteral("note"), f.note);
        }
        out.append(o);
    }
    return out;
}

// Why a prospect's site must not get a form now, or empty.
// Why a prospect's site must not get a form, or empty: the prospect's address or the site's domain (as
// the run worked it out, from the company's domain or its website) is on the do-not-contact list.
QString refusal(const QSqlDatabase& db, const QString& email, const QString& domain)
{
    const models::DoNotContactRepository dnc(db);
    if ((!email.isEmpty() && dnc.isSuppressed(email))
        || (!domain.isEmpty() && dnc.isSuppressed(QStringLiteral("contact@") + domain))) {
        return QCoreApplication::translate("sc::agents::formfiller::FormFillerAgent",
                                           "%1 is on the do-not-contact list: no form sent.")
            .arg(email.isEmpty() ? domain : email);
    }
    return {};
}

// The run's form_submissions row, or nullopt with the job failed (the row was deleted meanwhile).
std::optional<models::FormSubmission> submissionOrFail(const models::FormSubmissionRepository& submissions, qint64 id,
                                                       JobRun* run)
{
    std::optional<models::FormSubmission> s = submissions.find(id);
    if (!s) {
        run->fail(
            QCoreApplication::translate("sc::agents::formfiller::FormFillerAgent", "The form's record disappeared."),
            JobRun::Retry::No);
    }
    return s;
}

} // namespace

FormFillerAgent::FormFillerAgent(FormBrowser* browser)
    : Agent(QStringLiteral("forms"),
            {QString::fromLatin1(models::FormSubmissionRepository::PrepareKind),
             QString::fromLatin1(models::FormSubmissionRepository::SubmitKind)})
    , m_browser(browser)
{
}

QString FormFillerAgent::displayName() const
{
    return tr("Form Filler");
}

QString FormFillerAgent::describeKind(const QString& kind) const
{
    if (kind == QLatin1String(models::FormSubmissionRepository::PrepareKind)) {
        return tr("Prepare a contact form");
    }
    if (kind == QLatin1String(models::FormSubmissionRepository::SubmitKind)) {
        return tr("Send a contact form");
    }
    return kind;
}

QString FormFillerAgent::render(const QString& text, const QJsonObject& values)
{
    QString out = text;
    for (auto it = values.begin(); it != values.end(); ++it) {
        out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
    }
    return out;
}

FormFillerAgent::Profile FormFillerAgent::profileFrom(const QSqlDatabase& db)
{
    using models::Setting;
    const models::WorkspaceSettings settings(db);
    Profile p;
    p.sender = SenderProfile::fromJson(settings.json(Setting::FormsSender));
    p.sender.subject = settings.text(Setting::FormsSubject);
    p.sender.message = settings.text(Setting::FormsMessage);
    p.tickConsent = settings.flag(Setting::FormsTickConsent);
    p.siteIntervalMin = settings.integer(Setting::FormsSiteIntervalMin);
    p.resendDays = settings.integer(Setting::FormsResendDays);
    p.connectTo = settings.list(Setting::FormsConnectTo);
    p.allowLocalNetwork = settings.flag(Setting::ResearchAllowLocalNetwork);
    return p;
}

void FormFillerAgent::execute(JobRun* run)
{
    if (m_browser == nullptr) {
        run->fail(tr("Contact forms are filled by the desktop app."), JobRun::Retry::Yes);
        return;
    }
    if (run->kind() == QLatin1String(models::FormSubmissionRepository::PrepareKind)) {
        prepare(run);
    } else {
        submit(run);
    }
}

void FormFillerAgent::prepare(JobRun* run)
{
    const QSqlDatabase db = workspace().connection();
    const qint64 prospectId = run->payload().value(QStringLiteral("prospect")).toInteger();
    const qint64 sequenceId = run->payload().value(QStringLiteral("sequence")).toInteger();
    const qint64 now = Clock::instance().nowMs();
    const models::FormTarget t = models::FormSubmissionRepository(db).targetOf(prospectId);
    if (!t.found) {
        run->fail(tr("This prospect no longer exists."), JobRun::Retry::No);
        return;
    }
    if (t.domain.isEmpty() && t.website.isEmpty()) {
        run->fail(tr("%1 has no company website.").arg(t.firstName + QLatin1Char(' ') + t.lastName), JobRun::Retry::No);
        return;
    }
    Profile profile = profileFrom(db);
    if (const QStringList missing = profile.sender.missing(); !missing.isEmpty()) {
        run->fail(tr("Fill in your details for contact forms in Settings › Contact forms (missing: %1).")
                      .arg(missing.join(QStringLiteral(", "))),
                  JobRun::Retry::No);
        return;
    }
    const QString domain = !t.domain.isEmpty() ? t.domain : models::Normalize::companyDomain(t.website);
    if (const QString why = refusal(db, t.email, domain); !why.isEmpty()) {
        run->fail(why, JobRun::Retry::No);
        return;
    }
    models::FormSubmissionRepository submissions(db);
    if (submissions.alreadySent(prospectId, domain, now - qint64(profile.resendDays) * DayMs)) {
        run->fail(tr("A contact form already went to %1 for this prospect in the last %n day(s), or waits for "
                     "approval.",
                     nullptr, profile.resendDays)
                      .arg(domain),
                  JobRun::Retry::No);
        return;
    }
    const QJsonObject values {
        {QStringLiteral("company"), t.company.isEmpty() ? domain : t.company},
        {QStringLiteral("first_name"), t.firstName},
        {QStringLiteral("last_name"), t.lastName},
        {QStringLiteral("my_name"), profile.sender.firstName + QLatin1Char(' ') + profile.sender.lastName},
        {QStringLiteral("my_company"), profile.sender.company}};
    profile.sender.subject = render(profile.sender.subject, values);
    profile.sender.message = render(profile.sender.message, values);
    const QUrl url = t.website.isEmpty() ? QUrl(QStringLiteral("https://") + domain + QLatin1Char('/'))
                                         : QUrl::fromUserInput(t.website);
    models::FormSubmission s;
    s.prospectId = prospectId;
    s.domain = domain;
    s.url = url.toString();
    s.status = QStringLiteral("prepared");
    const qint64 submissionId = submissions.create(s, now);
    FormFiller::Options options;
    options.sender = profile.sender;
    options.dryRun = true;
    options.tickConsent = profile.tickConsent;
    options.connectTo = profile.connectTo;
    options.allowLocalNetwork = profile.allowLocalNetwork;
    run->reportProgress(20, tr("Looking for the contact form on %1").arg(domain));
    QPointer<JobRun> guard(run);
    connect(run, &JobRun::cancelRequested, run, &JobRun::stopAsRequested);
    const QString language = t.language;
    m_browser->run(url, options, submissionId, false, this,
                   [this, guard, submissionId, sequenceId, profile, language](const FormFiller::Result& result) {
                       if (guard) {
                           prepared(guard.data(), submissionId, sequenceId, profile.sender, language, result);
                       }
                   });
}

void FormFillerAgent::prepared(JobRun* guard, qint64 submissionId, qint64 sequenceId, const SenderProfile& sender,
                               const QString& language, const FormFiller::Result& result)
{
    const QSqlDatabase db = workspace().connection();
    const qint64 now = Clock::instance().nowMs();
    models::FormSubmissionRepository submissions(db);
    std::optional<models::FormSubmission> s = submissionOrFail(submissions, submissionId, guard);
    if (!s) {
        return;
    }
    s->formUrl = result.formUrl;
    s->fields = fieldsOf(result);
    if (result.status != QLatin1String("dry_run") && result.status != QLatin1String("captcha")) {
        s->status = result.status;
        s->error = result.error;
        submissions.finish(*s, now);
        guard->fail(result.error.isEmpty() ? result.status : result.error, JobRun::Retry::No);
        return;
    }
    submissions.setPrepared(submissionId, result.formUrl, s->fields);
    const bool autoSubmit = submissions.sequenceAutoSubmits(sequenceId);
    if (autoSubmit) {
        models::JobRepository(db).enqueue(models::FormSubmissionRepository::submitJob(submissionId), now);
        guard->succeed({{QStringLiteral("submission"), submissionId}, {QStringLiteral("auto_submit"), true}});
        return;
    }
    QStringList lines;
    for (const FormFiller::FilledField& f : result.fields) {
        if (f.filled && f.kind != QLatin1String("message")) {
            lines << QStringLiteral("%1: %2").arg(f.label.isEmpty() ? f.name : f.label, f.value);
        }
    }
    models::Draft draft;
    draft.prospectId = s->prospectId;
    draft.channel = QStringLiteral("form");
    draft.toAddress = result.formUrl;
    draft.subject = sender.subject;
    draft.body = sender.message;
    draft.language = language.isEmpty() ? QStringLiteral("en") : language;
    draft.createdBy = QStringLiteral("form_filler");
    draft.rationale = tr("Contact form at %1. Filled: %2.").arg(result.formUrl, lines.join(QStringLiteral("; ")));
    if (!result.captchas.isEmpty()) {
        draft.rationale += QLatin1Char(' ')
            + tr("It has a CAPTCHA (%1): after approval it opens for you to solve and send.")
                  .arg(result.captchas.join(QStringLiteral(", ")));
    }
    // The draft and its link to the run land together: never a draft the Form Filler cannot send.
    models::Transaction transaction(db);
    const qint64 draftId = models::DraftRepository(db).create(draft, now);
    submissions.attachDraft(submissionId, draftId);
    transaction.commit();
    guard->succeed({{QStringLiteral("submission"), submissionId}, {QStringLiteral("draft"), draftId}});
}
void FormFillerAgent::submit(JobRun* run)
{
    const QSqlDatabase db = workspace().connection();
    const qint64 submissionId = run->payload().value(QStringLiteral("submission")).toInteger();
    const qint64 now = Clock::instance().nowMs();
    models::FormSubmissionRepository submissions(db);
    std::optional<models::FormSubmission> s = submissions.find(submissionId);
    if (s && s->status == QLatin1String("sending")) {
        // An earlier run stopped while the page was sending (the app quit): it may have reached the site.
        // Never sent twice behind the rep's back: the rep looks and decides.
        s->status = QStringLiteral("failed");
        s->error = tr("The app stopped while this form was being sent: it may have reached %1. Check before "
                      "sending it again.")
                       .arg(s->domain);
        submissions.finish(*s, now);
        run->fail(s->error, JobRun::Retry::No);
        return;
    }
    if (!s || s->status != QLatin1String("prepared")) {
        run->succeed({{QStringLiteral("skipped"), true}}); // already sent, or gone
        return;
    }
    const Profile profile = profileFrom(db);
    FormFiller::Options options;
    options.tickConsent = profile.tickConsent;
    options.connectTo = profile.connectTo;
    options.allowLocalNetwork = profile.allowLocalNetwork;
    options.screenshot = true;
    options.sender = profile.sender;
    if (s->draftId > 0) {
        const std::optional<models::Draft> draft = models::DraftRepository(db).find(s->draftId);
        if (!draft || draft->status != models::Draft::Status::Approved) {
            run->fail(tr("The contact form was not approved."), JobRun::Retry::No);
            return;
        }
        options.sender.subject = draft->subject; // as the rep left them
        options.sender.message = draft->body;
    }
    const models::FormTarget t = submissions.targetOf(s->prospectId);
    if (const QString why = refusal(db, t.email, s->domain); !why.isEmpty()) {
        s->status = QStringLiteral("abandoned");
        s->error = why;
        submissions.finish(*s, now);
        run->fail(why, JobRun::Retry::No);
        return;
    }
    if (const std::optional<qint64> last = submissions.lastSentToDomain(s->domain);
        last && now - *last < qint64(profile.siteIntervalMin) * 60000) {
        run->fail(tr("Waiting: one form every %n minute(s) on %1.", nullptr, profile.siteIntervalMin).arg(s->domain),
                  JobRun::Retry::Yes);
        return;
    }
    if (!submissions.markSending(submissionId)) {
        run->succeed({{QStringLiteral("skipped"), true}});
        return;
    }
    run->reportProgress(30, tr("Sending the contact form on %1").arg(s->domain));
    QPointer<JobRun> guard(run);
    connect(run, &JobRun::cancelRequested, run, &JobRun::stopAsRequested);
    const QUrl url(s->formUrl.isEmpty() ? s->url : s->formUrl);
    m_browser->run(url, options, submissionId, true, this,
                   [this, guard, submissionId](const FormFiller::Result& result) {
                       if (guard) {
                           submitted(guard.data(), submissionId, result);
                       }
                   });
}

void FormFillerAgent::submitted(JobRun* guard, qint64 submissionId, const FormFiller::Result& result)
{
    const QSqlDatabase db = workspace().connection();
    const qint64 now = Clock::instance().nowMs();
    models::FormSubmissionRepository submissions(db);
    std::optional<models::FormSubmission> s = submissionOrFail(submissions, submissionId, guard);
    if (!s) {
        return;
    }
    s->status = result.status == QLatin1String("dry_run") ? QStringLiteral("failed") : result.status;
    s->formUrl = result.formUrl.isEmpty() ? s->formUrl : result.formUrl;
    s->fields = fieldsOf(result);
    s->confirmation = result.confirmation;
    s->error = result.error;
    s->httpStatus = result.httpStatus;
    if (!result.screenshot.isNull()) {
        const QDir dir(workspace().directory());
        dir.mkpath(QStringLiteral("forms"));
        const QString relative = QStringLiteral("forms/submission-%1.png").arg(submissionId);
        if (result.screenshot.save(dir.filePath(relative), "PNG")) {
            s->screenshot = relative;
        }
    }
    submissions.finish(*s, now);
    if (s->status == QLatin1String("captcha")) {
        // The Agents view's last word on this job: it waits for the rep, in the window that opened.
        guard->reportProgress(100, tr("Needs you: solve the CAPTCHA on %1 and send the form").arg(s->domain));
    }
    if (s->status == QLatin1String("submitted") || s->status == QLatin1String("captcha")) {
        guard->succeed({{QStringLiteral("status"), s->status}, {QStringLiteral("submission"), submissionId}});
    } else {
        guard->fail(result.error.isEmpty() ? s->status : result.error, JobRun::Retry::No);
    }
}

} // namespace sc::agents::formfiller
