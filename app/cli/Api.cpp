// sales-copilot-cli serve / api-keys: the local REST API, headless.
#include "Cli.h"
#include "app/Application.h"
#include "app/SecretStore.h"
#include "app/api/ApiServer.h"
#include "app/api/SigningKey.h"
#include "models/Clock.h"
#include "models/repositories/ApiKeyRepository.h"
#include "models/store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>

namespace sc::app {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int Cli::cmdApiKeys(const QStringList& args)
{
    const QString sub = args.value(0);
    if (!openWorkspace()) {
        return 1;
    }
    models::ApiKeyRepository keys(m_workspace->connection());
    const qint64 now = Clock::instance().nowMs();
    try {
        if (sub == QLatin1String("create")) {
            QCommandLineParser parser;
            parser.addOption({QStringLiteral("scopes"), tr("read, write and/or approve, comma-separated"),
                              QStringLiteral("LIST"), QStringLiteral("read")});
            if (!parser.parse(QStringList {QStringLiteral("api-keys")} + args.mid(1))
                || parser.positionalArguments().size() != 1) {
                return usage(tr("api-keys create NAME --scopes read,write,approve"));
            }
            QString problem;
            const auto created
                = keys.create(parser.positionalArguments().first(),
                              parser.value(QStringLiteral("scopes")).split(QLatin1Char(',')), now, &problem);
            if (!created) {
                return usage(problem);
            }
            if (m_json) {
                printJson(QJsonObject {{QStringLiteral("client_id"), created->key.clientId},
                                       {QStringLiteral("client_secret"), created->secret},
                                       {QStringLiteral("scopes"), QJsonArray::fromStringList(created->key.scopes)}});
            } else {
                print(tr("client_id: %1").arg(created->key.clientId));
                print(tr("client_secret: %1").arg(created->secret));
                print(tr("scopes: %1").arg(created->key.scopes.join(QLatin1Char(' '))));
                print(tr("The secret is shown once: keep it now."));
            }
            return 0;
        }
        if (sub == QLatin1String("list")) {
            QJsonArray list;
            for (const models::ApiKey& k : keys.list()) {
                list.append(QJsonObject {{QStringLiteral("id"), k.id},
                                         {QStringLiteral("client_id"), k.clientId},
                                         {QStringLiteral("name"), k.name},
                                         {QStringLiteral("scopes"), QJsonArray::fromStringList(k.scopes)},
                                         {QStringLiteral("created_at"), k.createdAt},
                                         {QStringLiteral("revoked"), k.revoked()}});
                if (!m_json) {
                    print(QStringLiteral("%1  %2  %3  %4%5")
                              .arg(k.id)
                              .arg(k.clientId, k.name, k.scopes.join(QLatin1Char(',')),
                                   k.revoked() ? tr("  (revoked)") : QString()));
                }
            }
            if (m_json) {
                printJson(list);
            }
            return 0;
        }
        if (sub == QLatin1String("revoke")) {
            bool ok = false;
            const qint64 id = args.value(1).toLongLong(&ok);
            if (!ok) {
                return usage(tr("api-keys revoke ID"));
            }
            if (!keys.revoke(id, now)) {
                return fail(tr("no active API key %1").arg(id));
            }
            print(tr("API key %1 revoked: its tokens stop working now.").arg(id));
            return 0;
        }
    } catch (const models::StoreError& error) {
        return fail(error.message());
    }
    return usage(tr("api-keys create NAME --scopes LIST | api-keys list | api-keys revoke ID"));
}

int Cli::cmdServe(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), tr("Port to listen on (0: any free port)"), QStringLiteral("P"),
                      QStringLiteral("8765")});
    parser.addOption(
        {QStringLiteral("bind"), tr("Address to listen on"), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("rate"), tr("Requests per second per client (0: no limit)"), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("burst"), tr("Burst per client"), QStringLiteral("M"), QStringLiteral("40")});
    if (!parser.parse(QStringList {QStringLiteral("serve")} + args) || !parser.positionalArguments().isEmpty()) {
        return usage(parser.errorText().isEmpty() ? tr("serve takes options only") : parser.errorText());
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
        return usage(tr("--port, --rate and --burst take numbers (port 0-65535, rate >= 0, burst >= 1)"));
    }
    if (!openWorkspace()) {
        return 1;
    }
    auto run = [this, settings](const QByteArray& key) {
        auto server = std::make_shared<api::ApiServer>(*m_workspace, key, settings);
        QString error;
        if (!server->start(&error)) {
            finish(fail(error));
            return;
        }
        // SIGTERM / SIGINT: stop accepting, finish what is in flight, exit 0.
        if (::pipe(g_signalPipe) != 0) {
            finish(fail(QStringLiteral("cannot watch for signals")));
            return;
        }
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, server, notifier] {
            notifier->setEnabled(false);
            server->stop();
            print(tr("Stopped."));
            finish(0);
        });
        const QString url = server->url();
        if (m_json) {
            // One line, so a script can read it as soon as the server listens.
            QJsonObject line {{QStringLiteral("listening"), url}, {QStringLiteral("port"), server->port()}};
            if (server->tls()) {
                line.insert(QStringLiteral("tls_sha256"), server->tlsFingerprint());
            }
            print(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        } else {
            print(tr("Listening on %1 (Ctrl+C to stop)").arg(url));
            if (server->tls()) {
                print(tr("Certificate SHA-256 (pin it in your client): %1").arg(server->tlsFingerprint()));
            }
        }
    };
    m_secrets = new SecretStore(Application::secretScope(*m_workspace), this);
    api::obtainSigningKey(m_secrets, this, [this, run](const QByteArray& key, const QString& error) {
        if (key.isEmpty()) {
            finish(fail(error));
            return;
        }
        run(key);
    });
    return Pending;
}

} // namespace sc::app
