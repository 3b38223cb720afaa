#include "ProviderSetup.h"

namespace sc::agents::conversation {

ProviderConfig::Kind ProviderSetup::kindOf(const QString& kind)
{
    if (kind == QLatin1String("openai")) {
        return ProviderConfig::Kind::OpenAi;
    }
    return kind == QLatin1String("openai-compatible") ? ProviderConfig::Kind::OpenAiCompatible
                                                      : ProviderConfig::Kind::Anthropic;
}

bool ProviderSetup::needsKey(const models::LlmRepository::Provider& provider)
{
    return provider.kind != QLatin1String("openai-compatible");
}

std::optional<QString> ProviderSetup::keyFromEnvironment(const models::LlmRepository::Provider& provider)
{
    const QByteArray name = models::LlmRepository::secretEnvironmentName(provider.name).toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData())) {
        return std::nullopt;
    }
    return qEnvironmentVariable(name.constData());
}

ProviderConfig ProviderSetup::config(const models::LlmRepository::Provider& provider, const QString& key)
{
    ProviderConfig c;
    c.kind = kindOf(provider.kind);
    c.baseUrl = provider.baseUrl;
    c.apiKey = key;
    return c;
}

std::shared_ptr<LlmProvider> ProviderSetup::make(const models::LlmRepository::Provider& provider, const QString& key)
{
    return makeProvider(config(provider, key));
}

} // namespace sc::agents::conversation
