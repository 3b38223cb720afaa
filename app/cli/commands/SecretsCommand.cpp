#include "SecretsCommand.h"

#include "app/SecretStore.h"
#include "app/cli/Cli.h"

#include <QRegularExpression>
#include <QTextStream>

namespace sc::app::cli {

SecretsCommand::SecretsCommand()
    : Command(QStringLiteral("secrets"), tr("secrets (passwords, keys) in the system keychain"))
{
    addUsage({.subcommand = QStringLiteral("status"), .description = tr("can secrets be saved on this computer?")});
    addUsage({.subcommand = QStringLiteral("set"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("save the value read from standard input")});
    addUsage({.subcommand = QStringLiteral("delete"),
              .arguments = QStringLiteral("NAME"),
              .description = tr("remove a secret from the keychain")});
}

int SecretsCommand::run(Cli& cli, const QStringList& arguments)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._@/-]{1,200}$"));
    const QString sub = arguments.value(0);
    const QString name = arguments.value(1);
    const bool needsName = sub == QLatin1String("set") || sub == QLatin1String("delete");
    if (sub != QLatin1String("status") && !needsName) {
        return cli.usage(tr("secrets needs a subcommand: status, set NAME, delete NAME"));
    }
    if ((needsName && (arguments.size() != 2 || !validName.match(name).hasMatch()))
        || (!needsName && arguments.size() != 1)) {
        return cli.usage(tr("secrets %1 needs one name made of letters, digits and . _ @ / -").arg(sub));
    }
    if (!cli.openWorkspace()) {
        return 1;
    }
    SecretStore& secrets = cli.secrets();
    auto report = [&cli](const QString& success) {
        return [&cli, success](const SecretStore::Result& result) {
            if (result.ok()) {
                cli.print(success);
                cli.finish(0);
            } else {
                cli.finish(cli.fail(result.message));
            }
        };
    };
    if (sub == QLatin1String("status")) {
        secrets.probe(&cli, report(tr("The keychain is available: secrets can be saved.")));
    } else if (sub == QLatin1String("set")) {
        QTextStream in(stdin);
        const QString value = in.readLine();
        if (value.isEmpty()) {
            return cli.usage(tr("secrets set reads the value from standard input, and it was empty"));
        }
        secrets.write(name, value, &cli, report(tr("Saved %1 in the keychain.").arg(name)));
    } else {
        secrets.remove(name, &cli, report(tr("Removed %1 from the keychain.").arg(name)));
    }
    return Cli::Pending;
}

} // namespace sc::app::cli
