#pragma once

#include "app/cli/Command.h"
#include "models/repositories/SequenceRepository.h"

namespace sc::app::cli {

// `sequences list|create|show|enroll|pause|resume|run|send-times|send-winner`: sequence files and the Decision
// engine, headless. `run` plans (and unless --dry-run, queues) every step due up to --until as if the clock read
// --now; `send-winner` sends an A/B step's declared winner to everyone who has not reached the step yet.
class SequencesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sc::app::cli::SequencesCommand)

public:
    SequencesCommand();
    int run(Cli& cli, const QStringList& arguments) override;

private:
    static int sendWinner(Cli& cli, const models::SequenceRepository::Stored& stored, int step, const QString& actor,
                          qint64 now);
};

} // namespace sc::app::cli
