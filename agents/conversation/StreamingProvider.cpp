#include "StreamingProvider.h"

#include "models/Clock.h"

#include <QLoggingCategory>
#include <nlohmann/json.hpp>
#include <thread>

namespace sc::agents::conversation {

Q_LOGGING_CATEGORY(lcProvider, "salescopilot.conversation.provider")

namespace {

using Steady = std::chrono::steady_clock;
constexpr qsizetype MaxWholeAnswer = 8 * 1024 * 1024; // a draft is a few kilobytes

} // namespace

StreamingProvider::StreamingProvider(ProviderConfig config)
    : m_config(std::move(config))
{
}

QByteArray StreamingProvider::baseUrl(const char* fallback) const
{
    QByteArray base = m_config.baseUrl.isEmpty() ? QByteArray(fallback) : m_config.baseUrl.toUtf8();
    while (base.endsWith('/')) {
        base.chop(1);
    }
    return base;
}

bool StreamingProvider::wait(std::chrono::milliseconds delay, const std::atomic<bool>* cancelled) const
{
    return waitBeforeRetry(m_config, delay, cancelled);
}

std::optional<std::chrono::milliseconds> StreamingProvider::retryDelay(ErrorKind kind, const CompletionResult& result,
                                                                       const QByteArray& retryAfter) const
{
    // Text the rep has seen cannot be taken back: a second answer would not continue the first.
    if (!retry::isRetryable(kind) || !result.text.isEmpty() || result.attempts >= m_config.maxAttempts) {
        return std::nullopt;
    }
    const Clock& clock = m_config.clock != nullptr ? *m_config.clock : Clock::instance();
    const auto asked = retry::parseRetryAfter(retryAfter, clock.now());
    if (asked && *asked > m_config.maxBackoff) {
        // Retrying sooner than the provider asked would only be refused again: the rep is told to
        // try later instead of waiting minutes behind a spinner.
        return std::nullopt;
    }
    return asked ? *asked : retry::backoff(result.attempts + 1, m_config.initialBackoff, m_config.maxBackoff);
}

ErrorKind StreamingProvider::attemptOutcome(const LlmHttp::Response& response, const Stream& stream, bool malformed,
                                            QString* detail) const
{
    if (response.outcome == LlmHttp::Outcome::Cancelled) {
        return ErrorKind::Cancelled;
    }
    if (response.status >= 200 && response.status < 300) {
        if (malformed) {
            return ErrorKind::Protocol;
        }
        if (stream.error) {
            *detail = stream.error->message;
            return retry::kindOfStreamError(*stream.error);
        }
        if (stream.finished) {
            return ErrorKind::None;
        }
        // The connection ended (or stalled) before the format's last event.
        const ErrorKind transport = errorKindOf(response.outcome);
        return transport == ErrorKind::None ? ErrorKind::Interrupted : transport;
    }
    if (response.status == 0) {
        *detail = response.detail;
        return errorKindOf(response.outcome);
    }
    const retry::ApiError error = parseError(response.errorBody);
    *detail = error.message;
    return retry::kindOf(response.status, error);
}

CompletionResult StreamingProvider::complete(const CompletionRequest& request, const DeltaHandler& onDelta,
                                             const std::atomic<bool>* cancelled)
{
    CompletionResult result;
    if (needsKey() && m_config.apiKey.isEmpty()) {
        // Not worth a request that can only be refused; nothing was sent.
        result.error = ErrorKind::MissingKey;
        result.message = retry::repMessage(ErrorKind::MissingKey, displayName(), 0);
        return result;
    }
    const Call call = buildCall(request);
    LlmHttp::Request http;
    http.url = call.url;
    http.headers = call.headers;
    http.body = call.body;
    http.connectTimeoutMs = m_config.connectTimeoutMs;
    http.idleTimeoutMs = m_config.idleTimeoutMs;
    http.cancelled = cancelled;

    while (true) {
        ++result.attempts;
        result.usage = {};
        result.stopReason.clear();
        std::optional<Steady::time_point> firstByte;
        Stream stream;
        stream.result = &result;
        stream.emitDelta = [&](const QString& delta) {
            if (delta.isEmpty()) {
                return;
            }
            if (result.firstByteToFirstDeltaUs < 0 && firstByte) {
                result.firstByteToFirstDeltaUs
                    = std::chrono::duration_cast<std::chrono::microseconds>(Steady::now() - *firstByte).count();
            }
            result.text += delta;
            if (onDelta) {
                onDelta(delta);
            }
        };
        const std::unique_ptr<Decoder> decoder = makeDecoder();
        bool malformed = false;
        SseParser parser([&](const SseParser::Event& event) {
            if (malformed) {
                return;
            }
            try {
                decoder->onEvent(event, stream);
            } catch (const nlohmann::json::exception& e) {
                qCWarning(lcProvider) << "unreadable event" << event.type << e.what();
                malformed = true;
            }
        });
        QByteArray whole; // the body of an answer that is not an event stream
        const LlmHttp::Response response
            = LlmHttp::post(http, [&](const char* data, qsizetype size, const QByteArray& contentType) {
                  if (!firstByte) {
                      firstByte = Steady::now();
                  }
                  if (contentType == "application/json") {
                      whole.append(data, size);
                      malformed = malformed || whole.size() > MaxWholeAnswer;
                  } else {
                      parser.feed(data, size);
                  }
                  return !malformed;
              });
        if (!whole.isEmpty() && !whole.trimmed().startsWith('{')) {
            parser.feed(whole); // an event stream labelled as JSON: read it as what it is
        } else if (!whole.isEmpty() && response.outcome == LlmHttp::Outcome::Complete) {
            try {
                decoder->onWhole(whole, stream);
            } catch (const nlohmann::json::exception& e) {
                qCWarning(lcProvider) << "unreadable answer" << e.what();
                malformed = true;
            }
        }
        result.httpStatus = response.status;

        QString detail;
        ErrorKind kind = attemptOutcome(response, stream, malformed, &detail);
        if (kind == ErrorKind::None) {
            result.error = ErrorKind::None;
            result.message.clear();
            return result;
        }
        if (kind != ErrorKind::Cancelled) {
            if (const auto delay = retryDelay(kind, result, response.retryAfter)) {
                qCInfo(lcProvider) << "attempt" << result.attempts << "failed:" << errorKindName(kind) << "status"
                                   << response.status << "- retrying in" << delay->count() << "ms";
                if (wait(*delay, cancelled)) {
                    continue;
                }
                kind = ErrorKind::Cancelled;
            }
        }
        result.error = kind;
        result.truncated = !result.text.isEmpty();
        if (result.truncated && kind != ErrorKind::Cancelled) {
            // What arrived is kept; say it stopped early, and why when the provider said so.
            const QString why = retry::repMessage(kind, displayName(), response.status, detail);
            result.message = retry::repMessage(ErrorKind::Interrupted, displayName(), response.status)
                + (kind == ErrorKind::Interrupted ? QString() : QLatin1Char(' ') + why);
        } else {
            result.message = retry::repMessage(kind, displayName(), response.status, detail);
        }
        qCInfo(lcProvider) << "gave up after" << result.attempts << "attempts:" << errorKindName(kind) << "status"
                           << response.status;
        return result;
    }
}

} // namespace sc::agents::conversation
