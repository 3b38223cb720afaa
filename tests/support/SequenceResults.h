#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::tests {

// What an A/B step's results are read from (EnrollmentRepository::results), made without sending: for
// each version, `sent` invented prospects enrolled in the sequence who got the step (a step run and its
// email, sent at `at`), the first `replied` of them stopped by an interested reply and the others finished.
// A mailbox is added when the workspace has none. On reserved .example addresses.
struct FakeArm
{
    QString variant;
    int sent = 0;
    int replied = 0;
};
void fakeStepResults(const QSqlDatabase& db, qint64 sequenceId, int step, const QList<FakeArm>& arms, qint64 at);

} // namespace sc::tests
