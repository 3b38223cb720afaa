#pragma once

#include "models/entities/MailAccount.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace sc::app {

class Cli;

namespace cli {

// The mail accounts a command works on and their passwords, shared by sync, send and outbox.
class AccountSecrets
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::AccountSecrets)

public:
    // The accounts of --account NAME (all when empty); false with the error printed (*code) when none.
    static bool select(Cli& cli, const QString& name, QList<models::MailAccount>* out, int* code);
    // Runs work with each account's secret: from SALES_COPILOT_SECRET_<NAME> when set, else from the
    // keychain (then asynchronously: returns Cli::Pending and finishes with the worst exit code).
    static int withSecrets(Cli& cli, const QList<models::MailAccount>& accounts,
                           const std::function<int(const models::MailAccount&, const QString&)>& work);
};

} // namespace cli
} // namespace sc::app
