#include "RetryPolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace sc::agents::conversation::retry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::agents::conversation::LlmProvider", text);
}

} // namespace

bool isSpendLimit(const ApiError& error)
{
    // OpenAI: 429 with type/code "insufficient_quota"; Anthropic: "Your credit balance is too low…"
    // (an invalid_request_error), or a billing_error.
    const QString message = error.message.toLower();
    return error.type == QLatin1String("insufficient_quota") || error.code == QLatin1String("insufficient_quota")
        || error.type == QLatin1String("billing_error") || error.code == QLatin1String("billing_hard_limit_reached")
        || message.contains(QLatin1String("credit balance is too low"))
        || message.contains(QLatin1String("exceeded your current quota"));
}

ErrorKind kindOf(int status, const ApiError& error)
{
    if (isSpendLimit(error)) {
        return ErrorKind::SpendLimit;
    }
    if (status == 401 || status == 403) {
        return ErrorKind::Auth;
    }
    if (status == 429) {
        return ErrorKind::RateLimited;
    }
    if (status == 529 || error.type == QLatin1String("overloaded_error")) {
        return ErrorKind::Overloaded;
    }
    if (status == 408) {
        return ErrorKind::Timeout;
    }
    if (status >= 500) {
        return ErrorKind::Server;
    }
    return ErrorKind::BadRequest;
}

ErrorKind kindOfStreamError(const ApiError& error)
{
    if (isSpendLimit(error)) {
        return ErrorKind::SpendLimit;
    }
    if (error.type == QLatin1String("overloaded_error")) {
        return ErrorKind::Overloaded;
    }
    if (error.type == QLatin1String("rate_limit_error")) {
        return ErrorKind::RateLimited;
    }
    if (error.type == QLatin1String("authentication_error") || error.type == QLatin1String("permission_error")) {
        return ErrorKind::Auth;
    }
    if (error.type == QLatin1String("invalid_request_error")) {
        return ErrorKind::BadRequest;
    }
    return ErrorKind::Server;
}

bool isRetryable(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::RateLimited:
    case ErrorKind::Overloaded:
    case ErrorKind::Server:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Interrupted:
        return true;
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(qint64(seconds * 1000)));
    }
    // IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110), always in English.
    QString date = QString::fromLatin1(text);
    date.remove(QLatin1String(" GMT"));
    const QDateTime at = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid()) {
        return std::nullopt;
    }
    const QDateTime utc(at.date(), at.time(), QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(utc)));
}

std::chrono::milliseconds backoff(int next, std::chrono::milliseconds initial, std::chrono::milliseconds cap)
{
    std::chrono::milliseconds wait = initial;
    for (int i = 2; i < next && wait < cap; ++i) {
        wait *= 2;
    }
    return std::min(wait, cap);
}

static QString sentence(ErrorKind kind, const QString& provider, int status, const QString& detail);

QString repMessage(ErrorKind kind, const QString& provider, int status, const QString& detail)
{
    // Provider names may start lower-case ("the model server at …"); a sentence may not.
    QString text = sentence(kind, provider, status, detail);
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

static QString sentence(ErrorKind kind, const QString& provider, int status, const QString& detail)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Cancelled:
        return tr("Writing was cancelled.");
    case ErrorKind::Network:
        return tr("Could not reach %1. Check the internet connection, or that the local model server is running.")
            .arg(provider);
    case ErrorKind::Timeout:
        return tr("%1 did not answer in time. Try again, or draft from a template.").arg(provider);
    case ErrorKind::MissingKey:
        return tr("No API key is set for %1. Add it in Settings, AI providers, or draft from a template.")
            .arg(provider);
    case ErrorKind::Auth:
        return tr("%1 refused the API key. Check the key for this provider in Settings, AI providers.").arg(provider);
    case ErrorKind::BadRequest:
        return tr("%1 did not accept the request (%2). Check the model name in Settings, AI providers.")
            .arg(provider, detail.isEmpty() ? QString::number(status) : detail.left(200));
    case ErrorKind::RateLimited:
        return tr("%1 is limiting how many requests this account may send. Wait a minute and try again.").arg(provider);
    case ErrorKind::SpendLimit:
        return tr("The %1 account has no credit left. Add credit or raise the spending limit on the provider's "
                  "website; templates still work meanwhile.")
            .arg(provider);
    case ErrorKind::Overloaded:
        return tr("%1 is overloaded right now. Try again in a few minutes, or draft from a template.").arg(provider);
    case ErrorKind::Server:
        return tr("%1 had a problem on its side (error %2). Try again later, or draft from a template.")
            .arg(provider)
            .arg(status);
    case ErrorKind::Interrupted:
        return tr("The answer from %1 was cut off before the end. What arrived is kept: check it, or regenerate.")
            .arg(provider);
    case ErrorKind::Protocol:
        return tr("%1 sent an answer the app could not read.").arg(provider);
    }
    return {};
}

} // namespace sc::agents::conversation::retry
