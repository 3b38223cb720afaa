#include "CalendarGrid.h"

#include "models/Clock.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace sc::ui {

namespace {

constexpr double MinutesPerDay = 24 * 60;
constexpr double MinBoxMinutes = 15; // a short entry stays big enough to read and to click

QColor kindColour(CalendarEntry::Kind kind, const QPalette& palette)
{
    switch (kind) {
    case CalendarEntry::Kind::Meeting:
        return palette.color(QPalette::Highlight);
    case CalendarEntry::Kind::Task:
        return QColor(0x2e, 0x8b, 0x57);
    case CalendarEntry::Kind::PlannedSend:
        return QColor(0x8a, 0x8f, 0x98);
    case CalendarEntry::Kind::Busy:
        return QColor(0xb0, 0x7d, 0x2b);
    }
    return palette.color(QPalette::Highlight);
}

} // namespace

CalendarGrid::CalendarGrid(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setMinimumHeight(24 * HourHeight);
}

QString CalendarGrid::timeText(const QLocale& locale, const QTime& time)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return locale.toString(time, format);
}

void CalendarGrid::setRange(const QDate& firstDay, int days, const QTimeZone& zone)
{
    m_first = firstDay;
    m_days = std::clamp(days, 1, 7);
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_selected = -1;
    layoutEntries();
    update();
    Q_EMIT rangeChanged();
}

void CalendarGrid::setEntries(QList<CalendarEntry> entries)
{
    m_entries = std::move(entries);
    m_selected = -1;
    layoutEntries();
    update();
}

void CalendarGrid::setNow(qint64 nowMs)
{
    m_now = nowMs;
    update();
}

void CalendarGrid::layoutEntries()
{
    m_placed = QList<Placed>(m_entries.size());
    QList<QList<qsizetype>> perDay(m_days);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const CalendarEntry& e = m_entries.at(i);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(e.startMs, m_zone);
        const int day = int(m_first.daysTo(start.date()));
        Placed& p = m_placed[i];
        p.day = -1;
        if (day < 0 || day >= m_days) {
            continue;
        }
        p.day = day;
        p.top = start.time().msecsSinceStartOfDay() / 60000.0;
        // Minutes past the start, so a meeting across a DST change keeps its real length; past midnight it is
        // cut at the day's end (the next day shows it starting at its own entry only when it begins there).
        const double length = std::max<double>(MinBoxMinutes, (e.endMs - e.startMs) / 60000.0);
        p.bottom = std::min(MinutesPerDay, p.top + length);
        perDay[day].append(i);
    }
    for (QList<qsizetype>& indices : perDay) {
        std::sort(indices.begin(), indices.end(), [this](qsizetype a, qsizetype b) {
            const Placed& pa = m_placed.at(a);
            const Placed& pb = m_placed.at(b);
            return pa.top != pb.top ? pa.top < pb.top : pa.bottom > pb.bottom;
        });
        // Clusters of entries that overlap one another, each entry in the first lane free at its start.
        qsizetype clusterStart = 0;
        double clusterEnd = -1;
        QList<double> laneEnds;
        const auto closeCluster = [&](qsizetype upTo) {
            for (qsizetype k = clusterStart; k < upTo; ++k) {
                m_placed[indices.at(k)].lanes = int(laneEnds.size());
            }
        };
        for (qsizetype k = 0; k < indices.size(); ++k) {
            Placed& p = m_placed[indices.at(k)];
            if (p.top >= clusterEnd) {
                closeCluster(k);
                clusterStart = k;
                laneEnds.clear();
            }
            const auto free = std::find_if(laneEnds.begin(), laneEnds.end(), [&p](double end) { return end <= p.top; });
            if (free == laneEnds.end()) {
                p.lane = int(laneEnds.size());
                laneEnds.append(p.bottom);
            } else {
                p.lane = int(free - laneEnds.begin());
                *free = p.bottom;
            }
            clusterEnd = std::max(clusterEnd, p.bottom);
        }
        closeCluster(indices.size());
    }
}

int CalendarGrid::labelWidth() const
{
    return fontMetrics().horizontalAdvance(timeText(locale(), QTime(23, 0))) + 16;
}

