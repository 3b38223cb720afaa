#include "BadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace sc::ui {

namespace {

constexpr int PaddingX = 7; // inside the badge, each side of its word
constexpr int Gap = 8; // between the row's text and the badge
constexpr int Margin = 6; // between the badge and the row's right edge
const QColor Fill(0xfd, 0xef, 0xc3); // a light amber, as the app's other notices
const QColor Ink(0x8a, 0x53, 0x00);

QFont badgeFont(const QFont& rowFont)
{
    QFont font = rowFont;
    font.setBold(true);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 0.9);
    }
    return font;
}

} // namespace

QRect BadgeDelegate::badgeRect(const QStyleOptionViewItem& option, const QString& badge)
{
    const QFontMetrics metrics(badgeFont(option.font));
    const int width = metrics.horizontalAdvance(badge) + 2 * PaddingX;
    const int height = metrics.height() + 4;
    return {option.rect.right() - Margin - width + 1, option.rect.center().y() - height / 2 + 1, width, height};
}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString badge = index.data(BadgeRole).toString();
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    const QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    const QRect pill = badgeRect(opt, badge);

    // The row (background, selection, focus) across the whole width, then its text beside the badge.
    QStyleOptionViewItem row(opt);
    row.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);
    QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    text.setRight(pill.left() - Gap);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    // The text margin the style gives a plain row's text, so that rows with and without a badge line up.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    painter->drawText(text.adjusted(margin, 0, 0, 0), int(opt.displayAlignment) | Qt::TextWordWrap, opt.text);

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, Fill);
    painter->setPen(Ink);
    painter->setFont(badgeFont(opt.font));
    painter->drawText(pill, Qt::AlignCenter, badge);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString badge = index.data(BadgeRole).toString();
    if (badge.isEmpty()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    // The text wraps in what the badge leaves of the row.
    QStyleOptionViewItem narrower(option);
    const QRect pill = badgeRect(option, badge);
    if (option.rect.width() > 0) {
        narrower.rect.setWidth(std::max(40, option.rect.width() - pill.width() - Gap - Margin));
    }
    QSize size = QStyledItemDelegate::sizeHint(narrower, index);
    size.setWidth(size.width() + pill.width() + Gap + Margin);
    size.setHeight(std::max(size.height(), pill.height() + 4));
    return size;
}

} // namespace sc::ui
