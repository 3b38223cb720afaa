#include "SettingsPage.h"

#include <QLabel>

namespace sc::ui {

SettingsPage::SettingsPage(const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
{
}

QLabel* SettingsPage::noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace sc::ui
