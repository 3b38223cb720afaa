#pragma once

#include <QString>

class QWidget;

namespace sc::ui {

// Shows an error without a nested event loop (QMessageBox::open, deleted on close).
void showError(QWidget* parent, const QString& title, const QString& text);

} // namespace sc::ui
