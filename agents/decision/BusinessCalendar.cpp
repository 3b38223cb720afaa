#include "BusinessCalendar.h"

#include <QDateTime>
#include <algorithm>
#include <utility>

namespace sc::agents::decision {

BusinessCalendar::BusinessCalendar(QTimeZone zone, BusinessHours hours)
    : m_zone(std::move(zone))
    , m_hours(std::move(hours))
{
    if (!m_zone.isValid()) {
        m_zone = QTimeZone::utc();
    }
    if (!m_hours.start.isValid() || !m_hours.end.isValid() || m_hours.end <= m_hours.start) {
        m_hours.start = QTime(9, 0);
        m_hours.end = QTime(17, 0);
    }
}

bool BusinessCalendar::isBusinessDay(QDate localDate) const
{
    return localDate.isValid() && m_hours.days.contains(localDate.dayOfWeek()) && !m_hours.holidays.contains(localDate);
}

qint64 BusinessCalendar::moment(QDate date, QTime time) const
{
    const QDateTime exact(date, time, m_zone);
    if (exact.isValid() && exact.date() == date && exact.time() == time) {
        return exact.toMSecsSinceEpoch();
    }
    // A spring-forward gap: the first whole minute after `time` that exists is the transition itself
    // (gaps in the tz database fall on whole minutes).
    const int base = time.msecsSinceStartOfDay() / 60000 * 60000;
    for (int minute = 1; minute <= 24 * 60; ++minute) {
        const int ms = base + minute * 60000;
        if (ms >= 24 * 3600 * 1000) {
            break;
        }
        const QTime later = QTime::fromMSecsSinceStartOfDay(ms);
        const QDateTime candidate(date, later, m_zone);
        if (candidate.isValid() && candidate.date() == date && candidate.time() == later) {
            return candidate.toMSecsSinceEpoch();
        }
    }
    return QDateTime(date.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

qint64 BusinessCalendar::nextOpen(qint64 utcMs) const
{
    const QDate first = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).date();
    for (int i = 0; i < SearchDays; ++i) {
        const QDate day = first.addDays(i);
        if (!isBusinessDay(day)) {
            continue;
        }
        if (utcMs < moment(day, m_hours.end)) {
            return std::max(utcMs, moment(day, m_hours.start));
        }
    }
    return utcMs;
}

qint64 BusinessCalendar::addBusinessDays(qint64 utcMs, int n) const
{
    if (n <= 0) {
        return utcMs;
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    QDate day = local.date();
    int counted = 0;
    int sinceLast = 0;
    while (counted < n) {
        day = day.addDays(1);
        if (isBusinessDay(day)) {
            ++counted;
            sinceLast = 0;
        } else if (++sinceLast > SearchDays) {
            return utcMs;
        }
    }
    return moment(day, local.time());
}

QTimeZone BusinessCalendar::zone() const
{
    return m_zone;
}

} // namespace sc::agents::decision
