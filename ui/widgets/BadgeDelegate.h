#pragma once

#include <QStyledItemDelegate>

namespace sc::ui {

// Draws a short badge (a rounded, tinted word such as "Check me") at the right of the list rows whose
// BadgeRole holds text; the row's own text wraps beside the badge, never under it. Rows without a
// badge are drawn as the plain delegate draws them.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int BadgeRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Where the badge goes in a row drawn with this option (centred vertically, at the right).
    static QRect badgeRect(const QStyleOptionViewItem& option, const QString& badge);
};

} // namespace sc::ui