double CalendarGrid::columnWidth() const
{
    return std::max(1.0, double(width() - labelWidth()) / m_days);
}

int CalendarGrid::yOf(const QTime& time) const
{
    return int(time.msecsSinceStartOfDay() / 60000.0 * HourHeight / 60.0);
}

QRect CalendarGrid::entryRect(qsizetype index) const
{
    if (index < 0 || index >= m_placed.size() || m_placed.at(index).day < 0) {
        return {};
    }
    const Placed& p = m_placed.at(index);
    const double column = columnWidth();
    const double laneWidth = (column - 6) / std::max(1, p.lanes);
    const double x = labelWidth() + p.day * column + 2 + p.lane * laneWidth;
    const double top = p.top * HourHeight / 60.0;
    const double bottom = p.bottom * HourHeight / 60.0;
    return QRectF(x, top, laneWidth - 1, bottom - top - 1).toAlignedRect().adjusted(0, 0, -1, -1);
}

std::optional<qsizetype> CalendarGrid::entryAt(const QPoint& point) const
{
    // Later entries are painted on top: the last one under the point is the one seen.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (entryRect(i).contains(point)) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<qint64> CalendarGrid::timeAt(const QPoint& point) const
{
    if (point.x() < labelWidth() || point.y() < 0 || point.y() >= height() || point.x() >= width()) {
        return std::nullopt;
    }
    const int day = std::min(m_days - 1, int((point.x() - labelWidth()) / columnWidth()));
    const int minutes = std::clamp(int(point.y() * 60.0 / HourHeight), 0, 24 * 60 - 1);
    const int quarter = minutes / 15 * 15;
    const QDateTime local(m_first.addDays(day), QTime(quarter / 60, quarter % 60), m_zone);
    return local.toMSecsSinceEpoch();
}

QSize CalendarGrid::sizeHint() const
{
    return {labelWidth() + m_days * 140, 24 * HourHeight};
}

QSize CalendarGrid::minimumSizeHint() const
{
    return {labelWidth() + m_days * 60, 24 * HourHeight};
}

void CalendarGrid::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    const QRect clip = event->rect();
    const QPalette pal = palette();
    p.fillRect(clip, pal.color(QPalette::Base));
    const int label = labelWidth();
    const double column = columnWidth();
    const qint64 now = m_now > 0 ? m_now : Clock::instance().nowMs();
    const QDateTime nowLocal = QDateTime::fromMSecsSinceEpoch(now, m_zone);
    const int today = int(m_first.daysTo(nowLocal.date()));

    // Today's column, tinted.
    if (today >= 0 && today < m_days) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlpha(22);
        p.fillRect(QRectF(label + today * column, 0, column, height()), tint);
    }
    // Hour lines and labels.
    const QColor line = pal.color(QPalette::Mid);
    QColor faint = line;
    faint.setAlpha(90);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int h = 0; h < 24; ++h) {
        const int y = h * HourHeight;
        if (y + HourHeight < clip.top() || y > clip.bottom()) {
            continue;
        }
        p.setPen(faint);
        p.drawLine(label, y, width(), y);
        if (h > 0) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(0, y - 8, label - 8, 16), Qt::AlignRight | Qt::AlignVCenter,
                       timeText(locale(), QTime(h, 0)));
        }
    }
    // Day columns and their headers.
    p.setPen(line);
    for (int d = 0; d <= m_days; ++d) {
        const int x = int(label + d * column);
        p.drawLine(x, 0, x, height());
    }
    p.setFont(font());

    // Entries, only those in the painted area.
    const QFontMetrics metrics = fontMetrics();
    const int lineHeight = metrics.height();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QRect box = entryRect(i);
        if (!box.isValid() || !box.intersects(clip)) {
            continue;
        }
        const CalendarEntry& e = m_entries.at(i);
        QColor fill = kindColour(e.kind, pal);
        QColor border = fill.darker(130);
        fill.setAlpha(e.cancelled ? 60 : (e.kind == CalendarEntry::Kind::PlannedSend ? 110 : 200));
        p.setPen(i == m_selected ? QPen(pal.color(QPalette::WindowText), 2) : QPen(border, 1));
        p.setBrush(fill);
        p.drawRoundedRect(box, 3, 3);
        if (box.height() < lineHeight - 2 || box.width() < 24) {
            continue;
        }
        QFont f = font();
        f.setStrikeOut(e.cancelled);
        p.setFont(f);
        p.setPen(e.cancelled || e.kind == CalendarEntry::Kind::PlannedSend ? pal.color(QPalette::WindowText)
                                                                           : pal.color(QPalette::HighlightedText));
        const QRect text = box.adjusted(4, 1, -3, -1);
        const QString start = timeText(locale(), QDateTime::fromMSecsSinceEpoch(e.startMs, m_zone).time());
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                   metrics.elidedText(start + QLatin1Char(' ') + e.title, Qt::ElideRight, text.width()));
        if (!e.detail.isEmpty() && text.height() >= 2 * lineHeight) {
            p.drawText(text.adjusted(0, lineHeight, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                       metrics.elidedText(e.detail, Qt::ElideRight, text.width()));
        }
    }
    p.setFont(font());
    // Now.
    if (today >= 0 && today < m_days) {
        const int y = yOf(nowLocal.time());
        p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 2));
        p.drawLine(QPointF(label + today * column, y), QPointF(label + (today + 1) * column, y));
        p.setBrush(QColor(0xd9, 0x30, 0x25));
        p.drawEllipse(QPointF(label + today * column, y), 4, 4);
    }
}

