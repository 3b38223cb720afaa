// The calendar's week layout with 2,000 meetings (issue 20's figure: painted in under 50 ms): the layout of
// the entries once, then the whole week painted into an image 30 times; prints the median and the worst.
// Figures only: the machine's load decides the timings, so nothing here asserts one.
#include "ui/widgets/CalendarGrid.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using sc::ui::CalendarEntry;
using sc::ui::CalendarGrid;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QTimeZone paris("Europe/Paris");
    const QDate monday(2027, 1, 11);
    QRandomGenerator random(20);
    QList<CalendarEntry> entries;
    for (int i = 0; i < 2000; ++i) {
        CalendarEntry e;
        e.id = i + 1;
        e.kind = i % 7 == 0 ? CalendarEntry::Kind::Task : CalendarEntry::Kind::Meeting;
        const QDateTime start(monday.addDays(random.bounded(7)),
                              QTime(7 + int(random.bounded(12)), int(random.bounded(4)) * 15), paris);
        e.startMs = start.toMSecsSinceEpoch();
        e.endMs = e.startMs + qint64(15 + random.bounded(4) * 15) * 60 * 1000;
        e.title = QStringLiteral("Meeting %1 with Kestrel Labs").arg(i);
        e.detail = QStringLiteral("their time: 08:00 America/Chicago");
        entries.append(e);
    }
    CalendarGrid grid;
    grid.resize(1280, 24 * CalendarGrid::HourHeight);
    grid.setRange(monday, 7, paris);
    QElapsedTimer timer;
    timer.start();
    grid.setEntries(entries);
    const double layoutMs = timer.nsecsElapsed() / 1e6;
    QImage image(grid.size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> paints;
    for (int run = 0; run < 30; ++run) {
        timer.restart();
        QPainter painter(&image);
        grid.render(&painter);
        painter.end();
        paints.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(paints.begin(), paints.end());
    std::printf("bench_calendar: week of 2,000 entries: layout %.1f ms; whole day-and-night grid (%dx%d) painted: "
                "median %.1f ms, worst %.1f ms over 30  [goal: under 50 ms]\n",
                layoutMs, grid.width(), grid.height(), paints.at(paints.size() / 2), paints.constLast());
    return 0;
}
