#include "TemplateFixture.h"

#include "models/repositories/CompanyRepository.h"
#include "models/repositories/CompanyResearchRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/Sql.h"

namespace sc::tests {

using namespace sc::models;

qint64 addMailbox(const QSqlDatabase& db, const QString& name)
{
    MailAccount account;
    account.displayName = name;
    account.email = QStringLiteral("dana@kestrel-labs.example");
    account.imapHost = account.smtpHost = QStringLiteral("127.0.0.1");
    account.username = account.email;
    return MailAccountRepository(db).add(account, 1);
}

qint64 addHarborProspect(const QSqlDatabase& db)
{
    Company c;
    c.name = QStringLiteral("Harbor Foods");
    c.domain = QStringLiteral("harbor-foods.example");
    c.industry = QStringLiteral("Food distribution");
    c.city = QStringLiteral("Lyon");
    c.country = QStringLiteral("FR");
    const qint64 companyId = CompanyRepository(db).create(c, 1);
    CompanyResearchRepository(db).store(companyId,
                                        {{QStringLiteral("description"), QStringLiteral("Fresh food for restaurants"),
                                          QStringLiteral("https://harbor-foods.example/"), 1}},
                                        1);
    Prospect p;
    p.firstName = QStringLiteral("Avery");
    p.lastName = QStringLiteral("Quinn");
    p.companyId = companyId;
    p.email = QStringLiteral("avery@harbor-foods.example");
    return ProspectRepository(db).insertProspect(p, 1);
}

QList<qint64> addProspects(const QSqlDatabase& db, int count)
{
    QList<qint64> ids;
    Transaction transaction(db);
    CompanyRepository companies(db);
    ProspectRepository prospects(db);
    for (int i = 0; i < count; ++i) {
        Prospect p;
        p.firstName = i % 10 == 0 ? QString() : QStringLiteral("First%1").arg(i);
        p.lastName = QStringLiteral("Last%1").arg(i);
        p.title = i % 3 == 0 ? QString() : QStringLiteral("Head of Sales");
        p.email = QStringLiteral("p%1@company%2.example").arg(i).arg(i % 100);
        p.companyId = companies.findOrCreate(QStringLiteral("Company %1").arg(i % 100),
                                             QStringLiteral("company%1.example").arg(i % 100), {}, 1);
        ids.append(prospects.insertProspect(p, 1));
    }
    transaction.commit();
    return ids;
}

} // namespace sc::tests
