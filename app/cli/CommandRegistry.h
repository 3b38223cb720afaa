#pragma once

#include "app/cli/Command.h"

#include <QHash>
#include <memory>
#include <vector>

namespace sc::app::cli {

// Every sales-copilot-cli command, in the order `--help` lists them, and found by name.
class CommandRegistry
{
public:
    CommandRegistry();
    ~CommandRegistry();
    CommandRegistry(const CommandRegistry&) = delete;
    CommandRegistry& operator=(const CommandRegistry&) = delete;

    // The command of this name, or nullptr.
    Command* find(const QString& name) const { return m_byName.value(name); }
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    void add(std::unique_ptr<Command> command);

    std::vector<std::unique_ptr<Command>> m_commands;
    QHash<QString, Command*> m_byName;
};

} // namespace sc::app::cli
