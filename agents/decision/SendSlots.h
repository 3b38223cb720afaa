#pragma once

#include <QList>
#include <QtGlobal>
#include <map>
#include <vector>

namespace sc::agents::decision {

// The sending caps of one mailbox: at most `perDay` sends in any 24 hours, at least
// `minSpacingSeconds` between two sends, and a warm-up ramp for a new mailbox.
struct Rules
{
    int perDay = 50;
    int minSpacingSeconds = 120;
    bool warmed = false;
    qint64 rampStartMs = 0; // first send of this mailbox; 0 = not started
};

// Plans sends for one mailbox: the earliest moment one more send fits the caps, given the sends
// already made or planned. Times are UTC milliseconds since the Unix epoch.
class SendSlots
{
public:
    SendSlots(Rules rules, QList<qint64> taken);

    // The daily cap of a mailbox at `at`: perDay once warmed; while warming, floor(20 * 1.2^k) where k
    // is the number of whole days since rampStartMs (k = 0 when rampStartMs is 0: the ramp starts
    // at `at`), never above perDay, never below 1.
    static int rampCap(int perDay, bool warmed, qint64 rampStartMs, qint64 at);
    // The cap at `at` for this mailbox. When rampStartMs is 0 the ramp starts at the first taken send.
    int capAt(qint64 at) const;
    // The earliest moment >= t at which one more send keeps every taken time at least the spacing
    // away and every 24-hour window (a, a + 24 h] that holds it at no more than capAt(slot) sends.
    qint64 earliest(qint64 t) const;
    // Adds a planned send.
    void take(qint64 t);
    int count() const;

    static constexpr qint64 DayMs = 24LL * 3600 * 1000;

private:
    qint64 rampStart() const;
    // The moment the cap may next change after `at` (the next day of the ramp), or a value past any
    // time when the cap no longer changes.
    qint64 nextCapChange(qint64 at) const;

    Rules m_rules;
    std::vector<qint64> m_taken; // sorted
    // Query time -> the answer earliest() gave: lower bounds for later queries (see earliest()).
    mutable std::map<qint64, qint64> m_hints;
};

} // namespace sc::agents::decision
