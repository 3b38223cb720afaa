#include "ServeCommand.h"

#include "app/SecretStore.h"
#include "app/api/ApiServer.h"
#include "app/api/SigningKey.h"
#include "app/cli/Cli.h"
#include "models/settings/SettingKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <csignal>
#include <memory>
#include <unistd.h>

namespace sc::app::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

ServeCommand::ServeCommand()
    : Command(QStringLiteral("serve"), tr("the local REST API until SIGTERM/SIGINT"))
{
    addUsage({.description = description(),
              .options = {{{QStringLiteral("port"), tr("Port to listen on (0: any free port)"), QStringLiteral("P"),
                            models::SettingKeys::defaultValue(models::Setting::ApiPort)}},
                          {{QStringLiteral("bind"), tr("Address to listen on"), QStringLiteral("ADDR"),
                            models::SettingKeys::defaultValue(models::Setting::ApiBind)}},
                          {{QStringLiteral("rate"), tr("Requests per second per client (0: no limit)"),
                            QStringLiteral("N"), models::SettingKeys::defaultValue(models::Setting::ApiRate)}},
                          {{QStringLiteral("burst"), tr("Burst per client"), QStringLiteral("M"),
                            models::SettingKeys::defaultValue(models::Setting::ApiBurst)}}}});
}

int ServeCommand::run(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error) || !parser.positionalArguments().isEmpty()) {
        return cli.usage(error.isEmpty() ? tr("serve takes options only") : error);
    }
    api::ApiServer::Settings settings;
    bool ok = true;
    bool all = true;
    settings.bind = parser.value(QStringLiteral("bind"));
    settings.port = parser.value(QStringLiteral("port")).toInt(&ok);
    all = all && ok && settings.port >= 0 && settings.port < 65536;
    settings.rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
    all = all && ok && settings.rate >= 0;
    settings.burst = parser.value(QStringLiteral("burst")).toDouble(&ok);
    all = all && ok && settings.burst >= 1;
    if (!all) {
        return cli.usage(tr("--port, --rate and --burst take numbers (port 0-65535, rate >= 0, burst >= 1)"));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    auto serve = [&cli, settings](const QByteArray& key) {
        auto server = std::make_shared<api::ApiServer>(cli.workspace(), key, settings);
        QString startError;
        if (!server->start(&startError)) {
            cli.finish(cli.fail(startError));
            return;
        }
        // SIGTERM / SIGINT: stop accepting, finish what is in flight, exit 0.
        if (::pipe(g_signalPipe) != 0) {
            cli.finish(cli.fail(QStringLiteral("cannot watch for signals")));
            return;
        }
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &cli);
        QObject::connect(notifier, &QSocketNotifier::activated, &cli, [&cli, server, notifier] {
            notifier->setEnabled(false);
            server->stop();
            cli.print(tr("Stopped."));
            cli.finish(0);
        });
        const QString url = server->url();
        if (cli.json()) {
            // One line, so a script can read it as soon as the server listens.
            QJsonObject line {{QStringLiteral("listening"), url}, {QStringLiteral("port"), server->port()}};
            if (server->tls()) {
                line.insert(QStringLiteral("tls_sha256"), server->tlsFingerprint());
            }
            cli.print(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        } else {
            cli.print(tr("Listening on %1 (Ctrl+C to stop)").arg(url));
            if (server->tls()) {
                cli.print(tr("Certificate SHA-256 (pin it in your client): %1").arg(server->tlsFingerprint()));
            }
        }
    };
    api::obtainSigningKey(&cli.secrets(), &cli, [&cli, serve](const QByteArray& key, const QString& keyError) {
        if (key.isEmpty()) {
            cli.finish(cli.fail(keyError));
            return;
        }
        serve(key);
    });
    return Cli::Pending;
}

} // namespace sc::app::cli
