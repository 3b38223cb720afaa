#pragma once

#include "models/repositories/LlmRepository.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace sc::app {

class Cli;

namespace cli {

// A model provider's key for a command: none needed (a local server), SALES_COPILOT_SECRET_<NAME>
// when set, else the keychain (then asynchronously: returns Cli::Pending and finishes with work's code).
class ProviderKey
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::ProviderKey)

public:
    // work(key, problem): problem says why there is no key (the key is then empty).
    using Work = std::function<int(const QString& key, const QString& problem)>;
    static int with(Cli& cli, const std::optional<models::LlmRepository::Provider>& provider, const Work& work);
};

} // namespace cli
} // namespace sc::app
