#pragma once

#include "TemplateRenderer.h"
#include "models/entities/Company.h"
#include "models/entities/Prospect.h"
#include "models/repositories/CompanyResearchRepository.h"

#include <QSqlDatabase>
#include <optional>

namespace sc::agents::conversation {

// The values a template is rendered with, from the prospect, their company, what research found about
// it and the rep (the sender). Every name of names() is always present, empty when the data has none,
// so that a missing value and a typo'd variable are told apart (TemplateRenderer).
class TemplateVariables
{
public:
    // Who writes: read once for a batch of drafts.
    struct Sender
    {
        QString name; // the mailbox's display name, else the Form Filler's sender profile's
        QString company; // the sender profile's company
        QString signOff; // Signature::signOff: the signature setting, else the mailbox's name
    };
    static Sender sender(const QSqlDatabase& db);

    // first_name, last_name, title, company, company_domain, company_description, industry, city,
    // country, sender_name, sender_company, signature.
    static QStringList names();

    static TemplateRenderer::Values values(const models::Prospect& prospect,
                                           const std::optional<models::Company>& company,
                                           const QList<models::CompanyResearchRepository::Fact>& facts,
                                           const Sender& sender);
    // The same read from the workspace; nullopt when there is no such prospect.
    static std::optional<TemplateRenderer::Values> load(const QSqlDatabase& db, qint64 prospectId,
                                                        const Sender& sender);

    // The email a template makes for a prospect, signed as DraftRepository signs drafts (so that the
    // preview is what the prospect would receive); nullopt when there is no such prospect.
    static std::optional<TemplateRenderer::Email> draft(const QSqlDatabase& db, const models::EmailTemplate& t,
                                                        qint64 prospectId, const Sender& sender);
};

} // namespace sc::agents::conversation
