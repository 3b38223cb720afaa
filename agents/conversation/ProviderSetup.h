#pragma once

#include "LlmProvider.h"
#include "models/repositories/LlmRepository.h"

#include <memory>
#include <optional>

namespace sc::agents::conversation {

class Drafter;
class Embedder;

// A configured provider (llm_providers) made into a client, with its key.
class ProviderSetup
{
public:
    static ProviderConfig::Kind kindOf(const QString& kind);
    // Whether the kind needs a key at all: a local OpenAI-compatible server usually does not.
    static bool needsKey(const models::LlmRepository::Provider& provider);
    // The key from SALES_COPILOT_SECRET_<NAME> (where no keychain is reachable: CI, a server), else nullopt.
    static std::optional<QString> keyFromEnvironment(const models::LlmRepository::Provider& provider);
    static ProviderConfig config(const models::LlmRepository::Provider& provider, const QString& key);
    static std::shared_ptr<LlmProvider> make(const models::LlmRepository::Provider& provider, const QString& key);
    // The provider's embeddings client; null when it has no embedding model (keyword search alone).
    static std::shared_ptr<Embedder> embedder(const models::LlmRepository::Provider& provider, const QString& key);
    // A drafter writing with the provider and, when it has an embedding model, retrieving its sources
    // by hybrid search (the knowledge base's new chunks embedded first).
    static void equip(Drafter& drafter, const models::LlmRepository::Provider& provider, const QString& key);
};

} // namespace sc::agents::conversation
