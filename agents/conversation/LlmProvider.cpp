#include "LlmProvider.h"

#include "AnthropicProvider.h"
#include "OpenAiProvider.h"

namespace sc::agents::conversation {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::MissingKey:
        return QStringLiteral("missing_key");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::SpendLimit:
        return QStringLiteral("spend_limit");
    case ErrorKind::Overloaded:
        return QStringLiteral("overloaded");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::Interrupted:
        return QStringLiteral("interrupted");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    }
    return {};
}

std::unique_ptr<LlmProvider> makeProvider(ProviderConfig config)
{
    if (config.kind == ProviderConfig::Kind::Anthropic) {
        return std::make_unique<AnthropicProvider>(std::move(config));
    }
    return std::make_unique<OpenAiProvider>(std::move(config));
}

} // namespace sc::agents::conversation
