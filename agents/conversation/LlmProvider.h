#pragma once

#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace sc {
class Clock;
}

namespace sc::agents::conversation {

// One turn of the conversation sent to a model; the system text travels apart.
struct ChatMessage
{
    enum class Role { User, Assistant };
    Role role = Role::User;
    QString text;
};

struct CompletionRequest
{
    QString system;
    std::vector<ChatMessage> messages;
    QString model;
    int maxTokens = 1024;
    double temperature = 0.7;
};

struct Usage
{
    int inputTokens = 0;
    int outputTokens = 0;
};

// What went wrong, as the rest of the app needs to tell it apart (what to show, whether to fall back
// to templates). The rep-worded sentence is in CompletionResult::message.
enum class ErrorKind {
    None,
    Cancelled,
    Network, // could not connect, connection reset before any answer
    Timeout, // no byte for longer than the idle timeout
    MissingKey, // no API key configured for a provider that needs one (nothing was sent)
    Auth, // 401/403: the key is wrong or lacks access
    BadRequest, // 400 and other 4xx the app caused
    RateLimited, // 429 after the retries
    SpendLimit, // the account's credit or quota is used up
    Overloaded, // 529 or an overloaded_error event
    Server, // 5xx after the retries
    Interrupted, // the stream stopped halfway (connection cut or an error event)
    Protocol, // the answer was not the wire format it claimed to be
};
QString errorKindName(ErrorKind kind);

struct CompletionResult
{
    QString text;
    QString stopReason; // as the provider says it: end_turn, max_tokens, stop, length...
    Usage usage;
    ErrorKind error = ErrorKind::None;
    QString message; // for the rep, empty when all went well
    bool truncated = false; // text holds what arrived before the stream was cut
    int attempts = 0; // HTTP requests made, retries included
    int httpStatus = 0; // of the last attempt
    // Our part of the time to the first painted token: from the first byte of the answer's body
    // reaching us to the first delta handed to onDelta (-1 when there was none).
    qint64 firstByteToFirstDeltaUs = -1;

    bool ok() const { return error == ErrorKind::None; }
};

// Where and how a provider is reached. The key comes from the SecretStore, never from settings.
struct ProviderConfig
{
    enum class Kind { Anthropic, OpenAi, OpenAiCompatible };
    Kind kind = Kind::Anthropic;
    QString baseUrl; // empty: the provider's public API (compatible servers: Ollama on localhost)
    QString apiKey; // optional for OpenAI-compatible servers
    int connectTimeoutMs = 10000;
    int idleTimeoutMs = 60000; // no byte for this long ends the attempt
    int maxAttempts = 4;
    std::chrono::milliseconds initialBackoff {1000};
    std::chrono::milliseconds maxBackoff {30000}; // a longer retry-after ends the retries
    // Waits between attempts; returns false when cancelled while waiting. Empty: a real sleep that
    // wakes early on cancel. Tests pass one that records and returns at once.
    std::function<bool(std::chrono::milliseconds, const std::atomic<bool>* cancelled)> sleep;
    const sc::Clock* clock = nullptr; // for retry-after given as an HTTP date; null: Clock::instance()
};

// A large language model behind an HTTP API, streamed. complete() blocks the calling thread (an
// agent's worker thread) and calls onDelta on that same thread as text arrives.
class LlmProvider
{
public:
    using DeltaHandler = std::function<void(const QString& delta)>;

    virtual ~LlmProvider() = default;
    virtual CompletionResult complete(const CompletionRequest& request, const DeltaHandler& onDelta,
                                      const std::atomic<bool>* cancelled = nullptr)
        = 0;
};

std::unique_ptr<LlmProvider> makeProvider(ProviderConfig config);

} // namespace sc::agents::conversation
