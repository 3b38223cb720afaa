#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace sc::ui {

// Part of Settings › AI providers: what each model costs (US$ per million tokens, editable, saved as
// soon as a cell is edited), the monthly budget past which drafts come from templates, and what was
// spent this month.
class AiPricesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AiPricesEditor(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load();
    // Adds a row for a model with no price yet (the model a provider was just set up with).
    void ensureModel(const QString& model);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void cellChanged(QTableWidgetItem* item);
    void addPrice();
    void removePrice();
    void saveBudget();
    void showSpent();

    models::Workspace m_workspace;
    QTableWidget* m_prices = nullptr;
    QPushButton* m_remove = nullptr;
    QDoubleSpinBox* m_budget = nullptr;
    QLabel* m_spent = nullptr;
    QLabel* m_problem = nullptr;
    bool m_loading = false;
};

} // namespace sc::ui
