#include "ProviderKey.h"

#include "Cli.h"
#include "agents/conversation/ProviderSetup.h"
#include "app/SecretStore.h"

namespace sc::app::cli {

using agents::conversation::ProviderSetup;

int ProviderKey::with(Cli& cli, const std::optional<models::LlmRepository::Provider>& provider, const Work& work)
{
    if (!provider || !ProviderSetup::needsKey(*provider)) {
        return work(QString(), QString());
    }
    if (const auto key = ProviderSetup::keyFromEnvironment(*provider)) {
        return work(*key, QString());
    }
    const QString name = provider->name;
    cli.secrets().read(models::LlmRepository::secretKey(name), &cli, [&cli, work, name](const SecretStore::Result& r) {
        if (r.ok()) {
            cli.finish(work(r.value, QString()));
            return;
        }
        cli.finish(work(QString(),
                        tr("no key for %1: %2 (save it with: secrets set %3, or set %4)")
                            .arg(name, r.message, models::LlmRepository::secretKey(name),
                                 models::LlmRepository::secretEnvironmentName(name))));
    });
    return Cli::Pending;
}

} // namespace sc::app::cli
