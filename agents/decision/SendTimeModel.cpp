#include "SendTimeModel.h"

#include "ProspectZone.h"

#include <QDateTime>
#include <algorithm>

namespace sc::agents::decision {

namespace {

// Rates computed the same way from the same counts are equal to the last bit; this only absorbs the
// rounding of sums taken in a different order.
constexpr double TieEpsilon = 1e-9;

// The UTC moment local hour `hour` of `day` starts at; -1 when that hour does not exist (a DST gap).
qint64 hourStart(const QTimeZone& zone, QDate day, int hour)
{
    const QTime time(hour, 0);
    const QDateTime start(day, time, zone);
    if (!start.isValid() || start.date() != day || start.time() != time) {
        return -1;
    }
    return start.toMSecsSinceEpoch();
}

// When local hour `hour` of `day` ends: the start of the next hour that exists, else the next day.
qint64 hourEnd(const QTimeZone& zone, QDate day, int hour)
{
    for (int next = hour + 1; next < SendTimeModel::Hours; ++next) {
        if (const qint64 at = hourStart(zone, day, next); at >= 0) {
            return at;
        }
    }
    return day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace

void SendTimeModel::Counts::add(int weekday, int hour)
{
    ++cells.at(size_t(weekday - 1)).at(size_t(hour));
    ++total;
}

SendTimeModel::SendTimeModel(const QList<Reply>& replies, const BusinessHours& priorHours)
    : m_prior(businessMask(priorHours))
{
    int inside = 0;
    for (const auto& day : m_prior) {
        inside += int(std::count(day.begin(), day.end(), true));
    }
    for (int d = 0; d < Days; ++d) {
        for (int h = 0; h < Hours; ++h) {
            // No business hour at all: a flat prior rather than none.
            m_base[d][h] = inside == 0 ? 1.0 / (Days * Hours) : (m_prior[d][h] ? 1.0 / inside : 0.0);
        }
    }
    for (const Reply& r : replies) {
        if (r.weekday < 1 || r.weekday > Days || r.hour < 0 || r.hour >= Hours) {
            continue;
        }
        m_workspace.add(r.weekday, r.hour);
        const QString country = countryKey(r.country);
        if (!country.isEmpty()) {
            m_countries[country].add(r.weekday, r.hour);
        }
        if (r.companyId > 0) {
            m_companies[r.companyId].add(r.weekday, r.hour);
            if (!country.isEmpty()) {
                ++m_companyCountries[r.companyId][country];
            }
        }
    }
}

SendTimeModel::Reply SendTimeModel::reply(qint64 utcMs, const QTimeZone& zone, const QString& country, qint64 companyId)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone.isValid() ? zone : QTimeZone::utc());
    return {local.date().dayOfWeek(), local.time().hour(), country, companyId};
}

QString SendTimeModel::countryKey(const QString& country)
{
    const QString trimmed = country.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const QLocale::Territory territory = ProspectZone::territory(trimmed);
    return territory == QLocale::AnyTerritory ? trimmed.toUpper() : QLocale::territoryToCode(territory);
}

BusinessHours SendTimeModel::defaultHours()
{
    return BusinessHours {{1, 2, 3, 4, 5}, QTime(9, 0), QTime(17, 0), {}};
}

SendTimeModel::Mask SendTimeModel::businessMask(const BusinessHours& hours)
{
    QTime start = hours.start;
    QTime end = hours.end;
    if (!start.isValid() || !end.isValid() || end <= start) {
        start = QTime(9, 0); // as BusinessCalendar reads an invalid window
        end = QTime(17, 0);
    }
    Mask mask {};
    for (const int day : hours.days) {
        if (day < 1 || day > Days) {
            continue;
        }
        for (int h = 0; h < Hours; ++h) {
            const int from = h * 3600 * 1000;
            const int to = from + 3600 * 1000;
            mask[day - 1][h] = from < end.msecsSinceStartOfDay() && to > start.msecsSinceStartOfDay();
        }
    }
    return mask;
}

bool SendTimeModel::hasPattern() const
{
    return m_workspace.total >= MinReplies;
}

int SendTimeModel::replies() const
{
    return m_workspace.total;
}

int SendTimeModel::countryReplies(const QString& country) const
{
    const auto it = m_countries.constFind(countryKey(country));
    return it == m_countries.cend() ? 0 : it->total;
}

int SendTimeModel::companyReplies(qint64 companyId) const
{
    const auto it = m_companies.constFind(companyId);
    return it == m_companies.cend() ? 0 : it->total;
}

QString SendTimeModel::countryOf(qint64 companyId) const
{
    QString best;
    int most = 0;
    const QHash<QString, int> seen = m_companyCountries.value(companyId);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

QStringList SendTimeModel::countries() const
{
    QStringList keys = m_countries.keys();
    keys.sort();
    return keys;
}

SendTimeModel::Grid SendTimeModel::posterior(const Counts& counts, const Grid& base, double strength)
{
    Grid out {};
    const double total = counts.total + strength;
    for (int d = 0; d < Days; ++d) {
        for (int h = 0; h < Hours; ++h) {
            out[d][h] = (counts.cells[d][h] + strength * base[d][h]) / total;
        }
    }
    return out;
}

SendTimeModel::Grid SendTimeModel::grid(const QString& country, qint64 companyId) const
{
    Grid shares = posterior(m_workspace, m_base, PriorStrength);
    const QString key = countryKey(country.isEmpty() && companyId > 0 ? countryOf(companyId) : country);
    if (const auto it = m_countries.constFind(key); !key.isEmpty() && it != m_countries.cend()) {
        shares = posterior(*it, shares, ShrinkStrength);
    }
    if (const auto it = m_companies.constFind(companyId); companyId > 0 && it != m_companies.cend()) {
        shares = posterior(*it, shares, ShrinkStrength);
    }
    return shares;
}

QList<SendTimeModel::Cell> SendTimeModel::best(const Grid& grid, int count)
{
    QList<Cell> cells;
    cells.reserve(Days * Hours);
    for (int d = 0; d < Days; ++d) {
        for (int h = 0; h < Hours; ++h) {
            cells.append({d + 1, h, grid[d][h]});
        }
    }
    std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.rate > b.rate; });
    return cells.mid(0, std::max(0, count));
}

