#include "ProvidersCommand.h"

#include "agents/conversation/ProviderSetup.h"
#include "app/cli/Cli.h"
#include "app/cli/ProviderKey.h"
#include "models/Clock.h"
#include "models/repositories/LlmRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace sc::app::cli {

using agents::conversation::ProviderSetup;
using models::LlmRepository;

ProvidersCommand::ProvidersCommand()
    : Command(QStringLiteral("providers"), tr("the AI model providers drafts are written with"))
{
    constexpr auto longDashes = QCommandLineParser::ParseAsLongOptions;
    addUsage(
        {.subcommand = QStringLiteral("add"),
         .arguments = QStringLiteral("NAME"),
         .description = tr("add a provider (or change the one of that name)"),
         .options
         = {{{QStringLiteral("kind"), tr("anthropic, openai or openai-compatible"), QStringLiteral("K")}, true},
            {{QStringLiteral("model"), tr("The model drafts are written with"), QStringLiteral("M")}, true},
            {{QStringLiteral("base-url"),
              tr("The server (required for openai-compatible, e.g. http://localhost:11434/v1)"),
              QStringLiteral("URL")}},
            {{QStringLiteral("embedding-model"),
              tr("The model of the knowledge base's embeddings (none: keyword search alone)"), QStringLiteral("M")}}},
         .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("use"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("write drafts with this provider"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("list"), .description = tr("show the providers"), .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("test"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("send a one-line request and say whether the provider answers"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("remove"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("forget a provider (its key stays in the keychain until secrets delete)"),
              .dashes = longDashes});
    addUsage({.subcommand = QStringLiteral("price"),
              .arguments = QStringLiteral("[MODEL INPUT OUTPUT]"),
              .description = tr("show the prices per million tokens, or set one model's (US dollars)"),
              .dashes = longDashes});
    setNotes(tr("Keys are never stored in the workspace: save one with `secrets set llm-NAME` (read from standard "
                "input), or set SALES_COPILOT_SECRET_NAME where no keychain is reachable."));
}

int ProvidersCommand::run(Cli& cli, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (!usage(sub)) {
        return cli.usage(tr("providers needs: add NAME, use NAME, list, test NAME, remove NAME or price"));
    }
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments.mid(1), &error, sub)) {
        return cli.usage(error);
    }
    const QStringList values = parser.positionalArguments();
    const bool takesName = sub != QLatin1String("list") && sub != QLatin1String("price");
    if ((takesName && values.size() != 1) || (sub == QLatin1String("list") && !values.isEmpty())
        || (sub == QLatin1String("price") && !values.isEmpty() && values.size() != 3)) {
        return cli.usage(tr("providers needs: add NAME, use NAME, list, test NAME, remove NAME or price"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    LlmRepository llm(cli.workspace().connection());
    if (sub == QLatin1String("add")) {
        return add(cli, parser, values.first());
    }
    if (sub == QLatin1String("list")) {
        return list(cli);
    }
    if (sub == QLatin1String("test")) {
        return test(cli, values.first());
    }
    if (sub == QLatin1String("price")) {
        return price(cli, values);
    }
    if (!llm.provider(values.first())) {
        return cli.fail(tr("no provider named \"%1\" (providers list shows them)").arg(values.first()));
    }
    if (sub == QLatin1String("use")) {
        llm.setActiveProvider(llm.provider(values.first())->name);
        cli.print(tr("drafts are now written with %1").arg(values.first()));
        return 0;
    }
    llm.removeProvider(values.first());
    cli.print(tr("provider %1 removed").arg(values.first()));
    return 0;
}

int ProvidersCommand::add(Cli& cli, const QCommandLineParser& parser, const QString& name)
{
    LlmRepository::Provider p;
    p.name = name;
    p.kind = parser.value(QStringLiteral("kind"));
    p.model = parser.value(QStringLiteral("model"));
    p.baseUrl = parser.value(QStringLiteral("base-url"));
    p.embeddingModel = parser.value(QStringLiteral("embedding-model"));
    LlmRepository llm(cli.workspace().connection());
    QString problem;
    const qint64 id = llm.saveProvider(p, Clock::instance().nowMs(), &problem);
    if (id == 0) {
        return cli.fail(problem);
    }
    // The first provider is the one drafts use; a later one waits for `providers use`.
    if (llm.providers().size() == 1) {
        llm.setActiveProvider(name);
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("id"), id},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("secret"), LlmRepository::secretKey(name)},
                                   {QStringLiteral("environment"), LlmRepository::secretEnvironmentName(name)}});
        return 0;
    }
    cli.print(tr("provider %1 saved (%2, %3)").arg(name, p.kind, p.model));
    if (ProviderSetup::needsKey(p)) {
        cli.print(tr("save its key with: sales-copilot-cli secrets set %1 (or set %2)")
                      .arg(LlmRepository::secretKey(name), LlmRepository::secretEnvironmentName(name)));
    }
    return 0;
}

int ProvidersCommand::list(Cli& cli)
{
    LlmRepository llm(cli.workspace().connection());
    const auto active = llm.activeProvider();
    QJsonArray array;
    for (const auto& p : llm.providers()) {
        const bool isActive = active && active->id == p.id;
        QString key = QStringLiteral("keychain");
        if (!ProviderSetup::needsKey(p)) {
            key = QStringLiteral("none needed");
        } else if (ProviderSetup::keyFromEnvironment(p)) {
            key = QStringLiteral("environment");
        }
        if (cli.json()) {
            array.append(QJsonObject {{QStringLiteral("name"), p.name},
                                      {QStringLiteral("kind"), p.kind},
                                      {QStringLiteral("base_url"), p.baseUrl},
                                      {QStringLiteral("model"), p.model},
                                      {QStringLiteral("embedding_model"), p.embeddingModel},
                                      {QStringLiteral("active"), isActive},
                                      {QStringLiteral("key"), key}});
        } else {
            cli.print(QStringLiteral("%1 %2  %3  %4  %5")
                          .arg(isActive ? QLatin1Char('*') : QLatin1Char(' '))
                          .arg(p.name, -16)
                          .arg(p.kind, -17)
                          .arg(p.model, -24)
                          .arg(p.baseUrl.isEmpty() ? tr("(public API)") : p.baseUrl));
        }
    }
    if (cli.json()) {
        cli.printJson(array);
    } else if (array.isEmpty() && llm.providers().isEmpty()) {
        cli.print(tr("no provider yet: drafts come from templates (providers add NAME --kind … --model …)"));
    }
    return 0;
}

int ProvidersCommand::test(Cli& cli, const QString& name)
{
    const std::optional<LlmRepository::Provider> provider = LlmRepository(cli.workspace().connection()).provider(name);
    if (!provider) {
        return cli.fail(tr("no provider named \"%1\" (providers list shows them)").arg(name));
    }
    return ProviderKey::with(cli, provider, [&cli, provider](const QString& key, const QString& problem) {
        if (!problem.isEmpty()) {
            return cli.fail(problem);
        }
        agents::conversation::CompletionRequest request;
        request.model = provider->model;
        request.maxTokens = 16;
        request.temperature = 0;
        request.system = QStringLiteral("You answer with one word.");
        request.messages.push_back({agents::conversation::ChatMessage::Role::User, QStringLiteral("Say OK.")});
        QElapsedTimer timer;
        timer.start();
        const auto result = ProviderSetup::make(*provider, key)->complete(request, {});
        const qint64 ms = timer.elapsed();
        LlmRepository llm(cli.workspace().connection());
        const double cost = llm.record({provider->name, provider->model, QStringLiteral("test"), 0,
                                        result.usage.inputTokens, result.usage.outputTokens},
                                       Clock::instance().nowMs());
        if (cli.json()) {
            QJsonObject o {{QStringLiteral("name"), provider->name},
                           {QStringLiteral("model"), provider->model},
                           {QStringLiteral("ok"), result.ok()},
                           {QStringLiteral("latency_ms"), ms},
                           {QStringLiteral("attempts"), result.attempts},
                           {QStringLiteral("tokens"),
                            QJsonObject {{QStringLiteral("input"), result.usage.inputTokens},
                                         {QStringLiteral("output"), result.usage.outputTokens}}},
                           {QStringLiteral("cost"), cost}};
            if (!result.ok()) {
                o.insert(QStringLiteral("error"), agents::conversation::errorKindName(result.error));
                o.insert(QStringLiteral("message"), result.message);
            } else {
                o.insert(QStringLiteral("answer"), result.text.trimmed());
            }
            cli.printJson(o);
            return result.ok() ? 0 : 1;
        }
        if (!result.ok()) {
            return cli.fail(tr("%1 does not answer: %2").arg(provider->name, result.message));
        }
        cli.print(
            tr("%1 answers (%2, %3 ms): %4").arg(provider->name, provider->model).arg(ms).arg(result.text.trimmed()));
        return 0;
    });
}

int ProvidersCommand::price(Cli& cli, const QStringList& values)
{
    LlmRepository llm(cli.workspace().connection());
    if (!values.isEmpty()) {
        bool okIn = false;
        bool okOut = false;
        const double in = values.at(1).toDouble(&okIn);
        const double out = values.at(2).toDouble(&okOut);
        if (!okIn || !okOut || in < 0 || out < 0) {
            return cli.usage(tr("providers price MODEL INPUT OUTPUT: dollars per million tokens, e.g. 3 15"));
        }
        llm.setPrice({values.first(), in, out});
    }
    QJsonArray array;
    for (const auto& p : llm.prices()) {
        if (cli.json()) {
            array.append(QJsonObject {{QStringLiteral("model"), p.model},
                                      {QStringLiteral("input_per_mtok"), p.inputPerMTok},
                                      {QStringLiteral("output_per_mtok"), p.outputPerMTok}});
        } else {
            cli.print(QStringLiteral("%1  %2  %3")
                          .arg(p.model, -28)
                          .arg(p.inputPerMTok, 8, 'f', 2)
                          .arg(p.outputPerMTok, 8, 'f', 2));
        }
    }
    if (cli.json()) {
        cli.printJson(array);
    }
    return 0;
}

} // namespace sc::app::cli
