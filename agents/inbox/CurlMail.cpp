#include "CurlMail.h"

#include <QtGlobal>
#include <algorithm>
#include <cstring>
#include <mutex>

namespace sc::agents::inbox::curlmail {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t collect(char* data, size_t size, size_t count, void* user)
{
    static_cast<QByteArray*>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t provide(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    if (upload->onFirstRead != nullptr) {
        upload->onFirstRead(upload->context);
        upload->onFirstRead = nullptr;
    }
    const qsizetype n = std::min<qsizetype>(qsizetype(size * count), upload->data->size() - upload->offset);
    memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

void configure(CURL* curl, const Login& login, int timeoutMs, bool startTls)
{
    if (qEnvironmentVariableIsSet("SC_CURL_VERBOSE")) {
        curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    }
    curl_easy_setopt(curl, CURLOPT_URL, login.url.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, login.user.constData());
    if (login.oauth2) {
        // libcurl picks SASL XOAUTH2 (or OAUTHBEARER) when the server offers it.
        curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, login.secret.constData());
    } else {
        curl_easy_setopt(curl, CURLOPT_PASSWORD, login.secret.constData());
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeoutMs) * 4);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (startTls) {
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    }
}

} // namespace sc::agents::inbox::curlmail
