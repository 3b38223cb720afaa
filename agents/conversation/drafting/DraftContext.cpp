#include "DraftContext.h"

#include "models/repositories/CompanyRepository.h"
#include "models/repositories/ProspectRepository.h"

namespace sc::agents::conversation {

namespace {

QString twoLetters(const QString& language)
{
    const QString l = language.trimmed().toLower().left(2);
    return l == QLatin1String("fr") || l == QLatin1String("en") ? l : QString();
}

} // namespace

QString DraftContext::languageOfCountry(const QString& country)
{
    const QString c = country.trimmed().toLower();
    static const QStringList french {QStringLiteral("fr"),      QStringLiteral("fra"),
                                     QStringLiteral("france"),  QStringLiteral("mc"),
                                     QStringLiteral("monaco"),  QStringLiteral("sn"),
                                     QStringLiteral("senegal"), QStringLiteral("sénégal"),
                                     QStringLiteral("ci"),      QStringLiteral("côte d'ivoire"),
                                     QStringLiteral("ma"),      QStringLiteral("maroc"),
                                     QStringLiteral("tn"),      QStringLiteral("tunisie"),
                                     QStringLiteral("re"),      QStringLiteral("la réunion")};
    static const QStringList english {
        QStringLiteral("us"),          QStringLiteral("usa"),     QStringLiteral("united states"),
        QStringLiteral("gb"),          QStringLiteral("uk"),      QStringLiteral("united kingdom"),
        QStringLiteral("ie"),          QStringLiteral("ireland"), QStringLiteral("au"),
        QStringLiteral("australia"),   QStringLiteral("nz"),      QStringLiteral("new zealand"),
        QStringLiteral("de"),          QStringLiteral("germany"), QStringLiteral("nl"),
        QStringLiteral("netherlands"), QStringLiteral("se"),      QStringLiteral("sweden"),
        QStringLiteral("dk"),          QStringLiteral("denmark"), QStringLiteral("no"),
        QStringLiteral("norway"),      QStringLiteral("fi"),      QStringLiteral("finland"),
        QStringLiteral("in"),          QStringLiteral("india"),   QStringLiteral("sg"),
        QStringLiteral("singapore")};
    if (french.contains(c)) {
        return QStringLiteral("fr");
    }
    // English is the language of business mail where the rep's own languages (en, fr) are not the
    // country's: a German prospect reads English sooner than French.
    if (english.contains(c)) {
        return QStringLiteral("en");
    }
    return {};
}

QPair<QString, QString> DraftContext::pickLanguage(const QList<models::ConversationRepository::Message>& thread,
                                                   const models::Prospect& prospect,
                                                   const std::optional<models::Company>& company,
                                                   const QList<models::CompanyResearchRepository::Fact>& facts,
                                                   const QString& defaultLanguage)
{
    for (auto it = thread.crbegin(); it != thread.crend(); ++it) {
        if (it->inbound && !twoLetters(it->language).isEmpty()) {
            return {twoLetters(it->language), QStringLiteral("thread")};
        }
    }
    // English is every prospect's language by default (the column's default), so only French says the
    // rep (or an import) chose it.
    if (twoLetters(prospect.language) == QLatin1String("fr")) {
        return {QStringLiteral("fr"), QStringLiteral("prospect")};
    }
    for (const auto& fact : facts) {
        if (fact.field == QLatin1String("language") && !twoLetters(fact.value).isEmpty()) {
            return {twoLetters(fact.value), QStringLiteral("site")};
        }
    }
    for (const QString& country : {prospect.country, company ? company->country : QString()}) {
        if (const QString l = languageOfCountry(country); !l.isEmpty()) {
            return {l, QStringLiteral("country")};
        }
    }
    const QString fallback = twoLetters(defaultLanguage);
    return {fallback.isEmpty() ? QStringLiteral("en") : fallback, QStringLiteral("default")};
}

std::optional<DraftContext> DraftContext::load(const QSqlDatabase& db, qint64 prospectId, qint64 replyToMessageId,
                                               bool reply, const TemplateVariables::Sender& sender,
                                               const QString& defaultLanguage)
{
    const std::optional<models::Prospect> prospect = models::ProspectRepository(db).find(prospectId);
    if (!prospect) {
        return std::nullopt;
    }
    DraftContext c;
    c.prospect = *prospect;
    c.company = models::CompanyRepository(db).ofProspect(prospectId);
    if (c.company) {
        c.facts = models::CompanyResearchRepository(db).facts(c.company->id);
    }
    c.sender = sender;
    c.values = TemplateVariables::values(c.prospect, c.company, c.facts, sender);

    const models::ConversationRepository conversations(db);
    if (replyToMessageId > 0) {
        c.replyTo = conversations.message(replyToMessageId);
        if (c.replyTo) {
            c.threadId = c.replyTo->threadId;
        }
    }
    if (c.threadId == 0) {
        models::ConversationRepository::ThreadFilter filter;
        filter.prospectId = prospectId;
        const auto threads = conversations.threads(filter, 1);
        if (!threads.isEmpty()) {
            c.threadId = threads.first().id;
        }
    }
    c.thread = conversations.messages(c.threadId);
    if (reply && !c.replyTo) {
        for (auto it = c.thread.crbegin(); it != c.thread.crend(); ++it) {
            if (it->inbound) {
                c.replyTo = *it;
                break;
            }
        }
    }
    const auto [language, reason] = pickLanguage(c.thread, c.prospect, c.company, c.facts, defaultLanguage);
    c.language = language;
    c.languageReason = reason;
    return c;
}

} // namespace sc::agents::conversation
