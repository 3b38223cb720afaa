#pragma once

#include <QString>

namespace sc::tests {

// Where the real-bounce corpus lives: ../shared/data/sisimai-set-of-emails beside the clone (CI puts
// it there; a fresh clone has nothing beside it). Tests that measure against it skip with
// skipReason() when it is absent; tests that only need a few messages use tests/data/mail instead.
class SisimaiCorpus
{
public:
    // The corpus folder, absolute (whether or not it exists).
    static QString path();
    static bool available();
    // One line: what is missing, where it was looked for, and what is skipped without it.
    static QString skipReason(const QString& skipped);
};

} // namespace sc::tests