void CalendarGrid::mousePressEvent(QMouseEvent* event)
{
    const std::optional<qsizetype> hit = entryAt(event->position().toPoint());
    m_selected = hit.value_or(-1);
    update();
    if (hit) {
        Q_EMIT entryActivated(*hit);
    }
    QWidget::mousePressEvent(event);
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint point = event->position().toPoint();
    if (!entryAt(point)) {
        if (const std::optional<qint64> at = timeAt(point)) {
            Q_EMIT emptySlotActivated(*at);
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

bool CalendarGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const std::optional<qsizetype> hit = entryAt(help->pos())) {
            const CalendarEntry& e = m_entries.at(*hit);
            const QDateTime startAt = QDateTime::fromMSecsSinceEpoch(e.startMs, m_zone);
            const QString start = locale().toString(startAt.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + timeText(locale(), startAt.time());
            const QString end = timeText(locale(), QDateTime::fromMSecsSinceEpoch(e.endMs, m_zone).time());
            QString tip = QStringLiteral("<b>%1</b><br>%2 – %3").arg(e.title.toHtmlEscaped(), start, end);
            if (!e.detail.isEmpty()) {
                tip += QStringLiteral("<br>") + e.detail.toHtmlEscaped();
            }
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

CalendarDayHeader::CalendarDayHeader(CalendarGrid* grid, QWidget* parent)
    : QWidget(parent)
    , m_grid(grid)
{
    connect(grid, &CalendarGrid::rangeChanged, this, qOverload<>(&QWidget::update));
}

void CalendarDayHeader::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    // The grid sits in a scroll area's frame: its columns start where the grid does.
    const int offset = m_grid->mapTo(window(), QPoint(0, 0)).x() - mapTo(window(), QPoint(0, 0)).x();
    const int label = offset + m_grid->labelWidth();
    const double column = m_grid->columnWidth();
    const qint64 now = m_grid->m_now > 0 ? m_grid->m_now : Clock::instance().nowMs();
    const int today = int(m_grid->m_first.daysTo(QDateTime::fromMSecsSinceEpoch(now, m_grid->m_zone).date()));
    QFont bold = font();
    bold.setBold(true);
    for (int d = 0; d < m_grid->m_days; ++d) {
        const QDate date = m_grid->m_first.addDays(d);
        p.setFont(d == today ? bold : font());
        p.setPen(d == today ? pal.color(QPalette::Highlight) : pal.color(QPalette::WindowText));
        const QRectF cell(label + d * column, 0, column, height());
        const QString text
            = locale().toString(date, m_grid->m_days == 1 ? QStringLiteral("dddd d MMMM") : QStringLiteral("ddd d"));
        p.drawText(cell, Qt::AlignCenter, p.fontMetrics().elidedText(text, Qt::ElideRight, int(column) - 4));
    }
}

} // namespace sc::ui
