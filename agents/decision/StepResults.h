#pragma once

#include "AbTest.h"
#include "models/entities/SequenceDefinition.h"
#include "models/repositories/EnrollmentRepository.h"

#include <QList>
#include <QString>

namespace sc::agents::decision {

// One email step's results as the Sequences view and `sequences show` tell them, and as `sequences
// send-winner` checks them: the totals, one row per version (the file's versions in its order, zeros
// included, then any renamed or removed since it was sent), and for an A/B step (two versions or more in the
// file) the test's verdict over those rows. One reading for the GUI and the CLI.
struct StepResults
{
    using VariantResult = models::EnrollmentRepository::VariantResult;

    VariantResult total;
    QList<VariantResult> byVariant;
    bool abTest = false;
    QList<AbTest::Arm> arms; // one per row of byVariant, for an A/B step
    AbTest::Verdict verdict;

    // The version the test declared the winner; empty when none (or not an A/B step).
    QString winner() const;

    // `step` is the index in the file's steps (waits counted); `results` every step's, as the repository
    // reads them.
    static StepResults of(const models::SequenceDefinition& definition, int step, const QList<VariantResult>& results);
};

} // namespace sc::agents::decision
