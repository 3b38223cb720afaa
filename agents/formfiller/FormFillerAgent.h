#pragma once

#include "FormBrowser.h"
#include "agents/core/Agent.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/settings/SettingKeys.h"

#include <QPointer>

namespace sc::agents::formfiller {

// Contact forms as jobs. forms.prepare {"prospect": ID[, "sequence": ID]}: checks the do-not-contact
// list and the resend window, finds and fills the form of the prospect's company site without sending
// it, then puts a draft in the Approvals queue (or, for a sequence with auto_submit_forms, sends at
// once). forms.submit {"submission": ID}: after approval, at the site's pace, fills and sends it; a
// CAPTCHA goes to the rep (FormBrowser::needsHuman). Outcomes land in form_submissions and on the
// prospect's timeline, with a screenshot under <workspace>/forms/.
//
// Settings: forms.sender (JSON: first_name, last_name, email, phone, company, job_title, website,
// country), forms.subject and forms.message ({company}, {first_name}, {last_name}, {my_name},
// {my_company}), forms.tick_consent (1: tick consent boxes a form requires), forms.site_interval_min
// (10: minutes between two forms to one site), forms.resend_days (90: never the same prospect on a site
// twice within), forms.connect_to (tests: HOST:PORT:CONNECT-HOST:CONNECT-PORT, comma-separated).
class FormFillerAgent : public Agent
{
    Q_OBJECT
public:
    // The browser lives in the GUI thread and must outlive the agent.
    explicit FormFillerAgent(FormBrowser* browser);
    QString displayName() const override;
    QString describeKind(const QString& kind) const override;

    struct Profile
    {
        SenderProfile sender; // with the rendered subject and message
        bool tickConsent = false;
        int siteIntervalMin = models::SettingKeys::defaultInt(models::Setting::FormsSiteIntervalMin);
        int resendDays = models::SettingKeys::defaultInt(models::Setting::FormsResendDays);
        QStringList connectTo;
        bool allowLocalNetwork = false; // sites on this computer or the local network (tests, intranets)
    };
    static Profile profileFrom(const QSqlDatabase& db);
    static QString render(const QString& text, const QJsonObject& values);

protected:
    void execute(JobRun* run) override;

private:
    void prepare(JobRun* run);
    void submit(JobRun* run);
    void prepared(JobRun* run, qint64 submissionId, qint64 sequenceId, const SenderProfile& sender,
                  const QString& language, const FormFiller::Result& result);
    void submitted(JobRun* run, qint64 submissionId, const FormFiller::Result& result);
    QPointer<FormBrowser> m_browser;
};

} // namespace sc::agents::formfiller
