#include "EmailCommand.h"

#include "agents/research/EmailFinder.h"
#include "app/cli/Cli.h"
#include "models/repositories/CompanyResearchRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

namespace {

QJsonObject verdictJson(const agents::research::EmailFinder::Verdict& v)
{
    return {{QStringLiteral("address"), v.address},    {QStringLiteral("status"), v.status},
            {QStringLiteral("reason"), v.reason},      {QStringLiteral("role"), v.role},
            {QStringLiteral("free_mail"), v.freeMail}, {QStringLiteral("pattern"), v.pattern}};
}

} // namespace

EmailCommand::EmailCommand()
    : Command(QStringLiteral("email"), tr("find and verify business email addresses"))
{
    const CommandOption first {{QStringLiteral("first"), tr("First name"), QStringLiteral("NAME")}};
    const CommandOption last {{QStringLiteral("last"), tr("Last name"), QStringLiteral("NAME")}};
    const CommandOption dns {{QStringLiteral("dns"), tr("Ask this DNS server (an IP address) instead of the system's"),
                              QStringLiteral("IP")}};
    addUsage({.subcommand = QStringLiteral("find"),
              .description = tr("candidate addresses and how sure (MX, the domain's pattern; no SMTP probe)"),
              .options = {{first.option, true},
                          last,
                          {{QStringLiteral("domain"), tr("The company's domain"), QStringLiteral("DOMAIN")}, true},
                          dns}});
    addUsage({.subcommand = QStringLiteral("verify"),
              .arguments = QStringLiteral("ADDRESS"),
              .description = tr("how sure an address is (MX, the domain's pattern; no SMTP probe)"),
              .options = {first, last, dns}});
}

int EmailCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    // Both subcommands are read with one parser, as they always have been.
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error)) {
        return cli.usage(error);
    }
    QHostAddress nameserver;
    if (parser.isSet(QStringLiteral("dns")) && !nameserver.setAddress(parser.value(QStringLiteral("dns")))) {
        return cli.usage(tr("--dns must be an IP address"));
    }
    const QString first = parser.value(QStringLiteral("first"));
    const QString last = parser.value(QStringLiteral("last"));
    QString domain = parser.value(QStringLiteral("domain")).toLower();
    QStringList addresses;
    if (sub == QLatin1String("verify")) {
        if (parser.positionalArguments().size() != 1) {
            return cli.usage(tr("email verify needs one address"));
        }
        addresses = parser.positionalArguments();
        domain = addresses.first().section(QLatin1Char('@'), 1).toLower();
    } else if (sub != QLatin1String("find") || first.isEmpty() || domain.isEmpty()) {
        return cli.usage(tr("email needs: find --first NAME [--last NAME] --domain DOMAIN, or verify ADDRESS"));
    }
    // What the workspace knows about the domain: its people's addresses, published ones, senders.
    QList<agents::research::EmailFinder::Known> known;
    QStringList proof;
    if (cli.openWorkspace()) {
        const models::CompanyResearchRepository repo(cli.workspace().connection());
        const QList<models::CompanyResearchRepository::Person> people = repo.peopleAt(domain);
        for (const auto& p : people) {
            known.append({p.first, p.last, p.email});
        }
        proof = repo.publishedOrSeenAt(domain);
    } else {
        return 1;
    }
    int support = 0;
    const QString learned = agents::research::EmailFinder::learnPattern(known, &support);
    if (sub == QLatin1String("find")) {
        addresses = agents::research::EmailFinder::candidates(first, last, domain, learned);
    }
    QStringList hosts;
    QString dnsError;
    const agents::research::MxChecker::Answer mx
        = agents::research::MxChecker(nameserver).check(domain, &hosts, &dnsError);

    QJsonArray results;
    for (const QString& address : std::as_const(addresses)) {
        const agents::research::EmailFinder::Verdict v
            = agents::research::verifyEmail(address, first, last, mx, learned, support, proof);
        results.append(verdictJson(v));
        if (!cli.json()) {
            cli.print(QStringLiteral("%1  %2  %3").arg(v.address, v.status, v.reason));
        }
    }
    if (cli.json()) {
        cli.printJson(sub == QLatin1String("verify")
                          ? QJsonValue(results.first())
                          : QJsonValue(QJsonObject {{QStringLiteral("domain"), domain},
                                                    {QStringLiteral("pattern"), learned},
                                                    {QStringLiteral("mx"), QJsonArray::fromStringList(hosts)},
                                                    {QStringLiteral("candidates"), results}}));
    }
    return 0;
}

} // namespace sc::app::cli
