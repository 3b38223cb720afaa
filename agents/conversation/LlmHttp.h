#pragma once

#include "LlmProvider.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <vector>

namespace sc::agents::conversation {

// One streamed HTTP POST over libcurl, for the model providers: the body of a 2xx answer is handed
// over as it arrives (write callback), any other answer's body is kept for its error message. Ends
// early when cancelled or when no byte came for idleTimeoutMs (the progress callback, which the
// transfer loop calls every few tens of milliseconds). Blocking: used in an agent's thread.
class LlmHttp
{
public:
    struct Request
    {
        QByteArray url;
        std::vector<QByteArray> headers; // "Name: value"
        QByteArray body;
        int connectTimeoutMs = 10000;
        int idleTimeoutMs = 60000;
        const std::atomic<bool>* cancelled = nullptr;
    };
    enum class Outcome {
        Complete, // the whole answer arrived
        Cancelled,
        Stopped, // onBody asked to stop
        ConnectFailed,
        TimedOut, // connecting, or no byte for idleTimeoutMs
        Cut, // the connection closed before the answer was complete
        Failed, // anything else libcurl reports
    };
    struct Response
    {
        Outcome outcome = Outcome::Failed;
        int status = 0;
        QByteArray retryAfter; // the header's value, if any
        QByteArray contentType; // lower-case, without parameters
        QByteArray errorBody; // non-2xx answers only, first 64 KiB
        QString detail; // libcurl's words, for logs
    };
    // Returns false to stop reading. contentType: the 2xx answer's, lower-case, without parameters.
    using BodyHandler = std::function<bool(const char* data, qsizetype size, const QByteArray& contentType)>;

    static Response post(const Request& request, const BodyHandler& onBody);
};

// Waits between two attempts as the config says (its injected sleep, else a real wait in short steps,
// so a cancel during a long retry-after is not ignored); false when cancelled.
bool waitBeforeRetry(const ProviderConfig& config, std::chrono::milliseconds delay, const std::atomic<bool>* cancelled);

// What a transfer's outcome means for the rest of the app (the chat providers and the embeddings alike).
ErrorKind errorKindOf(LlmHttp::Outcome outcome);

} // namespace sc::agents::conversation
