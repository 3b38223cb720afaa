#include "SendTimeHeatmap.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace sc::ui {

using agents::decision::SendTimeModel;

namespace {

constexpr int Margin = 8;
constexpr int Gap = 1; // between cells

// A sequential blue scale (ColorBrewer "Blues"): light for few replies, dark for many, readable in print
// and by the colour-blind.
const QColor Stops[] = {QColor(0xf7, 0xfb, 0xff), QColor(0xc6, 0xdb, 0xef), QColor(0x6b, 0xae, 0xd6),
                        QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x30, 0x6b)};

QString twoDigits(int hour)
{
    return QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
}

} // namespace

SendTimeHeatmap::SendTimeHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sendTimeHeatmap"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_business = SendTimeModel::businessMask(SendTimeModel::defaultHours());
}

void SendTimeHeatmap::setGrid(const Grid& rates, const Mask& businessHours)
{
    m_rates = rates;
    m_business = businessHours;
    update();
}

void SendTimeHeatmap::setState(int replies, int needed, bool hasPattern)
{
    m_replies = replies;
    m_needed = needed;
    m_pattern = hasPattern;
    update();
}

QString SendTimeHeatmap::emptyText() const
{
    if (m_pattern) {
        return {};
    }
    return tr("Not enough replies yet: %1 of %2 — sending at the first business hour").arg(m_replies).arg(m_needed);
}

int SendTimeHeatmap::weekdayOfRow(int row) const
{
    return (int(locale().firstDayOfWeek()) - 1 + row) % SendTimeModel::Days + 1;
}

SendTimeHeatmap::Geometry SendTimeHeatmap::geometry() const
{
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    for (int d = 1; d <= SendTimeModel::Days; ++d) {
        g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(locale().dayName(d, QLocale::ShortFormat)));
    }
    g.labelWidth += Margin;
    const int header = fm.height() + 4;
    const int legend = fm.height() + 16;
    const int left = Margin + g.labelWidth;
    const int top = Margin + header;
    const int width = std::max(SendTimeModel::Hours, this->width() - left - Margin);
    const int height = std::max(SendTimeModel::Days, this->height() - top - Margin - legend);
    g.cellWidth = double(width) / SendTimeModel::Hours;
    // Cells no taller than twice their width: a tall window keeps the map compact, the spare room below.
    g.cellHeight = std::min(double(height) / SendTimeModel::Days, g.cellWidth * 2);
    g.grid = QRect(left, top, width, int(std::round(g.cellHeight * SendTimeModel::Days)));
    g.legend = QRect(left, g.grid.bottom() + 10, width, fm.height() + 4);
    return g;
}

double SendTimeHeatmap::maxRate() const
{
    double most = 0;
    for (const auto& day : m_rates) {
        most = std::max(most, *std::max_element(day.begin(), day.end()));
    }
    return most;
}

QColor SendTimeHeatmap::colour(double intensity) const
{
    const double t = std::clamp(intensity, 0.0, 1.0) * (std::size(Stops) - 1);
    const int i = std::min(int(t), int(std::size(Stops)) - 2);
    const double f = t - i;
    const QColor& a = Stops[i];
    const QColor& b = Stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

std::pair<int, int> SendTimeHeatmap::cellAt(const QPoint& point) const
{
    const Geometry g = geometry();
    if (!g.grid.contains(point)) {
        return {0, -1};
    }
    const int hour = std::min(SendTimeModel::Hours - 1, int((point.x() - g.grid.left()) / g.cellWidth));
    const int row = std::min(SendTimeModel::Days - 1, int((point.y() - g.grid.top()) / g.cellHeight));
    return {weekdayOfRow(row), hour};
}

QSize SendTimeHeatmap::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {Margin * 2 + fm.horizontalAdvance(QStringLiteral("Wed.")) + Margin + 24 * 28,
            Margin * 2 + fm.height() * 2 + 20 + 7 * 28};
}

QSize SendTimeHeatmap::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {Margin * 2 + fm.horizontalAdvance(QStringLiteral("Wed.")) + Margin + 24 * 12,
            Margin * 2 + fm.height() * 2 + 20 + 7 * 12};
}

