#pragma once

#include "LlmHttp.h"
#include "LlmProvider.h"
#include "RetryPolicy.h"
#include "SseParser.h"

#include <chrono>
#include <optional>

namespace sc::agents::conversation {

// What the HTTP providers share: one streamed POST per attempt, its server-sent events handed to the
// wire format's decoder, and the retry loop (429, 529, 5xx, network; retry-after honoured; never
// once text has reached the rep). Subclasses say how a request is written and a stream is read.
class StreamingProvider : public LlmProvider
{
public:
    explicit StreamingProvider(ProviderConfig config);

    CompletionResult complete(const CompletionRequest& request, const DeltaHandler& onDelta,
                              const std::atomic<bool>* cancelled) override;

    // What the wire formats' decoders see (public for the decoders in the subclasses' files).
    struct Call
    {
        QByteArray url;
        std::vector<QByteArray> headers;
        QByteArray body;
    };
    // One attempt's stream, as the decoder fills it in.
    struct Stream
    {
        CompletionResult* result = nullptr;
        bool finished = false; // the format's last event arrived
        std::optional<retry::ApiError> error; // an error event inside the stream
        std::function<void(const QString&)> emitDelta;
    };
    class Decoder
    {
    public:
        virtual ~Decoder() = default;
        // May throw nlohmann::json::exception on a malformed event (the attempt ends as Protocol).
        virtual void onEvent(const SseParser::Event& event, Stream& stream) = 0;
        // A 200 answer that is one JSON document (a server that ignored "stream": true).
        virtual void onWhole(const QByteArray& body, Stream& stream) = 0;
    };

protected:
    virtual Call buildCall(const CompletionRequest& request) const = 0;
    virtual std::unique_ptr<Decoder> makeDecoder() const = 0;
    virtual retry::ApiError parseError(const QByteArray& body) const = 0;
    // The provider's name as the rep knows it, for messages.
    virtual QString displayName() const = 0;
    // The public APIs refuse every request without a key; a local server may not need one.
    virtual bool needsKey() const { return true; }

    const ProviderConfig& config() const { return m_config; }
    // The base URL without a trailing slash, or fallback when none was configured.
    QByteArray baseUrl(const char* fallback) const;

private:
    bool wait(std::chrono::milliseconds delay, const std::atomic<bool>* cancelled) const;
    // How one attempt ended (None: a complete answer); detail: the provider's or libcurl's words.
    ErrorKind attemptOutcome(const LlmHttp::Response& response, const Stream& stream, bool malformed,
                             QString* detail) const;
    // After a failed attempt: the wait before the next, or nothing when there is none to make.
    std::optional<std::chrono::milliseconds> retryDelay(ErrorKind kind, const CompletionResult& result,
                                                        const QByteArray& retryAfter) const;

    ProviderConfig m_config;
};

} // namespace sc::agents::conversation
