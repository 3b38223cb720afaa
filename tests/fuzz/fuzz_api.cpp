// The local API as a client meets it: raw HTTP/1.1 bytes to a real server (libmicrohttpd and our
// routes) on 127.0.0.1, in this process, over a demo workspace; "@T@" in the input becomes a valid
// token of a key with every scope, so the routes behind authentication are reached too. An input
// starting with 'C' is a cursor, with 'J' a token (the checks the routes run on them, directly).
// Seeds: tests/fuzz/seeds/api (requests for every documented route).
#include "app/api/ApiCursor.h"
#include "app/api/ApiServer.h"
#include "app/api/ApiTokens.h"
#include "models/Clock.h"
#include "models/Workspace.h"
#include "models/demo/DemoGenerator.h"
#include "models/repositories/ApiKeyRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QByteArray SigningKey("fuzz-signing-key-0123456789abcdef0123456789");

struct Fixture
{
    QCoreApplication* app = nullptr; // never destroyed: Qt's own exit routines outlive it otherwise
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<sc::app::api::ApiServer> server;
    std::unique_ptr<sc::app::api::ApiTokens> tokens;
    QString clientId;
    int port = 0;
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

qint64 nowS()
{
    return QDateTime::currentSecsSinceEpoch();
}

void exchange(int port, const QByteArray& request)
{
    const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0) {
        return;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
        qsizetype sent = 0;
        while (sent < request.size()) {
            const ssize_t n = ::send(sock, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
            if (n <= 0) {
                break;
            }
            sent += n;
        }
        ::shutdown(sock, SHUT_WR); // the request ends here
        // Read the first answer whole (the server keeps the connection for the next request).
        QByteArray answer;
        char buffer[16384];
        pollfd pfd {sock, POLLIN, 0};
        while (::poll(&pfd, 1, 3000) > 0) {
            const ssize_t n = ::recv(sock, buffer, sizeof buffer, 0);
            if (n <= 0) {
                break;
            }
            answer.append(buffer, qsizetype(n));
            const qsizetype end = answer.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            const qsizetype at = answer.toLower().indexOf("content-length:");
            const qsizetype length
                = at >= 0 && at < end ? answer.mid(at + 15, 12).trimmed().split('\r').value(0).toLongLong() : 0;
            if (answer.size() >= end + 4 + length) {
                break;
            }
        }
    }
    ::close(sock);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    Fixture& f = fixture();
    f.app = new QCoreApplication(*argc, *argv);
    f.dir = std::make_unique<QTemporaryDir>();
    const sc::models::Workspace ws = sc::models::Workspace::open(f.dir->path());
    sc::models::DemoGenerator::Options options;
    options.prospects = 40;
    sc::models::DemoGenerator::generate(ws.connection(), options, sc::Clock::instance().nowMs());
    QString problem;
    const auto key = sc::models::ApiKeyRepository(ws.connection())
                         .create(QStringLiteral("fuzz"), sc::models::ApiKeyRepository::knownScopes(),
                                 sc::Clock::instance().nowMs(), &problem);
    f.clientId = key ? key->key.clientId : QString();
    sc::app::api::ApiServer::Settings settings;
    settings.port = 0;
    settings.rate = 0;
    f.server = std::make_unique<sc::app::api::ApiServer>(ws, SigningKey, settings);
    QString error;
    if (!f.server->start(&error)) {
        qFatal("fuzz_api: the server did not start: %s", qPrintable(error));
    }
    f.port = f.server->port();
    f.tokens = std::make_unique<sc::app::api::ApiTokens>(SigningKey);
    // One token first: OpenSSL (under libjwt) registers its exit cleanup on first use, and it must
    // run after the server's threads have ended, or their per-thread state is never freed.
    (void)f.tokens->issue(f.clientId, sc::models::ApiKeyRepository::knownScopes(), nowS());
    // libFuzzer ends with exit(): stop the server before Qt's SQL registry (made after the fixture,
    // so destroyed before it) goes, or its threads' connections are released into nothing.
    std::atexit([] {
        fixture().server.reset();
        fixture().dir.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fixture& f = fixture();
    QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (input.startsWith('C')) {
        const QString cursor = QString::fromUtf8(input.mid(1));
        (void)sc::app::api::ApiCursor::decode(cursor, 'p', 1);
        (void)sc::app::api::ApiCursor::decode(cursor, 't', 2);
        return 0;
    }
    if (input.startsWith('J')) {
        QString why;
        (void)f.tokens->verify(QString::fromUtf8(input.mid(1)), nowS(), &why);
        return 0;
    }
    input.replace("@T@", f.tokens->issue(f.clientId, sc::models::ApiKeyRepository::knownScopes(), nowS()).toUtf8());
    exchange(f.port, input);
    return 0;
}