void SendTimeHeatmap::paintEvent(QPaintEvent* /*event*/)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const Geometry g = geometry();
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const double most = maxRate();

    // Hours along the top, on the boundaries they start at (a cell is the hour after its label): every
    // third, so that 09:00 and 15:00 read at a glance.
    p.setPen(text);
    for (int h = 0; h < SendTimeModel::Hours; h += 3) {
        const double x = g.grid.left() + h * g.cellWidth;
        const int width = fm.horizontalAdvance(twoDigits(h));
        p.drawText(QRectF(x - width / 2.0, Margin, width, fm.height()), Qt::AlignCenter, twoDigits(h));
        p.drawLine(QPointF(x, Margin + fm.height()), QPointF(x, g.grid.top() - 1));
    }
    for (int row = 0; row < SendTimeModel::Days; ++row) {
        const int weekday = weekdayOfRow(row);
        const QRectF label(Margin, g.grid.top() + row * g.cellHeight, g.labelWidth - Margin, g.cellHeight);
        p.setPen(text);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, locale().dayName(weekday, QLocale::ShortFormat));
        for (int h = 0; h < SendTimeModel::Hours; ++h) {
            const QRectF cell(g.grid.left() + h * g.cellWidth, g.grid.top() + row * g.cellHeight, g.cellWidth - Gap,
                              g.cellHeight - Gap);
            const bool business = m_business[weekday - 1][h];
            QColor fill;
            if (m_pattern) {
                fill = colour(most > 0 ? m_rates[weekday - 1][h] / most : 0);
            } else {
                fill = business ? Stops[1] : palette().color(QPalette::Base);
            }
            p.fillRect(cell, fill);
        }
    }
    // Business hours framed: one frame per run of hours, spanning the rows that share it.
    p.setPen(QPen(text, 1.5));
    p.setBrush(Qt::NoBrush);
    for (int row = 0; row < SendTimeModel::Days;) {
        const auto& hours = m_business[weekdayOfRow(row) - 1];
        int rows = 1;
        while (row + rows < SendTimeModel::Days && m_business[weekdayOfRow(row + rows) - 1] == hours) {
            ++rows;
        }
        for (int h = 0; h < SendTimeModel::Hours;) {
            if (!hours[h]) {
                ++h;
                continue;
            }
            int end = h;
            while (end < SendTimeModel::Hours && hours[end]) {
                ++end;
            }
            p.drawRect(QRectF(g.grid.left() + h * g.cellWidth - 0.5, g.grid.top() + row * g.cellHeight - 0.5,
                              (end - h) * g.cellWidth, rows * g.cellHeight));
            h = end;
        }
        row += rows;
    }

    if (!m_pattern) {
        // The empty state over the map: where sends go until there is a pattern.
        const QString sentence = emptyText();
        // A little slack over the measured width: the painter's layout may round wider than the metrics.
        const int boxWidth = std::min(g.grid.width() - 20, fm.horizontalAdvance(sentence) + 44);
        const QRect textRect = fm.boundingRect(QRect(0, 0, boxWidth - 32, 1000), Qt::TextWordWrap, sentence);
        QRect box(0, 0, boxWidth, textRect.height() + 24);
        box.moveCenter(g.grid.center());
        QPainterPath path;
        path.addRoundedRect(box, 6, 6);
        p.setRenderHint(QPainter::Antialiasing, true);
        QColor base = palette().color(QPalette::Base);
        base.setAlpha(235);
        p.fillPath(path, base);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawPath(path);
        p.setPen(text);
        p.drawText(box.adjusted(16, 12, -16, -12), Qt::AlignCenter | Qt::TextWordWrap, sentence);
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    // Legend: the scale from none to the busiest hour's share (with a pattern), and what a frame means.
    int x = g.legend.left();
    const int y = g.legend.top();
    const int h = g.legend.height();
    if (m_pattern) {
        const QString low = locale().toString(0.0, 'f', 0) + QLatin1Char('%');
        const QString high = locale().toString(most * 100, 'f', 1) + QLatin1Char('%');
        const QString caption = tr("Share of replies");
        p.setPen(text);
        p.drawText(QRect(x, y, fm.horizontalAdvance(caption), h), Qt::AlignVCenter, caption);
        x += fm.horizontalAdvance(caption) + 10;
        p.drawText(QRect(x, y, fm.horizontalAdvance(low), h), Qt::AlignVCenter, low);
        x += fm.horizontalAdvance(low) + 6;
        const QRect bar(x, y + 3, std::min(160, std::max(60, g.legend.width() / 4)), h - 6);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i < int(std::size(Stops)); ++i) {
            gradient.setColorAt(double(i) / (std::size(Stops) - 1), Stops[i]);
        }
        p.fillRect(bar, gradient);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        x = bar.right() + 7;
        p.setPen(text);
        p.drawText(QRect(x, y, fm.horizontalAdvance(high), h), Qt::AlignVCenter, high);
        x += fm.horizontalAdvance(high) + 24;
    }
    const QRect swatch(x, y + 3, h - 6, h - 6);
    if (!m_pattern) {
        p.fillRect(swatch, Stops[1]);
    }
    p.setPen(QPen(text, 1.5));
    p.drawRect(swatch);
    const QString framed
        = m_pattern ? tr("Business hours") : tr("Business hours: sends go at the first moment in them");
    p.drawText(QRect(swatch.right() + 7, y, fm.horizontalAdvance(framed), h), Qt::AlignVCenter, framed);
}

bool SendTimeHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [weekday, hour] = cellAt(help->pos());
        if (hour < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QString when
            = tr("%1 %2:00–%3:00")
                  .arg(locale().dayName(weekday, QLocale::LongFormat), twoDigits(hour), twoDigits((hour + 1) % 24));
        QToolTip::showText(
            help->globalPos(),
            m_pattern ? tr("%1: %2% of replies").arg(when, locale().toString(m_rates[weekday - 1][hour] * 100, 'f', 1))
                      : when,
            this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace sc::ui
