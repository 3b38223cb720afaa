#pragma once

#include <QWidget>

class QLabel;

namespace sc::ui {

// What a view shows instead of an empty table: a short title and one line on what will appear here.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setText(const QString& title, const QString& hint);
    QString title() const;

private:
    QLabel* m_title;
    QLabel* m_hint;
};

} // namespace sc::ui
