#pragma once

#include "BusinessCalendar.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <array>

namespace sc::agents::decision {

// When a workspace's prospects answer, learned from the local weekday and hour their human replies
// arrived at (opens are not tracked: Apple Mail Privacy Protection makes them meaningless), and the
// moment a step should run so that it lands in that window.
//
// The rate of a cell (weekday, hour) is the posterior share of replies that land in it: a Dirichlet
// whose prior puts PriorStrength pseudo-replies evenly on business hours (Monday to Friday, 09:00-17:00
// unless told otherwise) for the workspace; a country starts from the workspace's shares with
// ShrinkStrength pseudo-replies, a company from its country's. A scope with few replies so looks like
// the wider one, one with many replies speaks for itself. Below MinReplies in the workspace there is
// no pattern at all and runMoment() is the calendar's plain first moment inside business hours.
class SendTimeModel
{
public:
    static constexpr int Days = 7;
    static constexpr int Hours = 24;
    // [weekday - 1][hour]: weekday 1 is Monday, hours are local to the prospect.
    using Grid = std::array<std::array<double, Hours>, Days>;
    using Mask = std::array<std::array<bool, Hours>, Days>;

    static constexpr int MinReplies = 50;
    static constexpr double PriorStrength = 20;
    static constexpr double ShrinkStrength = 20;
    // The window is the best-rated reachable hours that together hold this share of the reachable mass.
    static constexpr double WindowShare = 0.5;
    // How far past the plain first moment a step may wait for its window.
    static constexpr int HorizonBusinessDays = 2;

    struct Reply
    {
        int weekday = 1; // Qt::DayOfWeek, 1 = Monday
        int hour = 0; // 0-23
        QString country; // as stored ("FR", "France", "Allemagne"); empty when unknown
        qint64 companyId = 0; // 0: none
    };
    struct Cell
    {
        int weekday = 1;
        int hour = 0;
        double rate = 0;
    };

    explicit SendTimeModel(const QList<Reply>& replies = {}, const BusinessHours& priorHours = defaultHours());

    // A reply received at utcMs, placed on the prospect's local clock.
    static Reply reply(qint64 utcMs, const QTimeZone& zone, const QString& country, qint64 companyId);
    // The ISO 3166 code of a code or an English or French name ("France" -> "FR"); the trimmed text in
    // upper case when it names no territory, empty for an empty text.
    static QString countryKey(const QString& country);
    static BusinessHours defaultHours();
    // The cells of business hours: an hour counts when any part of it is inside the window.
    static Mask businessMask(const BusinessHours& hours);

    bool hasPattern() const;
    int replies() const; // the workspace's
    int countryReplies(const QString& country) const;
    int companyReplies(qint64 companyId) const;
    // The country a company's replies came from (its most frequent); empty when unknown.
    QString countryOf(qint64 companyId) const;
    QStringList countries() const; // keys with at least one reply, sorted
    const Mask& priorMask() const { return m_prior; }

    // The shares of a scope: the workspace (both empty), a country, or a company shrunk to its country
    // (the given one, else the company's own).
    Grid grid(const QString& country = {}, qint64 companyId = 0) const;
    // The `count` best-rated cells of a grid, best first (ties: earlier in the week, then the day).
    static QList<Cell> best(const Grid& grid, int count);

    // When a step due at dueMs should run: the calendar's first moment inside business hours at or after
    // dueMs when there is no pattern; else the first business-hours moment at or after it that falls in
    // the best-rated hours reachable before HorizonBusinessDays business days past that plain moment
    // (the hours that hold WindowShare of their mass, ties kept). Never outside business hours, never
    // before the plain moment.
    qint64 runMoment(const BusinessCalendar& calendar, qint64 dueMs, const QString& country = {},
                     qint64 companyId = 0) const;

private:
    struct Counts
    {
        std::array<std::array<int, Hours>, Days> cells {};
        int total = 0;
        void add(int weekday, int hour);
    };
    static Grid posterior(const Counts& counts, const Grid& base, double strength);

    Mask m_prior {};
    Grid m_base {};
    Counts m_workspace;
    QHash<QString, Counts> m_countries;
    QHash<qint64, Counts> m_companies;
    QHash<qint64, QHash<QString, int>> m_companyCountries;
};

} // namespace sc::agents::decision
