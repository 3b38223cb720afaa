#pragma once

#include "LlmProvider.h"

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

namespace sc::agents::conversation {

// What the providers share about failures: which ones are worth another attempt, how long to wait
// before it, and how to tell the rep.
namespace retry {

// What a provider's error body said, in its own words.
struct ApiError
{
    QString type; // "overloaded_error", "insufficient_quota", "rate_limit_error"...
    QString code;
    QString message;
};

// The kind of an HTTP error answer (status other than 2xx).
ErrorKind kindOf(int status, const ApiError& error);
// The kind of an error event inside a stream that had started (status 200).
ErrorKind kindOfStreamError(const ApiError& error);
// True when the account's credit or quota is used up: waiting will not help.
bool isSpendLimit(const ApiError& error);
bool isRetryable(ErrorKind kind);

// "Retry-After: 3" (seconds, fractions allowed) or an HTTP date; nothing when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);
// The wait before attempt number `next` (2 for the first retry): doubled each time, capped.
std::chrono::milliseconds backoff(int next, std::chrono::milliseconds initial, std::chrono::milliseconds cap);

// One sentence for the rep; `provider` is the provider's name as the rep knows it.
QString repMessage(ErrorKind kind, const QString& provider, int status, const QString& detail = {});

} // namespace retry
} // namespace sc::agents::conversation
