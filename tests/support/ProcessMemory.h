#pragma once

#include <QByteArray>

namespace sc::tests::ProcessMemory {

// A size from /proc/self/status ("VmHWM", the peak resident size since the last reset; "VmRSS", the
// current one), in bytes; 0 where there is no such file.
qint64 statusBytes(const QByteArray& field);
// Resets the peak to the current resident size (Linux 4.0+), so a step's own peak can be read;
// false where it cannot.
bool resetPeak();

} // namespace sc::tests::ProcessMemory
