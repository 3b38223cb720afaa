#include "EnrichCommand.h"

#include "agents/research/ResearchAgent.h"
#include "agents/research/SiteResearch.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/CompanyRepository.h"
#include "models/repositories/CompanyResearchRepository.h"

#include <QJsonArray>
#include <QTextStream>

namespace sc::app::cli {

EnrichCommand::EnrichCommand()
    : Command(QStringLiteral("enrich"), tr("what the company's own website says"))
{
    addUsage({.arguments = QStringLiteral("DOMAIN|URL"),
              .description = description(),
              .options = QList<CommandOption> {{{QStringLiteral("save"),
                                                 tr("Keep what was found in the workspace (the company's facts)")}},
                                               {{QStringLiteral("delay-ms"),
                                                 tr("Wait at least this long between two requests to the site"),
                                                 QStringLiteral("MS")}}}
                  + siteOptions()});
}

int EnrichCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    const QStringList targets = parser.positionalArguments();
    if (targets.size() != 1) {
        return cli.usage(tr("enrich needs one domain or web address"));
    }
    agents::research::SiteResearch::Settings settings;
    bool ok = true;
    if (parser.isSet(QStringLiteral("delay-ms"))) {
        settings.delayMs = parser.value(QStringLiteral("delay-ms")).toInt(&ok);
        if (!ok || settings.delayMs < 0) {
            return cli.usage(tr("--delay-ms must be a number of milliseconds"));
        }
    }
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        settings.http.timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || settings.http.timeoutMs < 100) {
            return cli.usage(tr("--timeout-ms must be a number of milliseconds, 100 or more"));
        }
        settings.http.connectTimeoutMs = std::min(settings.http.connectTimeoutMs, settings.http.timeoutMs);
    }
    settings.http.connectTo = parser.values(QStringLiteral("connect-to"));
    settings.http.allowLocalNetwork = parser.isSet(QStringLiteral("allow-local"));
    agents::research::SiteResearch research(settings);
    const agents::research::SiteResearch::Result result = research.run(targets.first());
    if (!result.ok) {
        return cli.fail(result.error);
    }
    const agents::research::CompanyFacts& f = result.facts;
    qint64 companyId = 0;
    if (parser.isSet(QStringLiteral("save"))) {
        if (!cli.openWorkspace()) {
            return 1;
        }
        const qint64 now = Clock::instance().nowMs();
        models::CompanyResearchRepository companies(cli.workspace().connection());
        companyId = models::CompanyRepository(cli.workspace().connection()).forDomain(f.domain, now);
        companies.store(companyId, agents::research::ResearchAgent::storedFacts(f, now), now);
    }
    if (cli.json()) {
        QJsonObject json = f.toJson();
        if (companyId > 0) {
            json.insert(QStringLiteral("company"), companyId);
        }
        json.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped));
        cli.printJson(json);
        return 0;
    }
    auto line = [&cli](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            cli.print(QStringLiteral("%1: %2").arg(label, value));
        }
    };
    line(tr("Company"), f.name);
    line(tr("Description"), f.description);
    line(tr("Language"), f.language);
    line(tr("Country"), f.country);
    line(tr("Address"), f.address);
    line(tr("Phones"), f.phones.join(QStringLiteral(", ")));
    line(tr("Emails"), f.emails.join(QStringLiteral(", ")));
    QStringList social;
    for (auto it = f.social.cbegin(); it != f.social.cend(); ++it) {
        social.append(it.value());
    }
    line(tr("Profiles"), social.join(QStringLiteral(", ")));
    line(tr("Technologies"), f.technologies.join(QStringLiteral(", ")));
    line(tr("Size"), f.sizeHint.isEmpty() ? QString() : tr("%1 employees").arg(f.sizeHint));
    line(tr("Read"), f.sources.join(QStringLiteral(", ")));
    for (const QString& skipped : result.skipped) {
        QTextStream(stderr) << tr("skipped %1").arg(skipped) << "\n";
    }
    return 0;
}

} // namespace sc::app::cli
