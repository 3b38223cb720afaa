#pragma once

#include "app/cli/Command.h"
#include "models/repositories/KnowledgeBaseRepository.h"

namespace sc::app::cli {

// `kb add|list|search|remove`: the knowledge base drafts are grounded in (the rep's own documents).
class KbCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::KbCommand)

public:
    KbCommand();
    int run(Cli& cli, const QStringList& arguments) override;

private:
    int add(Cli& cli, const QStringList& files);
    int list(Cli& cli);
    int search(Cli& cli, const QString& query, int limit);
    static int printHits(Cli& cli, const QList<models::KnowledgeBaseRepository::Hit>& hits);
    int remove(Cli& cli, const QString& id);
};

} // namespace sc::app::cli
