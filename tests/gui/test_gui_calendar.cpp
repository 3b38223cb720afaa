// The calendar's day and week layouts, offscreen: entries sit in their day's column at their local time
// (DST days included), overlapping ones side by side, a double click on an empty slot gives its quarter
// hour; the view shows the rep's due tasks, moves by a week, lists the agenda, and is screenshot in
// English and French (SC_WALKTHROUGH_DIR).
#include "TestWorkspace.h"
#include "models/Clock.h"
#include "models/repositories/MeetingRepository.h"
#include "models/repositories/ProspectRepository.h"
#include "models/repositories/TaskRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "ui/dialogs/MeetingDialog.h"
#include "ui/services/MeetingReminders.h"
#include "ui/views/calendar/CalendarView.h"
#include "ui/widgets/CalendarGrid.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace sc;
using ui::CalendarEntry;
using ui::CalendarGrid;
using ui::CalendarView;

namespace {

qint64 at(const QTimeZone& zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

CalendarEntry meeting(qint64 start, int minutes, const QString& title)
{
    CalendarEntry e;
    e.startMs = start;
    e.endMs = start + qint64(minutes) * 60 * 1000;
    e.title = title;
    return e;
}

void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SC_WALKTHROUGH_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
    }
}

} // namespace

class TestGuiCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesSitAtTheirLocalTimeAndOverlapSideBySide()
    {
        const QTimeZone paris("Europe/Paris");
        CalendarGrid grid;
        grid.resize(1000, 24 * CalendarGrid::HourHeight);
        grid.setRange(QDate(2027, 1, 11), 7, paris); // Monday
        grid.setEntries({meeting(at(paris, 2027, 1, 12, 10), 60, QStringLiteral("Demo with Ana Ruiz")),
                         meeting(at(paris, 2027, 1, 12, 10, 30), 60, QStringLiteral("Call with Kestrel Labs")),
                         meeting(at(paris, 2027, 1, 12, 14), 30, QStringLiteral("Alone")),
                         meeting(at(paris, 2027, 1, 20, 9), 30, QStringLiteral("Next week"))});
        const QRect a = grid.entryRect(0);
        const QRect b = grid.entryRect(1);
        const QRect alone = grid.entryRect(2);
        QVERIFY(a.isValid() && b.isValid() && alone.isValid());
        QVERIFY(!a.intersects(b)); // side by side
        QCOMPARE(a.top(), grid.yOf(QTime(10, 0)));
        QCOMPARE(b.top(), grid.yOf(QTime(10, 30)));
        QVERIFY(alone.width() > a.width() + b.width() - 4); // the whole column once alone
        QVERIFY(qAbs(a.left() - alone.left()) <= 1);
        // Tuesday is the second column.
        const double column = double(grid.width() - a.left()) / 7;
        QVERIFY(a.left() > column * 0.9);
        QVERIFY(!grid.entryRect(3).isValid()); // outside the week: not drawn
        QCOMPARE(grid.entryAt(a.center()), std::optional<qsizetype>(0));
        QCOMPARE(grid.entryAt(b.center()), std::optional<qsizetype>(1));
        QVERIFY(!grid.entryAt(QPoint(alone.center().x(), grid.yOf(QTime(20, 0)))));
    }

    void aDstDayKeepsLocalTimesAndRealLengths()
    {
        const QTimeZone paris("Europe/Paris");
        CalendarGrid grid;
        grid.resize(600, 24 * CalendarGrid::HourHeight);
        grid.setRange(QDate(2027, 3, 28), 1, paris); // clocks go forward at 02:00
        grid.setEntries({meeting(at(paris, 2027, 3, 28, 1, 30), 60, QStringLiteral("Across the change")),
                         meeting(at(paris, 2027, 3, 28, 10), 45, QStringLiteral("After it"))});
        QCOMPARE(grid.entryRect(1).top(), grid.yOf(QTime(10, 0)));
        // 01:30 + 60 real minutes = 03:30 local; the box is drawn 60 minutes long from 01:30.
        QCOMPARE(grid.entryRect(0).top(), grid.yOf(QTime(1, 30)));
        QVERIFY(qAbs(grid.entryRect(0).height() - CalendarGrid::HourHeight) <= 2);
    }

    void doubleClickOnAnEmptySlotGivesItsQuarterHour()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        CalendarGrid grid;
        grid.resize(800, 24 * CalendarGrid::HourHeight);
        grid.setRange(QDate(2027, 1, 11), 7, tokyo);
        QSignalSpy spy(&grid, &CalendarGrid::emptySlotActivated);
        const int x = grid.width() - 10; // Sunday's column
        const int y = grid.yOf(QTime(15, 40));
        QTest::mouseDClick(&grid, Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), at(tokyo, 2027, 1, 17, 15, 30));
        QVERIFY(!grid.timeAt(QPoint(5, y))); // the hours' labels
    }

    void viewShowsDueTasksMovesByAWeekAndListsTheAgenda()
    {
        const QTimeZone paris("Europe/Paris");
        ManualClock clock(QDateTime(QDate(2027, 1, 13), QTime(9, 0), QTimeZone::utc())); // a Wednesday
        Clock::setInstance(&clock);
        {
            tests::TestWorkspace ws;
            const QSqlDatabase db = ws->connection();
            models::Prospect p;
            p.firstName = QStringLiteral("Ana");
            p.lastName = QStringLiteral("Ruiz");
            p.email = QStringLiteral("ana.ruiz@heron-works.example");
            const qint64 prospect = models::ProspectRepository(db).insertProspect(p, clock.nowMs());
            models::TaskRepository tasks(db);
            tasks.add(prospect, QStringLiteral("Call Ana"), at(paris, 2027, 1, 14, 11), QStringLiteral("rep"),
                      clock.nowMs());
            tasks.add(prospect, QStringLiteral("Send the proposal"), at(paris, 2027, 1, 21, 16), QStringLiteral("rep"),
                      clock.nowMs());
            QVERIFY(models::ProspectRepository(db).setTimezone(prospect, QStringLiteral("America/Chicago"),
                                                               QStringLiteral("rep"), clock.nowMs()));
            models::Meeting m;
            m.prospectId = prospect;
            m.title = QStringLiteral("Demo for Heron Works");
            m.startsAt = at(paris, 2027, 1, 14, 15);
            m.endsAt = at(paris, 2027, 1, 14, 15, 45);
            m.timezone = QStringLiteral("Europe/Paris");
            models::MeetingRepository(db).create(m, QStringLiteral("rep"), clock.nowMs());
            CalendarView view(*ws);
            view.setZone(paris);
            view.resize(1100, 760);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCOMPARE(view.layout(), CalendarView::Layout::Week);
            QCOMPARE(view.grid()->firstDay().dayOfWeek(), int(view.locale().firstDayOfWeek()));
            QCOMPARE(view.grid()->entries().size(), 2);
            QCOMPARE(view.grid()->entries().at(0).title, QStringLiteral("Call Ana"));
            QCOMPARE(view.grid()->entries().at(0).prospectId, prospect);
            const CalendarEntry& demo = view.grid()->entries().at(1);
            QCOMPARE(demo.kind, CalendarEntry::Kind::Meeting);
            QCOMPARE(demo.detail, QStringLiteral("Ana Ruiz · their time 08:00 (Chicago)"));
            QCOMPARE(view.grid()->entryRect(1).top(), view.grid()->yOf(QTime(15, 0)));
            QSignalSpy opened(&view, &CalendarView::prospectRequested);
            QTest::mouseClick(view.grid(), Qt::LeftButton, Qt::NoModifier, view.grid()->entryRect(0).center());
            QCOMPARE(opened.count(), 1);
            shoot(&view, QStringLiteral("calendar-week-en"));
            view.forward();
            QCOMPARE(view.grid()->entries().size(), 1);
            QCOMPARE(view.grid()->entries().at(0).title, QStringLiteral("Send the proposal"));
            view.goToday();
            view.setLayout(CalendarView::Layout::Agenda);
            QTreeWidget* agenda = view.agenda();
            QCOMPARE(agenda->topLevelItemCount(), 5); // two day headings, two tasks and the meeting
            QCOMPARE(agenda->topLevelItem(2)->text(1), QStringLiteral("Demo for Heron Works"));
            QCOMPARE(agenda->topLevelItem(1)->text(1), QStringLiteral("Call Ana"));
            shoot(&view, QStringLiteral("calendar-agenda-en"));
            view.setLayout(CalendarView::Layout::Day);
            QCOMPARE(view.grid()->days(), 1);
            QVERIFY(!view.rangeLabel()->text().isEmpty());
            ws->releaseConnection();
        }
        Clock::setInstance(nullptr);
    }

    // A double click on Thursday 16:00 opens the dialog there; it shows the prospect's own time, refuses an
    // empty title, and the saved meeting is on the grid with the prospect as its attendee.
    void aMeetingIsBookedFromAnEmptySlot()
    {
        const QTimeZone paris("Europe/Paris");
        ManualClock clock(QDateTime(QDate(2027, 1, 13), QTime(9, 0), QTimeZone::utc()));
        Clock::setInstance(&clock);
        {
            tests::TestWorkspace ws;
            const QSqlDatabase db = ws->connection();
            models::Prospect p;
            p.firstName = QStringLiteral("Kenji");
            p.lastName = QStringLiteral("Sato");
            p.email = QStringLiteral("kenji.sato@osprey-trading.example");
            const qint64 prospect = models::ProspectRepository(db).insertProspect(p, clock.nowMs());
            QVERIFY(models::ProspectRepository(db).setTimezone(prospect, QStringLiteral("Asia/Tokyo"),
                                                               QStringLiteral("rep"), clock.nowMs()));
            CalendarView view(*ws);
            view.setZone(paris);
            view.resize(1100, 760);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            CalendarGrid* grid = view.grid();
            const qint64 slot = at(paris, 2027, 1, 14, 16);
            // Thursday's column: find the x whose time is that day.
            int x = 0;
            for (int probe = 0; probe < grid->width(); probe += 10) {
                if (grid->timeAt(QPoint(probe, grid->yOf(QTime(16, 5)))) == slot) {
                    x = probe;
                    break;
                }
            }
            QVERIFY(x > 0);
            QTest::mouseDClick(grid, Qt::LeftButton, Qt::NoModifier, QPoint(x, grid->yOf(QTime(16, 5))));
            ui::MeetingDialog* dialog = view.findChild<ui::MeetingDialog*>(QStringLiteral("meetingDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->startMs(), slot);
            dialog->withField()->setText(p.email);
            Q_EMIT dialog->withField()->editingFinished();
            QCOMPARE(dialog->theirTimeLabel()->text(), QStringLiteral("00:00 for them (Tokyo, Fri 15 Jan)"));
            dialog->accept(); // no title yet
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("meetingError"))->isHidden());
            dialog->titleField()->setText(QStringLiteral("Pricing call"));
            dialog->durationField()->setValue(45);
            dialog->locationField()->setText(QStringLiteral("https://meet.example/kestrel-osprey"));
            shoot(dialog, QStringLiteral("calendar-meeting-dialog-en"));
            dialog->accept();
            const QList<models::Meeting> saved = models::MeetingRepository(db).list(slot, slot + 3600 * 1000);
            QCOMPARE(saved.size(), 1);
            QCOMPARE(saved.first().prospectId, prospect);
            QCOMPARE(saved.first().endsAt - saved.first().startsAt, 45 * 60 * 1000);
            QCOMPARE(saved.first().attendees.size(), 1);
            QCOMPARE(saved.first().attendees.first().email, p.email);
            QCOMPARE(saved.first().timezone, QStringLiteral("Europe/Paris"));
            QCOMPARE(grid->entries().size(), 1);
            QCOMPARE(grid->entries().first().title, QStringLiteral("Pricing call"));
            ws->releaseConnection();
        }
        Clock::setInstance(nullptr);
    }

    // Once per meeting, `minutes` before (15 by default), again after a move, never when cancelled or off.
    void remindersComeOnceBeforeEachMeeting()
    {
        ManualClock clock(QDateTime(QDate(2027, 1, 13), QTime(9, 0), QTimeZone::utc()));
        Clock::setInstance(&clock);
        {
            tests::TestWorkspace ws;
            const QSqlDatabase db = ws->connection();
            models::MeetingRepository meetings(db);
            const qint64 start = clock.nowMs() + 20 * 60 * 1000;
            models::Meeting m;
            m.title = QStringLiteral("Demo for Heron Works");
            m.startsAt = start;
            m.endsAt = start + 30 * 60 * 1000;
            const qint64 id = meetings.create(m, QStringLiteral("rep"), clock.nowMs());
            m.title = QStringLiteral("Cancelled call");
            const qint64 cancelled = meetings.create(m, QStringLiteral("rep"), clock.nowMs());
            meetings.cancel(cancelled, QStringLiteral("rep"), clock.nowMs());
            ui::MeetingReminders reminders(db);
            QSignalSpy soon(&reminders, &ui::MeetingReminders::meetingSoon);
            reminders.check();
            QCOMPARE(soon.count(), 0); // 20 minutes ahead
            clock.advance(6 * 60 * 1000);
            reminders.check();
            QCOMPARE(soon.count(), 1);
            QCOMPARE(soon.at(0).at(0).value<models::Meeting>().title, QStringLiteral("Demo for Heron Works"));
            QCOMPARE(soon.at(0).at(1).toInt(), 14);
            reminders.check();
            QCOMPARE(soon.count(), 1); // once
            meetings.move(id, clock.nowMs() + 10 * 60 * 1000, clock.nowMs() + 40 * 60 * 1000, QStringLiteral("rep"),
                          clock.nowMs());
            reminders.check();
            QCOMPARE(soon.count(), 2); // its new time
            QCOMPARE(soon.at(1).at(1).toInt(), 10);
            models::WorkspaceSettings(db).setInteger(models::Setting::CalendarReminderMinutes, 0);
            meetings.move(id, clock.nowMs() + 5 * 60 * 1000, clock.nowMs() + 35 * 60 * 1000, QStringLiteral("rep"),
                          clock.nowMs());
            reminders.check();
            QCOMPARE(soon.count(), 2); // off
            ws->releaseConnection();
        }
        Clock::setInstance(nullptr);
    }
};

QTEST_MAIN(TestGuiCalendar)
#include "test_gui_calendar.moc"
