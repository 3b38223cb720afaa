#include "AiPricesEditor.h"

#include "models/Clock.h"
#include "models/repositories/LlmRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/StoreError.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
enum Column { ModelColumn, InputColumn, OutputColumn };

QTableWidgetItem* priceItem(double value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value); // a double: the table edits it with a spin box
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

AiPricesEditor::AiPricesEditor(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_prices = new QTableWidget(0, 3, this);
    m_prices->setObjectName(QStringLiteral("modelPrices"));
    m_prices->setHorizontalHeaderLabels(
        {tr("Model"), tr("Input, US$ per million tokens"), tr("Output, US$ per million tokens")});
    m_prices->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_prices->horizontalHeader()->setSectionResizeMode(InputColumn, QHeaderView::ResizeToContents);
    m_prices->horizontalHeader()->setSectionResizeMode(OutputColumn, QHeaderView::ResizeToContents);
    m_prices->verticalHeader()->hide();
    m_prices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_prices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_prices->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_prices->setMinimumHeight(150);
    m_prices->setMaximumHeight(200);
    connect(m_prices, &QTableWidget::itemChanged, this, &AiPricesEditor::cellChanged);
    layout->addWidget(m_prices);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add a price"), this);
    add->setObjectName(QStringLiteral("addPriceButton"));
    m_remove = new QPushButton(tr("Remove price"), this);
    m_remove->setObjectName(QStringLiteral("removePriceButton"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &AiPricesEditor::addPrice);
    connect(m_remove, &QPushButton::clicked, this, &AiPricesEditor::removePrice);
    connect(m_prices, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_prices->selectedItems().isEmpty()); });
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 6, 0, 0);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("monthlyBudget"));
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(5);
    m_budget->setPrefix(QStringLiteral("US$ "));
    m_budget->setSpecialValueText(tr("No limit"));
    connect(m_budget, &QDoubleSpinBox::editingFinished, this, &AiPricesEditor::saveBudget);
    m_spent = new QLabel(this);
    m_spent->setObjectName(QStringLiteral("spentThisMonth"));
    auto* budgetLine = new QHBoxLayout;
    budgetLine->addWidget(m_budget);
    budgetLine->addSpacing(12);
    budgetLine->addWidget(m_spent, 1);
    form->addRow(tr("Monthly budget:"), budgetLine);
    auto* note = new QLabel(tr("Past the budget, drafts are written from your templates until next month. 0 means "
                               "no limit."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    layout->addLayout(form);
    load();
}

void AiPricesEditor::load()
{
    m_loading = true;
    const QSignalBlocker quiet(m_budget);
    try {
        const models::LlmRepository llm(m_workspace.connection());
        const QList<models::LlmRepository::Price> prices = llm.prices();
        m_prices->setRowCount(0);
        for (const models::LlmRepository::Price& price : prices) {
            const int row = m_prices->rowCount();
            m_prices->insertRow(row);
            auto* model = new QTableWidgetItem(price.model);
            model->setData(Qt::UserRole, price.model); // the name it is saved under
            m_prices->setItem(row, ModelColumn, model);
            m_prices->setItem(row, InputColumn, priceItem(price.inputPerMTok));
            m_prices->setItem(row, OutputColumn, priceItem(price.outputPerMTok));
        }
        m_budget->setValue(
            models::WorkspaceSettings(m_workspace.connection()).number(models::Setting::ConversationMonthlyBudget));
    } catch (const models::StoreError& error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
    m_loading = false;
    showSpent();
}

void AiPricesEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showSpent();
}

void AiPricesEditor::showSpent()
{
    try {
        const double spent = models::LlmRepository(m_workspace.connection()).spentThisMonth(Clock::instance().nowMs());
        // A few drafts cost less than a cent: not shown as nothing.
        const int decimals = spent > 0 && spent < 0.01 ? 4 : 2;
        m_spent->setText(tr("Spent this month: US$ %1").arg(QLocale().toString(spent, 'f', decimals)));
    } catch (const models::StoreError& error) {
        m_spent->setText(error.message());
    }
}

void AiPricesEditor::ensureModel(const QString& model)
{
    if (model.isEmpty()) {
        return;
    }
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        if (m_prices->item(row, ModelColumn)->text().compare(model, Qt::CaseInsensitive) == 0) {
            return;
        }
    }
    try {
        // A model with no price costs nothing in the records: shown at 0 so the rep sees it and can set it.
        models::LlmRepository(m_workspace.connection()).setPrice({model, 0, 0});
    } catch (const models::StoreError& error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    load();
}

void AiPricesEditor::cellChanged(QTableWidgetItem* item)
{
    if (m_loading) {
        return;
    }
    const int row = item->row();
    QTableWidgetItem* modelItem = m_prices->item(row, ModelColumn);
    QTableWidgetItem* input = m_prices->item(row, InputColumn);
    QTableWidgetItem* output = m_prices->item(row, OutputColumn);
    if (modelItem == nullptr || input == nullptr || output == nullptr) {
        return; // a row being built
    }
    const QString model = modelItem->text().trimmed();
    const QString saved = modelItem->data(Qt::UserRole).toString();
    m_problem->hide();
    if (model.isEmpty()) {
        m_problem->setText(tr("A price needs the model's name, as the provider spells it."));
        m_problem->show();
        return;
    }
    try {
        models::LlmRepository llm(m_workspace.connection());
        if (!saved.isEmpty() && saved != model) {
            llm.removePrice(saved); // renamed
        }
        llm.setPrice({model, std::max(0.0, input->data(Qt::EditRole).toDouble()),
                      std::max(0.0, output->data(Qt::EditRole).toDouble())});
        m_loading = true;
        modelItem->setData(Qt::UserRole, model);
        m_loading = false;
    } catch (const models::StoreError& error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
}

void AiPricesEditor::addPrice()
{
    m_loading = true;
    const int row = m_prices->rowCount();
    m_prices->insertRow(row);
    m_prices->setItem(row, ModelColumn, new QTableWidgetItem);
    m_prices->setItem(row, InputColumn, priceItem(0));
    m_prices->setItem(row, OutputColumn, priceItem(0));
    m_loading = false;
    m_prices->setCurrentCell(row, ModelColumn);
    m_prices->editItem(m_prices->item(row, ModelColumn)); // saved once it has a name
}

void AiPricesEditor::removePrice()
{
    const int row = m_prices->currentRow();
    if (row < 0) {
        return;
    }
    const QString saved = m_prices->item(row, ModelColumn)->data(Qt::UserRole).toString();
    try {
        if (!saved.isEmpty()) {
            models::LlmRepository(m_workspace.connection()).removePrice(saved);
        }
        m_prices->removeRow(row);
    } catch (const models::StoreError& error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
}

void AiPricesEditor::saveBudget()
{
    try {
        models::WorkspaceSettings(m_workspace.connection())
            .setText(models::Setting::ConversationMonthlyBudget, QString::number(m_budget->value(), 'f', 2));
    } catch (const models::StoreError& error) {
        m_problem->setText(error.message());
        m_problem->show();
    }
}

} // namespace sc::ui
