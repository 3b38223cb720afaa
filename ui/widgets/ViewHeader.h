#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace sc::ui {

// The title row at the top of each view: a large title, a muted subtitle, room for actions.
class ViewHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ViewHeader(const QString& title, QWidget* parent = nullptr);
    void setSubtitle(const QString& text);
    void addWidget(QWidget* widget);

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QHBoxLayout* m_actions;
};

} // namespace sc::ui
