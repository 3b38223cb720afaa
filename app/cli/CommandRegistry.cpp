#include "CommandRegistry.h"

#include "app/cli/commands/AccountsCommand.h"
#include "app/cli/commands/ApiKeysCommand.h"
#include "app/cli/commands/BenchCommand.h"
#include "app/cli/commands/ClassifyCommand.h"
#include "app/cli/commands/DemoCommand.h"
#include "app/cli/commands/DncCommand.h"
#include "app/cli/commands/DraftCommand.h"
#include "app/cli/commands/EmailCommand.h"
#include "app/cli/commands/EnrichCommand.h"
#include "app/cli/commands/ExportCommand.h"
#include "app/cli/commands/FillFormCommand.h"
#include "app/cli/commands/HelpCommand.h"
#include "app/cli/commands/ImportCommand.h"
#include "app/cli/commands/InitCommand.h"
#include "app/cli/commands/JobsCommand.h"
#include "app/cli/commands/KbCommand.h"
#include "app/cli/commands/MeetingsCommand.h"
#include "app/cli/commands/OutboxCommand.h"
#include "app/cli/commands/ProspectsCommand.h"
#include "app/cli/commands/ProvidersCommand.h"
#include "app/cli/commands/ScoreCommand.h"
#include "app/cli/commands/SecretsCommand.h"
#include "app/cli/commands/SendCommand.h"
#include "app/cli/commands/SequencesCommand.h"
#include "app/cli/commands/ServeCommand.h"
#include "app/cli/commands/SyncCommand.h"
#include "app/cli/commands/TemplatesCommand.h"
#include "app/cli/commands/VersionCommand.h"

namespace sc::app::cli {

CommandRegistry::CommandRegistry()
{
    add(std::make_unique<InitCommand>());
    add(std::make_unique<DemoCommand>());
    add(std::make_unique<JobsCommand>());
    add(std::make_unique<ImportCommand>());
    add(std::make_unique<ProspectsCommand>());
    add(std::make_unique<ExportCommand>());
    add(std::make_unique<DncCommand>());
    add(std::make_unique<KbCommand>());
    add(std::make_unique<ProvidersCommand>());
    add(std::make_unique<DraftCommand>());
    add(std::make_unique<BenchCommand>());
    add(std::make_unique<ClassifyCommand>());
    add(std::make_unique<AccountsCommand>());
    add(std::make_unique<SyncCommand>());
    add(std::make_unique<SendCommand>());
    add(std::make_unique<OutboxCommand>());
    add(std::make_unique<SequencesCommand>());
    add(std::make_unique<MeetingsCommand>());
    add(std::make_unique<EnrichCommand>());
    add(std::make_unique<EmailCommand>());
    add(std::make_unique<ScoreCommand>());
    add(std::make_unique<ServeCommand>());
    add(std::make_unique<ApiKeysCommand>());
    add(std::make_unique<FillFormCommand>());
    add(std::make_unique<TemplatesCommand>());
    add(std::make_unique<SecretsCommand>());
    add(std::make_unique<VersionCommand>());
    add(std::make_unique<HelpCommand>());
}

CommandRegistry::~CommandRegistry() = default;

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_byName.insert(command->name(), command.get());
    m_commands.push_back(std::move(command));
}

} // namespace sc::app::cli