qint64 SendTimeModel::runMoment(const BusinessCalendar& calendar, qint64 dueMs, const QString& country,
                                qint64 companyId) const
{
    const qint64 plain = calendar.nextOpen(dueMs);
    if (!hasPattern()) {
        return plain;
    }
    const qint64 limit = calendar.addBusinessDays(plain, HorizonBusinessDays);
    if (limit <= plain) {
        return plain; // no business day ahead: nothing to choose from
    }
    const Grid shares = grid(country, companyId);
    const QTimeZone zone = calendar.zone();
    struct Slot
    {
        qint64 at = 0;
        double rate = 0;
    };
    // Every business hour between the plain moment and the horizon, with its first moment that is open.
    QList<Slot> slots;
    const QDate first = QDateTime::fromMSecsSinceEpoch(plain, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(limit, zone).date();
    for (QDate day = first; day <= last && first.daysTo(day) <= BusinessCalendar::SearchDays; day = day.addDays(1)) {
        if (!calendar.isBusinessDay(day)) {
            continue;
        }
        for (int h = 0; h < Hours; ++h) {
            const qint64 start = hourStart(zone, day, h);
            if (start < 0 || start > limit) {
                continue;
            }
            const qint64 end = hourEnd(zone, day, h);
            if (end <= plain) {
                continue;
            }
            const qint64 at = calendar.nextOpen(std::max(start, plain));
            if (at >= end || at > limit) {
                continue; // not a business hour
            }
            slots.append({at, shares[day.dayOfWeek() - 1][h]});
        }
    }
    if (slots.isEmpty()) {
        return plain;
    }
    // The rate of the last hour needed to hold WindowShare of the reachable mass: every hour rated as
    // well is in the window, and the step runs at the earliest of them.
    QList<double> rates;
    double total = 0;
    for (const Slot& s : std::as_const(slots)) {
        rates.append(s.rate);
        total += s.rate;
    }
    std::sort(rates.begin(), rates.end(), std::greater<>());
    double threshold = rates.first();
    double held = 0;
    for (const double r : std::as_const(rates)) {
        held += r;
        threshold = r;
        if (held >= WindowShare * total) {
            break;
        }
    }
    for (const Slot& s : std::as_const(slots)) {
        if (s.rate >= threshold - TieEpsilon * std::max(1.0, threshold)) {
            return s.at;
        }
    }
    return plain;
}

} // namespace sc::agents::decision
