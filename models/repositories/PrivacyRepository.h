#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sc::models {

// Erasing people. "Forget this person" removes a prospect from everything the workspace holds (their
// row, messages and threads, drafts, the outbox, tasks, sequences, form submissions, meetings, the
// timeline, the audit details that named them) and keeps only a one-way hash of their address, which
// every outbound door checks (DoNotContactRepository::isSuppressed): they are never contacted again.
// Data retention erases prospects with no activity for N months the same way, without the hash.
class PrivacyRepository
{
public:
    explicit PrivacyRepository(QSqlDatabase db);

    struct Erased
    {
        int prospects = 0;
        int messages = 0;
        int outbox = 0;
        int drafts = 0;
    };

    // Erases the prospects in one transaction; with `suppress`, their addresses' hashes stay so they are
    // never contacted again. One audit row without personal data. Unknown ids are skipped.
    Erased erase(const QList<qint64>& prospectIds, bool suppress, const QString& actor, qint64 now);
    // Prospects (trashed or not) with nothing on record since `before`: not created, updated, on the
    // timeline, written to or written by since then, and no sequence running for them.
    QList<qint64> inactiveSince(qint64 before) const;
    // Erases what inactiveSince(now - months) finds; 0 months: retention is off, nothing happens.
    Erased applyRetention(int months, const QString& actor, qint64 now);

    // True when the address belongs to a person who asked to be forgotten.
    bool isForgotten(const QString& email) const;
    // The stored hash of an address (lower-cased, trimmed).
    static QString hashOf(const QString& email);

private:
    QSqlDatabase m_db;
};

} // namespace sc::models
