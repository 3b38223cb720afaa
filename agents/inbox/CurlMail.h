#pragma once

#include <QByteArray>
#include <curl/curl.h>

// What the IMAP and SMTP clients share about libcurl: global set-up, buffers in and out, and how
// every request logs in (a password, or an OAuth2 bearer token for SASL XOAUTH2) and how long it may take.
namespace sc::agents::inbox::curlmail {

void globalInit();

// CURLOPT_WRITEFUNCTION into a QByteArray*.
size_t collect(char* data, size_t size, size_t count, void* user);

// CURLOPT_READFUNCTION from a QByteArray; onFirstRead runs when the server starts taking the content
// (for SMTP: after it accepted the sender, the recipients and DATA).
struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
    void (*onFirstRead)(void* context) = nullptr;
    void* context = nullptr;
};
size_t provide(char* buffer, size_t size, size_t count, void* user);

// The byte arrays must outlive the request.
struct Login
{
    QByteArray url;
    QByteArray user;
    QByteArray secret;
    bool oauth2 = false;
};
void configure(CURL* curl, const Login& login, int timeoutMs, bool startTls);

} // namespace sc::agents::inbox::curlmail
