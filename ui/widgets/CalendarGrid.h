#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QWidget>
#include <optional>

namespace sc::ui {

// One thing on the rep's calendar: a meeting, a due task or a sequence send planned that day.
struct CalendarEntry
{
    enum class Kind { Meeting, Task, PlannedSend, Busy };
    qint64 id = 0;
    qint64 prospectId = 0; // 0: none
    Kind kind = Kind::Meeting;
    qint64 startMs = 0; // UTC
    qint64 endMs = 0;
    QString title;
    QString detail; // e.g. the prospect's local time ("their time: 08:00 America/Chicago")
    bool cancelled = false;
};

// The day and week layouts of the calendar: one column per day from `firstDay`, hours down the side, each
// entry a box from its start to its end in the rep's time zone. Entries that overlap share the width of
// their day (side by side, the way every calendar app does it); today's column is tinted and a red line
// marks now. Paints only what is visible, so a week of thousands of entries stays fast. A double click on
// an empty slot asks for a meeting there; a click on an entry selects it.
class CalendarGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int HourHeight = 48;

    // The local time of day as the rep's locale writes it, without seconds ("14:30", "2:30 PM").
    static QString timeText(const QLocale& locale, const QTime& time);

    explicit CalendarGrid(QWidget* parent = nullptr);

    // days: 1 (day) or 7 (week); zone: the rep's.
    void setRange(const QDate& firstDay, int days, const QTimeZone& zone);
    void setEntries(QList<CalendarEntry> entries);
    // For tests and the today line: the current time (ms UTC); 0 = the clock's.
    void setNow(qint64 nowMs);

    QDate firstDay() const { return m_first; }
    int days() const { return m_days; }
    const QList<CalendarEntry>& entries() const { return m_entries; }
    // The entry drawn at a point, its index in entries(); nullopt on an empty slot.
    std::optional<qsizetype> entryAt(const QPoint& point) const;
    // The box of entries()[index] (for tests: every box lies inside its day column, none overlap).
    QRect entryRect(qsizetype index) const;
    // The moment (ms UTC, on the quarter hour) under a point of the grid; nullopt outside it.
    std::optional<qint64> timeAt(const QPoint& point) const;
    // The y of a local time of day in the widget.
    int yOf(const QTime& time) const;
    qsizetype selected() const { return m_selected; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rangeChanged();
    void entryActivated(qsizetype index); // a click on an entry
    void emptySlotActivated(qint64 startMs); // a double click where nothing is

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Placed
    {
        int day = 0; // column
        double top = 0; // minutes from the day's start
        double bottom = 0;
        int lane = 0;
        int lanes = 1;
    };
    friend class CalendarDayHeader;
    void layoutEntries();
    int labelWidth() const;
    double columnWidth() const;

    QDate m_first = QDate::currentDate();
    int m_days = 7;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_now = 0;
    QList<CalendarEntry> m_entries;
    QList<Placed> m_placed; // parallel to m_entries
    qsizetype m_selected = -1;
};

// The day names over a CalendarGrid's columns, outside its scroll area so they stay in sight.
class CalendarDayHeader : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Height = 36;
    explicit CalendarDayHeader(CalendarGrid* grid, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {0, Height}; }
    QSize minimumSizeHint() const override { return {0, Height}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CalendarGrid* m_grid;
};

} // namespace sc::ui
