#include "TemplatesCommand.h"

#include "agents/conversation/templates/TemplateVariables.h"
#include "app/cli/Cli.h"
#include "models/Clock.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/TemplateRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

using agents::conversation::TemplateRenderer;
using agents::conversation::TemplateVariables;

TemplatesCommand::TemplatesCommand()
    : Command(QStringLiteral("templates"), tr("the email template library"))
{
    constexpr auto longDashes = QCommandLineParser::ParseAsLongOptions;
    addUsage({.subcommand = QStringLiteral("list"),
              .description = tr("list the templates, every language variant"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("add"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("add a template, or another language variant of one"),
              .options
              = {{{QStringLiteral("category"),
                   tr("first_touch, follow_up, reply_question, meeting_confirmation or break_up"), QStringLiteral("C")},
                  true},
                 {{QStringLiteral("language"), tr("en or fr"), QStringLiteral("L"), QStringLiteral("en")}},
                 {{QStringLiteral("subject"), tr("The subject (Mustache)"), QStringLiteral("S")}, true},
                 {{QStringLiteral("body-file"), tr("A file holding the body (Mustache)"), QStringLiteral("F")}, true},
                 {{QStringLiteral("format"), tr("text (plain-text email) or html"), QStringLiteral("FORMAT"),
                   QStringLiteral("text")}}},
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("render"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("render a template for a prospect: subject, body, unresolved variables"),
              .options = {{{QStringLiteral("prospect"), tr("The prospect's id"), QStringLiteral("ID")}, true},
                          {{QStringLiteral("language"), tr("The variant (default: the prospect's language)"),
                            QStringLiteral("L")}}},
              .dashes = longDashes});
    setNotes(tr("render exits 0 even when variables are unresolved (they are listed); such a draft cannot be "
                "approved until they are filled in."));
}

int TemplatesCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    static const QStringList subs {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("render")};
    if (!subs.contains(sub)) {
        return cli.usage(tr("templates needs: list, add NAME or render NAME"));
    }
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error, sub)) {
        return cli.usage(error);
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() != (sub == QLatin1String("list") ? 0 : 1)) {
        return cli.usage(
            tr("templates %1 takes %2").arg(sub, sub == QLatin1String("list") ? tr("no argument") : tr("one NAME")));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    if (sub == QLatin1String("list")) {
        return list(cli);
    }
    return sub == QLatin1String("add") ? add(cli, parser, names.first()) : render(cli, parser, names.first());
}

int TemplatesCommand::list(Cli& cli)
{
    const QList<models::EmailTemplate> all = models::TemplateRepository(cli.workspace().connection()).list();
    if (cli.json()) {
        QJsonArray array;
        for (const models::EmailTemplate& t : all) {
            array.append(QJsonObject {{QStringLiteral("id"), t.id},
                                      {QStringLiteral("name"), t.name},
                                      {QStringLiteral("category"), t.category},
                                      {QStringLiteral("language"), t.language},
                                      {QStringLiteral("format"), t.format},
                                      {QStringLiteral("subject"), t.subject},
                                      {QStringLiteral("default"), t.isDefault}});
        }
        cli.printJson(array);
        return 0;
    }
    for (const models::EmailTemplate& t : all) {
        cli.print(QStringLiteral("%1  %2  %3  %4").arg(t.id, 4).arg(t.language).arg(t.category, -20).arg(t.name));
    }
    return 0;
}

int TemplatesCommand::add(Cli& cli, const QCommandLineParser& parser, const QString& name)
{
    for (const char* required : {"category", "subject", "body-file"}) {
        if (!parser.isSet(QLatin1String(required))) {
            return cli.usage(tr("templates add needs --%1").arg(QLatin1String(required)));
        }
    }
    QFile file(parser.value(QStringLiteral("body-file")));
    if (!file.open(QIODevice::ReadOnly)) {
        return cli.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    models::EmailTemplate t;
    t.name = name;
    t.category = parser.value(QStringLiteral("category"));
    t.language = parser.value(QStringLiteral("language"));
    t.format = parser.value(QStringLiteral("format"));
    t.subject = parser.value(QStringLiteral("subject"));
    t.body = QString::fromUtf8(file.readAll()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (t.body.endsWith(QLatin1Char('\n'))) {
        t.body.chop(1);
    }
    models::TemplateRepository templates(cli.workspace().connection());
    templates.seedDefaults(Clock::instance().nowMs()); // the shipped set first, so that it is not skipped later
    QString problem;
    const qint64 id = templates.create(t, Clock::instance().nowMs(), &problem);
    if (id == 0) {
        return cli.fail(problem);
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("id"), id}, {QStringLiteral("name"), t.name}, {QStringLiteral("language"), t.language}});
    } else {
        cli.print(tr("template %1 (%2) added").arg(t.name, t.language));
    }
    return 0;
}

int TemplatesCommand::render(Cli& cli, const QCommandLineParser& parser, const QString& name)
{
    bool okId = false;
    const qint64 prospectId = parser.value(QStringLiteral("prospect")).toLongLong(&okId);
    if (!okId || prospectId <= 0) {
        return cli.usage(tr("templates render needs --prospect ID"));
    }
    const QSqlDatabase db = cli.workspace().connection();
    const std::optional<models::Prospect> prospect = models::ProspectRepository(db).find(prospectId);
    if (!prospect) {
        return cli.fail(tr("no prospect %1").arg(prospectId));
    }
    const QString language
        = parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language")) : prospect->language;
    const std::optional<models::EmailTemplate> t = models::TemplateRepository(db).variant(name, language);
    if (!t) {
        return cli.fail(tr("no template named \"%1\" (templates list shows them)").arg(name));
    }
    const auto email = TemplateVariables::draft(db, *t, prospectId, TemplateVariables::sender(db));
    if (!email->error.isEmpty()) {
        return cli.fail(tr("template %1 (%2) does not parse: %3").arg(t->name, t->language, email->error));
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("template"), t->name},
                                   {QStringLiteral("language"), t->language},
                                   {QStringLiteral("prospect"), prospectId},
                                   {QStringLiteral("subject"), email->subject},
                                   {QStringLiteral("body"), email->body},
                                   {QStringLiteral("unresolved"), QJsonArray::fromStringList(email->unresolved)},
                                   {QStringLiteral("unknown"), QJsonArray::fromStringList(email->unknown)},
                                   {QStringLiteral("ready"), email->ready()}});
        return 0;
    }
    cli.print(tr("Subject: %1").arg(email->subject));
    cli.print(QString());
    cli.print(email->body);
    if (!email->unresolved.isEmpty()) {
        QStringList shown;
        for (const QString& n : std::as_const(email->unresolved)) {
            shown.append(email->unknown.contains(n) ? tr("{{%1}} (unknown variable)").arg(n)
                                                    : QStringLiteral("{{%1}}").arg(n));
        }
        cli.print(QString());
        cli.print(tr("Unresolved: %1 — this draft cannot be approved until they are filled in.")
                      .arg(shown.join(QStringLiteral(", "))));
        if (email->unresolved.contains(QLatin1String("sender_name"))) {
            cli.print(tr("Your name comes from your mailbox (accounts add) or the Form Filler's sender profile."));
        }
    }
    return 0;
}

} // namespace sc::app::cli
