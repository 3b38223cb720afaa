#pragma once

#include <QString>

namespace sc::models {

// Out of space, in the rep's words: which disk, how much is free there, how much to free. Said by
// the edges that catch DiskFullError (an agent's job, a CLI command), never retried before the rep acts.
namespace DiskSpace {
// What a job that is not an import asks to have free before it is run again: a sync's messages,
// an email's record, the journal of a transaction.
inline constexpr qint64 DefaultNeedBytes = 100LL * 1024 * 1024;
// Free bytes on the disk holding `folder` (-1 when it cannot be asked).
qint64 freeBytes(const QString& folder);
// "The disk holding your workspace (/home/rep/…) is full: 1.2 MB free there. Free at least 250 MB
// on it, then retry."
QString fullMessage(const QString& folder, qint64 neededBytes);
} // namespace DiskSpace

} // namespace sc::models
