#include "TemplateVariables.h"

#include "models/repositories/CompanyRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/settings/Signature.h"
#include "models/settings/WorkspaceSettings.h"

#include <QJsonObject>

namespace sc::agents::conversation {

namespace {

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString& c : candidates) {
        if (!c.trimmed().isEmpty()) {
            return c.trimmed();
        }
    }
    return {};
}

QString fact(const QList<models::CompanyResearchRepository::Fact>& facts, const char* field)
{
    for (const auto& f : facts) {
        if (f.field == QLatin1String(field)) {
            return f.value;
        }
    }
    return {};
}

} // namespace

TemplateVariables::Sender TemplateVariables::sender(const QSqlDatabase& db)
{
    const QList<models::MailAccount> mailboxes = models::MailAccountRepository(db).list();
    const QString mailboxName = mailboxes.isEmpty() ? QString() : mailboxes.first().displayName;
    const models::WorkspaceSettings settings(db);
    // The Form Filler's sender profile (first_name, last_name, company): the rep as forms know them.
    const QJsonObject profile = settings.json(models::Setting::FormsSender);
    const QString profileName = (profile.value(QLatin1String("first_name")).toString().trimmed() + QLatin1Char(' ')
                                 + profile.value(QLatin1String("last_name")).toString().trimmed())
                                    .trimmed();
    Sender s;
    s.name = firstNonEmpty({mailboxName, profileName});
    s.company = profile.value(QLatin1String("company")).toString().trimmed();
    s.signOff = models::Signature::signOff(settings.text(models::Setting::MailSignature), mailboxName);
    return s;
}

QStringList TemplateVariables::names()
{
    return {QStringLiteral("first_name"),  QStringLiteral("last_name"),      QStringLiteral("title"),
            QStringLiteral("company"),     QStringLiteral("company_domain"), QStringLiteral("company_description"),
            QStringLiteral("industry"),    QStringLiteral("city"),           QStringLiteral("country"),
            QStringLiteral("sender_name"), QStringLiteral("sender_company"), QStringLiteral("signature")};
}

TemplateRenderer::Values TemplateVariables::values(const models::Prospect& prospect,
                                                   const std::optional<models::Company>& company,
                                                   const QList<models::CompanyResearchRepository::Fact>& facts,
                                                   const Sender& sender)
{
    const models::Company c = company.value_or(models::Company {});
    TemplateRenderer::Values v;
    v.insert(QStringLiteral("first_name"), prospect.firstName.trimmed());
    v.insert(QStringLiteral("last_name"), prospect.lastName.trimmed());
    v.insert(QStringLiteral("title"), prospect.title.trimmed());
    // The name the rep gave beats the one research read on the site.
    v.insert(QStringLiteral("company"), firstNonEmpty({c.name, prospect.companyName, fact(facts, "name")}));
    v.insert(QStringLiteral("company_domain"), firstNonEmpty({c.domain, prospect.companyDomain}));
    v.insert(QStringLiteral("company_description"), fact(facts, "description").trimmed());
    v.insert(QStringLiteral("industry"), c.industry.trimmed());
    v.insert(QStringLiteral("city"), c.city.trimmed());
    v.insert(QStringLiteral("country"), firstNonEmpty({prospect.country, c.country, fact(facts, "country")}));
    v.insert(QStringLiteral("sender_name"), sender.name);
    v.insert(QStringLiteral("sender_company"), sender.company);
    v.insert(QStringLiteral("signature"), sender.signOff);
    return v;
}

std::optional<TemplateRenderer::Values> TemplateVariables::load(const QSqlDatabase& db, qint64 prospectId,
                                                                const Sender& sender)
{
    const std::optional<models::Prospect> prospect = models::ProspectRepository(db).find(prospectId);
    if (!prospect) {
        return std::nullopt;
    }
    std::optional<models::Company> company;
    QList<models::CompanyResearchRepository::Fact> facts;
    if (prospect->companyId > 0) {
        company = models::CompanyRepository(db).find(prospect->companyId);
        facts = models::CompanyResearchRepository(db).facts(prospect->companyId);
    }
    return values(*prospect, company, facts, sender);
}

std::optional<TemplateRenderer::Email> TemplateVariables::draft(const QSqlDatabase& db, const models::EmailTemplate& t,
                                                                qint64 prospectId, const Sender& sender)
{
    const std::optional<TemplateRenderer::Values> v = load(db, prospectId, sender);
    if (!v) {
        return std::nullopt;
    }
    TemplateRenderer::Email email = TemplateRenderer::render(t, *v);
    if (email.error.isEmpty()) {
        email.body = models::Signature::sign(email.body, sender.signOff);
    }
    return email;
}

} // namespace sc::agents::conversation
