#pragma once

#include "models/Workspace.h"
#include "ui/widgets/CalendarGrid.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

namespace sc::ui {

class ViewHeader;

// The rep's calendar: day, week and agenda layouts of their meetings and due tasks, in the rep's time zone
// (shown in the header), with each prospect's own local time beside a meeting with them. Back, Today and
// Forward move by the layout's span; the agenda lists the next 30 days.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { Day, Week, Agenda };
    static constexpr int AgendaDays = 30;

    explicit CalendarView(const models::Workspace& workspace, QWidget* parent = nullptr);

    Layout layout() const { return m_layout; }
    void setLayout(Layout layout);
    QDate anchor() const { return m_anchor; }
    void setAnchor(const QDate& day);
    // The rep's zone (the system's unless set, for tests).
    void setZone(const QTimeZone& zone);
    CalendarGrid* grid() const { return m_grid; }
    QTreeWidget* agenda() const { return m_agenda; }
    QLabel* rangeLabel() const { return m_range; }

public Q_SLOTS:
    void reload();
    void back();
    void forward();
    void goToday();
    // Opens the meeting dialog ("meetingDialog") at `startMs` (0: the next full hour); the view reloads
    // when it is saved.
    void newMeeting(qint64 startMs = 0);

Q_SIGNALS:
    void prospectRequested(qint64 prospectId);

private:
    QDate firstDay() const;
    int spanDays() const;
    QList<CalendarEntry> load(qint64 fromMs, qint64 toMs) const;
    void fillAgenda(const QList<CalendarEntry>& entries);

    models::Workspace m_workspace;
    ViewHeader* m_header;
    QButtonGroup* m_layouts;
    QLabel* m_range;
    QLabel* m_zoneLabel;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    CalendarGrid* m_grid;
    QTreeWidget* m_agenda;
    Layout m_layout = Layout::Week;
    QDate m_anchor;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace sc::ui
