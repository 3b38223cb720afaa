#pragma once

#include "agents/decision/SendTimeModel.h"

#include <QWidget>
#include <utility>

namespace sc::ui {

// The learned send-time pattern as a heat map: one row per weekday (in the rep's locale, from its first
// day of the week), one column per hour of the prospect's local day, the colour of a cell its share of
// replies. Business hours are framed. Until the workspace has a pattern it says how many replies it
// still needs and that sends go at the first business hour.
class SendTimeHeatmap : public QWidget
{
    Q_OBJECT
public:
    using Grid = agents::decision::SendTimeModel::Grid;
    using Mask = agents::decision::SendTimeModel::Mask;

    explicit SendTimeHeatmap(QWidget* parent = nullptr);

    // rates[weekday - 1][hour], weekday 1 = Monday; businessHours: the cells to frame.
    void setGrid(const Grid& rates, const Mask& businessHours);
    // replies: how many the workspace learned from; needed: how many a pattern takes.
    void setState(int replies, int needed, bool hasPattern);

    bool hasPattern() const { return m_pattern; }
    // The empty state's sentence ("Not enough replies yet: 12 of 50 — …"); empty with a pattern.
    QString emptyText() const;
    // The weekday (1 = Monday) shown on row `row`, in the widget's locale.
    int weekdayOfRow(int row) const;
    // The cell at a point of the widget: {weekday, hour}, or {0, -1} outside the grid.
    std::pair<int, int> cellAt(const QPoint& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry
    {
        QRect grid;
        int labelWidth = 0;
        double cellWidth = 0;
        double cellHeight = 0;
        QRect legend;
    };
    Geometry geometry() const;
    QColor colour(double intensity) const;
    double maxRate() const;

    Grid m_rates {};
    Mask m_business {};
    int m_replies = 0;
    int m_needed = agents::decision::SendTimeModel::MinReplies;
    bool m_pattern = false;
};

} // namespace sc::ui
