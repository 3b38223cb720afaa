#include "HttpFetcher.h"

#include "AddressPolicy.h"

#include <QHostAddress>
#include <QUrl>
#include <curl/curl.h>
#include <mutex>
#ifndef _WIN32
#include <sys/socket.h>
#endif

namespace sc::agents::research {

namespace {

struct Sink
{
    QByteArray* body;
    qint64 max;
    bool truncated = false;
};

size_t collect(char* data, size_t size, size_t count, void* user)
{
    auto* sink = static_cast<Sink*>(user);
    const qint64 n = qint64(size * count);
    const qint64 room = sink->max - sink->body->size();
    if (n > room) {
        sink->body->append(data, qsizetype(std::max<qint64>(0, room)));
        sink->truncated = true;
        return 0; // stop reading: the rest of a huge page is not worth the bandwidth
    }
    sink->body->append(data, qsizetype(n));
    return size * count;
}

struct Guard
{
    bool allowLocalNetwork = false;
    QString refusal; // set when a connection was refused
};

// Called by libcurl with the address it is about to connect to (after DNS, after CONNECT_TO): the one
// place where the destination is known for sure.
curl_socket_t openSocket(void* user, curlsocktype purpose, curl_sockaddr* address)
{
    auto* guard = static_cast<Guard*>(user);
    if (purpose == CURLSOCKTYPE_IPCXN) {
        QHostAddress target;
        target.setAddress(&address->addr);
        if (const QString why = AddressPolicy::refusal(target, guard->allowLocalNetwork); !why.isEmpty()) {
            guard->refusal = why;
            return CURL_SOCKET_BAD;
        }
    }
    return ::socket(address->family, address->socktype, address->protocol);
}

} // namespace

HttpFetcher::HttpFetcher(Settings settings)
    : m_settings(std::move(settings))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpFetcher::Response HttpFetcher::get(const QString& url) const
{
    Response r;
    r.url = url;
    const QUrl parsed(url);
    if (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")) {
        r.error = QStringLiteral("not a web address: %1").arg(url);
        return r;
    }
    CURL* curl = curl_easy_init();
    const QByteArray address = parsed.toEncoded();
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, UserAgent);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // gzip, deflate, br as libcurl supports
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_slist* connectTo = nullptr;
    for (const QString& entry : m_settings.connectTo) {
        connectTo = curl_slist_append(connectTo, entry.toUtf8().constData());
    }
    curl_easy_setopt(curl, CURLOPT_CONNECT_TO, connectTo);
    Guard guard {m_settings.allowLocalNetwork, {}};
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, &openSocket);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, &guard);
    curl_slist* headers = curl_slist_append(nullptr, "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    headers = curl_slist_append(headers, (QByteArray("Accept-Language: ") + AcceptLanguage).constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    Sink sink {&r.body, m_settings.maxBytes};
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    char* type = nullptr;
    curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
    char* location = nullptr;
    curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &location);
    r.status = int(status);
    if (type != nullptr) {
        const QByteArray value = QByteArray(type).toLower();
        r.contentType = value.split(';').first().trimmed();
        if (const qsizetype at = value.indexOf("charset="); at >= 0) {
            r.charset = value.mid(at + 8).split(';').first().trimmed();
            r.charset.replace('"', "").replace('\'', "");
        }
    }
    if (location != nullptr) {
        r.location = QString::fromUtf8(location);
    }
    curl_easy_cleanup(curl);
    curl_slist_free_all(connectTo);
    curl_slist_free_all(headers);
    r.truncated = sink.truncated;
    if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && sink.truncated)) {
        r.ok = status > 0;
        return r;
    }
    if (!guard.refusal.isEmpty()) {
        r.error = QStringLiteral("refused: %1").arg(guard.refusal);
        return r;
    }
    r.error = code == CURLE_OPERATION_TIMEDOUT ? QStringLiteral("timed out")
                                               : QString::fromUtf8(detail[0] != 0 ? detail : curl_easy_strerror(code));
    return r;
}

} // namespace sc::agents::research
