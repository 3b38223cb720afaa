#include "FillFormCommand.h"

#include "agents/formfiller/FormFiller.h"
#include "app/cli/Cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sc::app::cli {

FillFormCommand::FillFormCommand()
    : Command(QStringLiteral("fill-form"),
              tr("find the site's contact form, fill it and send it (never past a CAPTCHA)"))
{
    addUsage(
        {.arguments = QStringLiteral("URL"),
         .description = description(),
         .options
         = QList<CommandOption> {{{QStringLiteral("sender"),
                                   tr("The rep's details (JSON: first_name, last_name, email, phone, "
                                      "company, job_title, website, country, subject, message)"),
                                   QStringLiteral("PROFILE.json")},
                                  true},
                                 {{QStringLiteral("message"), tr("The message, instead of the profile's"),
                                   QStringLiteral("TEXT")}},
                                 {{QStringLiteral("dry-run"), tr("Find and fill the form, but do not send it")}},
                                 {{QStringLiteral("screenshot"), tr("Save the page as it ends (PNG)"),
                                   QStringLiteral("FILE.png")}},
                                 {{QStringLiteral("tick-consent"), tr("Tick the consent boxes the form requires")}}}
             + siteOptions()});
    setNotes(tr("Exit codes: 0 sent or dry run, 3 CAPTCHA, 4 no form, 5 robots.txt, 1 failed."));
}

int FillFormCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString parseError;
    if (!parse(parser, arguments, &parseError)) {
        return cli.usage(parseError);
    }
    const QStringList targets = parser.positionalArguments();
    if (targets.size() != 1) {
        return cli.usage(tr("fill-form needs one web address"));
    }
    QUrl url = QUrl::fromUserInput(targets.first());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return cli.usage(tr("%1 is not a web address").arg(targets.first()));
    }
    if (!parser.isSet(QStringLiteral("sender"))) {
        return cli.usage(tr("fill-form needs --sender PROFILE.json"));
    }
    QFile file(parser.value(QStringLiteral("sender")));
    if (!file.open(QIODevice::ReadOnly)) {
        return cli.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return cli.fail(tr("%1 is not a JSON object: %2").arg(file.fileName(), error.errorString()));
    }
    agents::formfiller::FormFiller::Options options;
    options.sender = agents::formfiller::SenderProfile::fromJson(document.object());
    if (parser.isSet(QStringLiteral("message"))) {
        options.sender.message = parser.value(QStringLiteral("message"));
    }
    if (const QStringList missing = options.sender.missing(); !missing.isEmpty()) {
        return cli.usage(tr("the sender profile lacks: %1").arg(missing.join(QStringLiteral(", "))));
    }
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.tickConsent = parser.isSet(QStringLiteral("tick-consent"));
    options.connectTo = parser.values(QStringLiteral("connect-to"));
    options.allowLocalNetwork = parser.isSet(QStringLiteral("allow-local"));
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    options.screenshot = !screenshot.isEmpty();
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        options.pageTimeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || options.pageTimeoutMs < 500) {
            return cli.usage(tr("--timeout-ms must be a number of milliseconds, 500 or more"));
        }
    }
    auto* filler = new agents::formfiller::FormFiller(nullptr, &cli);
    if (!cli.json()) {
        QObject::connect(filler, &agents::formfiller::FormFiller::progress, &cli,
                         [&cli](const QString& step) { cli.print(step); });
    }
    QObject::connect(filler, &agents::formfiller::FormFiller::finished, &cli,
                     [&cli, screenshot](const agents::formfiller::FormFiller::Result& result) {
                         QString saved;
                         if (!screenshot.isEmpty()) {
                             if (result.screenshot.isNull() || !result.screenshot.save(screenshot, "PNG")) {
                                 saved = tr("the screenshot could not be saved to %1").arg(screenshot);
                             }
                         }
                         if (cli.json()) {
                             QJsonObject json = result.toJson();
                             if (!saved.isEmpty()) {
                                 json.insert(QStringLiteral("screenshot_error"), saved);
                             }
                             cli.printJson(json);
                         } else {
                             for (const auto& f : result.fields) {
                                 cli.print(
                                     QStringLiteral("  %1 %2 = %3%4")
                                         .arg(f.kind, -14)
                                         .arg(f.name, f.filled ? f.value : tr("(left empty)"),
                                              f.note.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(f.note)));
                             }
                             cli.print(tr("Status: %1").arg(result.status));
                             if (!result.formUrl.isEmpty()) {
                                 cli.print(tr("Form: %1").arg(result.formUrl));
                             }
                             if (!result.confirmation.isEmpty()) {
                                 cli.print(tr("The site said: %1").arg(result.confirmation));
                             }
                             if (!result.error.isEmpty()) {
                                 cli.print(result.error);
                             }
                             if (!saved.isEmpty()) {
                                 cli.print(saved);
                             }
                         }
                         const QString& s = result.status;
                         cli.finish(s == QLatin1String("submitted") || s == QLatin1String("dry_run") ? 0
                                        : s == QLatin1String("captcha")                              ? 3
                                        : s == QLatin1String("no_form")                              ? 4
                                        : s == QLatin1String("blocked")                              ? 5
                                                                                                     : 1);
                     });
    filler->start(url, options);
    return Cli::Pending;
}

} // namespace sc::app::cli
