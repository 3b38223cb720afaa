#pragma once

#include <QDate>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace sc::agents::decision {

// The opening hours of a prospect's business: the days of the week it works, its local window
// [start, end) and its public holidays. A window whose end is not after its start is invalid and
// read as 09:00-17:00.
struct BusinessHours
{
    QList<int> days; // Qt::DayOfWeek values, 1 = Monday .. 7 = Sunday; empty: no business day
    QTime start {9, 0};
    QTime end {17, 0};
    QList<QDate> holidays;
};

// When a message may go out so that it lands during the prospect's working hours, in the prospect's
// own time zone (DST included). Times are UTC milliseconds since the Unix epoch.
class BusinessCalendar
{
public:
    BusinessCalendar(QTimeZone zone, BusinessHours hours);

    // A day of the week in `days` that is not a holiday.
    bool isBusinessDay(QDate localDate) const;
    // The first moment >= utcMs inside the window of a business day; utcMs when no business day
    // exists in the next 800 days (an empty `days`, say).
    qint64 nextOpen(qint64 utcMs) const;
    // The moment n business days after utcMs at the same local wall time (the first valid moment
    // after it if that time falls in a DST gap). n <= 0 returns utcMs.
    qint64 addBusinessDays(qint64 utcMs, int n) const;
    QTimeZone zone() const;

    static constexpr int SearchDays = 800;

private:
    // The UTC moment of a local date and time; a time in a spring-forward gap gives the first valid
    // moment after it.
    qint64 moment(QDate date, QTime time) const;

    QTimeZone m_zone;
    BusinessHours m_hours;
};

} // namespace sc::agents::decision
