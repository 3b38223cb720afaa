#include "AccountSecrets.h"

#include "app/Application.h"
#include "app/SecretStore.h"
#include "app/cli/Cli.h"
#include "models/repositories/MailAccountRepository.h"

#include <QTextStream>
#include <memory>

namespace sc::app::cli {

bool AccountSecrets::select(Cli& cli, const QString& name, QList<models::MailAccount>* out, int* code)
{
    *out = models::MailAccountRepository(cli.workspace().connection()).list();
    if (!name.isEmpty()) {
        out->removeIf([&](const models::MailAccount& a) { return a.displayName != name; });
        if (out->isEmpty()) {
            *code = cli.fail(tr("there is no account named %1").arg(name));
            return false;
        }
    }
    if (out->isEmpty()) {
        *code = cli.fail(tr("no mail account yet: add one with `accounts add`"));
        return false;
    }
    return true;
}

int AccountSecrets::withSecrets(Cli& cli, const QList<models::MailAccount>& accounts,
                                const std::function<int(const models::MailAccount&, const QString&)>& work)
{
    // Secrets from the environment when set (a headless machine), else from the keychain.
    int code = 0;
    QList<models::MailAccount> fromKeychain;
    for (const models::MailAccount& account : accounts) {
        const QString variable = Application::secretVariable(account.displayName);
        if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
            QTextStream(stderr)
                << tr("Using the password of %1 from %2 for this run only.").arg(account.displayName, variable) << "\n";
            code = std::max(code, work(account, qEnvironmentVariable(variable.toLatin1().constData())));
        } else {
            fromKeychain.append(account);
        }
    }
    if (fromKeychain.isEmpty()) {
        return code;
    }
    SecretStore& secrets = cli.secrets();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [&cli, &secrets, fromKeychain, code, work, next](int index) mutable {
        if (index >= fromKeychain.size()) {
            cli.finish(code);
            return;
        }
        const models::MailAccount account = fromKeychain.at(index);
        secrets.read(account.secretKey(), &cli, [&, account, index](const SecretStore::Result& result) {
            if (!result.ok()) {
                code = std::max(code,
                                cli.fail(tr("%1: no password: %2 (or set %3)")
                                             .arg(account.displayName, result.message,
                                                  Application::secretVariable(account.displayName))));
            } else {
                code = std::max(code, work(account, result.value));
            }
            (*next)(index + 1);
        });
    };
    (*next)(0);
    return Cli::Pending;
}

} // namespace sc::app::cli
