#include "ProviderSetup.h"

#include "Embedder.h"
#include "drafting/Drafter.h"

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

std::shared_ptr<Embedder> ProviderSetup::embedder(const models::LlmRepository::Provider& provider, const QString& key)
{
    if (provider.embeddingModel.trimmed().isEmpty()) {
        return nullptr;
    }
    return std::make_shared<Embedder>(config(provider, key), provider.embeddingModel.trimmed());
}

void ProviderSetup::equip(Drafter& drafter, const models::LlmRepository::Provider& provider, const QString& key)
{
    drafter.setProvider(make(provider, key), provider);
    if (auto e = embedder(provider, key); e && e->supported()) {
        drafter.setEmbedder(std::move(e));
    }
}

} // namespace sc::agents::conversation
