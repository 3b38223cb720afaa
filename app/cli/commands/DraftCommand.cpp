#include "DraftCommand.h"

#include "agents/conversation/ProviderSetup.h"
#include "agents/conversation/drafting/Drafter.h"
#include "app/cli/Cli.h"
#include "app/cli/ProviderKey.h"
#include "models/Clock.h"
#include "models/repositories/LlmRepository.h"
#include "models/store/StoreError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace sc::app::cli {

using agents::conversation::Drafter;
using agents::conversation::ProviderSetup;

namespace {

QJsonObject toJson(const Drafter::Outcome& outcome)
{
    const models::Draft& d = outcome.draft;
    QJsonArray sources;
    for (const auto& s : d.sources) {
        sources.append(QJsonObject {{QStringLiteral("document"), s.document},
                                    {QStringLiteral("chunk"), s.chunk},
                                    {QStringLiteral("score"), s.score}});
    }
    QJsonArray flags;
    for (const auto& f : d.flags) {
        flags.append(QJsonObject {{QStringLiteral("kind"), f.kind}, {QStringLiteral("text"), f.text}});
    }
    const auto orNull = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonObject o {{QStringLiteral("id"), d.id},
                   {QStringLiteral("prospect"), d.prospectId},
                   {QStringLiteral("kind"), d.kind},
                   {QStringLiteral("to"), d.toAddress},
                   {QStringLiteral("subject"), d.subject},
                   {QStringLiteral("body"), d.body},
                   {QStringLiteral("language"), d.language},
                   {QStringLiteral("template"), orNull(d.templateName)},
                   {QStringLiteral("provider"), orNull(d.provider)},
                   {QStringLiteral("model"), orNull(d.model)},
                   {QStringLiteral("sources"), sources},
                   {QStringLiteral("tokens"),
                    QJsonObject {{QStringLiteral("input"), d.inputTokens}, {QStringLiteral("output"), d.outputTokens}}},
                   {QStringLiteral("cost"), d.cost},
                   {QStringLiteral("flags"), flags},
                   {QStringLiteral("rationale"), d.rationale}};
    if (!outcome.notice.isEmpty()) {
        o.insert(QStringLiteral("notice"), outcome.notice);
    }
    return o;
}

} // namespace

DraftCommand::DraftCommand()
    : Command(QStringLiteral("draft"), tr("write a draft for a prospect and put it in Approvals"))
{
    addUsage(
        {.options = {{{QStringLiteral("prospect"), tr("The prospect's id"), QStringLiteral("ID")}, true},
                     {{QStringLiteral("kind"), tr("first_touch, follow_up or reply"), QStringLiteral("KIND"),
                       QStringLiteral("first_touch")}},
                     {{QStringLiteral("template"), tr("Start from this template (default: the language's own)"),
                       QStringLiteral("NAME")}},
                     {{QStringLiteral("instruction"), tr("What the draft should do or say"), QStringLiteral("TEXT")}},
                     {{QStringLiteral("reply-to"), tr("The message a reply answers (default: the latest)"),
                       QStringLiteral("ID")}},
                     {{QStringLiteral("no-ai"), tr("From the template alone, even with a provider")}}},
         .dashes = QCommandLineParser::ParseAsLongOptions});
    setNotes(tr("With no provider (or with --no-ai, or past the monthly budget) the draft comes from a template. "
                "Exits with 1 when no draft was written (do-not-contact, unsubscribed, nothing to reply to)."));
}

int DraftCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error)) {
        return cli.usage(error);
    }
    bool ok = false;
    Drafter::Request request;
    request.prospectId = parser.value(QStringLiteral("prospect")).toLongLong(&ok);
    if (!ok || request.prospectId <= 0) {
        return cli.usage(tr("draft needs --prospect ID"));
    }
    request.kind = Drafter::kindFromName(parser.value(QStringLiteral("kind")));
    if (request.kind.isEmpty()) {
        return cli.usage(tr("--kind is first_touch, follow_up or reply"));
    }
    request.templateName = parser.value(QStringLiteral("template"));
    request.instruction = parser.value(QStringLiteral("instruction"));
    if (parser.isSet(QStringLiteral("reply-to"))) {
        request.replyTo = parser.value(QStringLiteral("reply-to")).toLongLong(&ok);
        if (!ok || request.replyTo <= 0) {
            return cli.usage(tr("--reply-to needs a message id"));
        }
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    const QSqlDatabase db = cli.workspace().connection();
    const std::optional<models::LlmRepository::Provider> provider
        = parser.isSet(QStringLiteral("no-ai")) ? std::nullopt : models::LlmRepository(db).activeProvider();
    const bool noAi = parser.isSet(QStringLiteral("no-ai"));
    return ProviderKey::with(
        cli, provider, [&cli, db, provider, request, noAi](const QString& key, const QString& problem) {
            try {
                Drafter drafter(db);
                if (provider && problem.isEmpty()) {
                    ProviderSetup::equip(drafter, *provider, key);
                } else if (provider) {
                    drafter.setNoModelReason(problem);
                }
                Drafter::Outcome outcome = drafter.draft(request, Clock::instance().nowMs());
                if (noAi) {
                    outcome.notice.clear(); // asked for: nothing to explain
                }
                if (!outcome.ok()) {
                    return cli.fail(outcome.refused);
                }
                if (cli.json()) {
                    cli.printJson(toJson(outcome));
                    return 0;
                }
                const models::Draft& d = outcome.draft;
                if (!outcome.notice.isEmpty()) {
                    QTextStream(stderr) << outcome.notice << "\n";
                }
                cli.print(tr("Draft %1 for %2 <%3> is in Approvals.").arg(d.id).arg(d.prospectName, d.toAddress));
                cli.print(tr("Subject: %1").arg(d.subject));
                cli.print(QString());
                cli.print(d.body);
                cli.print(QString());
                cli.print(d.rationale);
                if (!d.provider.isEmpty()) {
                    cli.print(tr("%1 / %2: %3 tokens in, %4 out, $%5")
                                  .arg(d.provider, d.model)
                                  .arg(d.inputTokens)
                                  .arg(d.outputTokens)
                                  .arg(d.cost, 0, 'f', 4));
                }
                for (const auto& s : d.sources) {
                    cli.print(tr("source: %1, chunk %2").arg(s.document).arg(s.chunk));
                }
                for (const auto& f : d.flags) {
                    cli.print(tr("check: %1 (%2)").arg(f.text, f.kind));
                }
                return 0;
            } catch (const models::StoreError& e) {
                return cli.fail(e.message());
            }
        });
}

} // namespace sc::app::cli
