#pragma once

#include <QDateTime>
#include <atomic>

namespace sc {

// Time is injected so that backoff, sequences and calendars can be tested in simulated weeks.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide clock; the system clock unless a test installed another one.
    static const Clock& instance();
    static void setInstance(const Clock* clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    QDateTime now() const override;
    void advance(qint64 ms);
    void set(const QDateTime& time);

private:
    std::atomic<qint64> m_ms;
};

} // namespace sc
