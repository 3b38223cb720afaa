#pragma once

#include "agents/conversation/templates/TemplateVariables.h"
#include "models/entities/Company.h"
#include "models/entities/Prospect.h"
#include "models/repositories/CompanyResearchRepository.h"
#include "models/repositories/ConversationRepository.h"

#include <QSqlDatabase>
#include <optional>

namespace sc::agents::conversation {

// Everything a draft for one prospect is written from, read once: the prospect, their company and
// what research found, the sender, the conversation so far and the language to write in.
struct DraftContext
{
    models::Prospect prospect;
    std::optional<models::Company> company;
    QList<models::CompanyResearchRepository::Fact> facts;
    TemplateVariables::Sender sender;
    TemplateRenderer::Values values; // the template variables (TemplateVariables::values)
    // The thread a reply answers, else the prospect's latest thread (a follow-up's context); oldest first.
    QList<models::ConversationRepository::Message> thread;
    qint64 threadId = 0;
    // The inbound message a reply answers.
    std::optional<models::ConversationRepository::Message> replyTo;
    QString language; // "en" or "fr"
    QString languageReason; // "thread", "prospect", "site", "country", "default"

    // nullopt when there is no such prospect. replyToMessageId 0: for a reply, the thread's latest
    // inbound message.
    static std::optional<DraftContext> load(const QSqlDatabase& db, qint64 prospectId, qint64 replyToMessageId,
                                            bool reply, const TemplateVariables::Sender& sender,
                                            const QString& defaultLanguage);

    // The thread's language (its latest inbound message's), else the prospect's when set to French,
    // else the site's (research), else the country's, else the rep's default.
    static QPair<QString, QString> pickLanguage(const QList<models::ConversationRepository::Message>& thread,
                                                const models::Prospect& prospect,
                                                const std::optional<models::Company>& company,
                                                const QList<models::CompanyResearchRepository::Fact>& facts,
                                                const QString& defaultLanguage);
    // "fr" for France and the French-speaking countries a country field names ("FR", "France",
    // "Monaco"); "en" for English-speaking ones; empty when the country does not say (Belgium,
    // Switzerland and Canada speak more than one language).
    static QString languageOfCountry(const QString& country);
};

} // namespace sc::agents::conversation
