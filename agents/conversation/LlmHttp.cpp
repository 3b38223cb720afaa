#include "LlmHttp.h"

#include "agents/inbox/CurlMail.h"

#include <QByteArrayList>
#include <algorithm>
#include <chrono>
#include <curl/curl.h>
#include <thread>

namespace sc::agents::conversation {

namespace {

using Steady = std::chrono::steady_clock;
constexpr qsizetype MaxErrorBody = 64 * 1024;

struct Transfer
{
    CURL* curl = nullptr;
    const LlmHttp::Request* request = nullptr;
    const LlmHttp::BodyHandler* onBody = nullptr;
    LlmHttp::Response* response = nullptr;
    Steady::time_point lastActivity = Steady::now();
    bool cancelled = false;
    bool idle = false;
    bool stopped = false;

    // The reasons to give up that are ours, not libcurl's; checked by the progress callback and,
    // should libcurl not call it for a while, by the transfer loop.
    bool shouldAbort()
    {
        if (request->cancelled != nullptr && request->cancelled->load()) {
            cancelled = true;
        } else if (Steady::now() - lastActivity > std::chrono::milliseconds(request->idleTimeoutMs)) {
            idle = true;
        }
        return cancelled || idle;
    }
};

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    t->lastActivity = Steady::now();
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response->retryAfter.clear(); // a new status line (after a 100 Continue): new headers
    } else if (line.toLower().startsWith("retry-after:")) {
        t->response->retryAfter = line.mid(12).trimmed();
    }
    return size * count;
}

size_t onWrite(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    t->lastActivity = Steady::now();
    const qsizetype n = qsizetype(size * count);
    if (t->response->status == 0) {
        long status = 0;
        curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
        t->response->status = int(status);
        char* type = nullptr;
        curl_easy_getinfo(t->curl, CURLINFO_CONTENT_TYPE, &type);
        if (type != nullptr) {
            t->response->contentType = QByteArray(type).toLower().split(';').first().trimmed();
        }
    }
    if (t->response->status >= 200 && t->response->status < 300) {
        if (!(*t->onBody)(data, n, t->response->contentType)) {
            t->stopped = true;
            return 0;
        }
    } else if (t->response->errorBody.size() < MaxErrorBody) {
        t->response->errorBody.append(data, std::min(n, MaxErrorBody - t->response->errorBody.size()));
    }
    return size * count;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Transfer*>(user)->shouldAbort() ? 1 : 0;
}

LlmHttp::Outcome outcomeOf(CURLcode code, const Transfer& t)
{
    if (t.cancelled) {
        return LlmHttp::Outcome::Cancelled;
    }
    if (t.idle) {
        return LlmHttp::Outcome::TimedOut;
    }
    if (t.stopped) {
        return LlmHttp::Outcome::Stopped;
    }
    switch (code) {
    case CURLE_OK:
        return LlmHttp::Outcome::Complete;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return LlmHttp::Outcome::ConnectFailed;
    case CURLE_OPERATION_TIMEDOUT:
        return LlmHttp::Outcome::TimedOut;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2_STREAM:
        return LlmHttp::Outcome::Cut;
    default:
        return LlmHttp::Outcome::Failed;
    }
}

} // namespace

LlmHttp::Response LlmHttp::post(const Request& request, const BodyHandler& onBody)
{
    inbox::curlmail::globalInit();

    Response response;
    CURL* curl = curl_easy_init();
    Transfer t;
    t.curl = curl;
    t.request = &request;
    t.onBody = &onBody;
    t.response = &response;
    curl_slist* headers = nullptr;
    for (const QByteArray& header : request.headers) {
        headers = curl_slist_append(headers, header.constData());
    }
    // No "Expect: 100-continue" round trip before the body: it only delays the first token.
    headers = curl_slist_append(headers, "Expect:");
    char detail[CURL_ERROR_SIZE] = {};
    // No CURLOPT_VERBOSE switch here, unlike the mail clients: it would print the API key header.
    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);

    // The multi interface with a short poll, so that cancel and the idle timeout act within tens of
    // milliseconds instead of libcurl's one-second progress tick of a blocking perform.
    CURLM* multi = curl_multi_init();
    curl_multi_add_handle(multi, curl);
    CURLcode code = CURLE_OK;
    bool aborted = false;
    int running = 1;
    while (running > 0) {
        if (curl_multi_perform(multi, &running) != CURLM_OK) {
            code = CURLE_FAILED_INIT;
            break;
        }
        if (running == 0) {
            break;
        }
        if (t.shouldAbort()) {
            aborted = true;
            break;
        }
        curl_multi_poll(multi, nullptr, 0, 20, nullptr);
    }
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
        if (message->msg == CURLMSG_DONE) {
            code = message->data.result;
        }
    }
    if (response.status == 0) {
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        response.status = int(status);
    }
    response.outcome = aborted ? (t.cancelled ? Outcome::Cancelled : Outcome::TimedOut) : outcomeOf(code, t);
    response.detail = QString::fromUtf8(detail[0] != 0 ? detail : curl_easy_strerror(code));
    curl_multi_remove_handle(multi, curl);
    curl_multi_cleanup(multi);
    curl_easy_cleanup(curl);
    curl_slist_free_all(headers);
    return response;
}

ErrorKind errorKindOf(LlmHttp::Outcome outcome)
{
    switch (outcome) {
    case LlmHttp::Outcome::Complete:
    case LlmHttp::Outcome::Stopped:
        return ErrorKind::None;
    case LlmHttp::Outcome::Cancelled:
        return ErrorKind::Cancelled;
    case LlmHttp::Outcome::TimedOut:
        return ErrorKind::Timeout;
    case LlmHttp::Outcome::ConnectFailed:
    case LlmHttp::Outcome::Failed:
        return ErrorKind::Network;
    case LlmHttp::Outcome::Cut:
        return ErrorKind::Interrupted;
    }
    return ErrorKind::Network;
}

bool waitBeforeRetry(const ProviderConfig& config, std::chrono::milliseconds delay, const std::atomic<bool>* cancelled)
{
    if (config.sleep) {
        return config.sleep(delay, cancelled);
    }
    using Steady = std::chrono::steady_clock;
    const auto until = Steady::now() + delay;
    while (Steady::now() < until) {
        if (cancelled != nullptr && cancelled->load()) {
            return false;
        }
        std::this_thread::sleep_for(std::min<Steady::duration>(until - Steady::now(), std::chrono::milliseconds(50)));
    }
    return cancelled == nullptr || !cancelled->load();
}

} // namespace sc::agents::conversation
