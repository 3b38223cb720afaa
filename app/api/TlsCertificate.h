#pragma once

#include <QString>

namespace sc::app::api {

// The API's own certificate for listening beyond 127.0.0.1: a self-signed ECDSA P-256 certificate
// made on first use in the workspace folder (api-tls-cert.pem, api-tls-key.pem readable by the owner
// only), reused after. Clients pin it by its SHA-256 fingerprint.
struct TlsCertificate
{
    QString certPath;
    QString keyPath;
    QString sha256; // "AB:CD:…", as `openssl x509 -fingerprint -sha256` prints it
    QString error; // why there is none

    static TlsCertificate ensure(const QString& directory);
};

} // namespace sc::app::api
