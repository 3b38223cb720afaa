#include "ProspectsView.h"

#include "ProspectDetailPanel.h"
#include "models/Clock.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sc::ui {

using models::ProspectTableModel;

ProspectsView::ProspectsView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProspectTableModel(workspace, this))
    , m_header(new ViewHeader(tr("Prospects"), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_detail(new ProspectDetailPanel(workspace, this))
{
    setObjectName(QStringLiteral("prospectsView"));
    m_search->setPlaceholderText(tr("Search by name, company, title or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_header->addWidget(m_search);
    auto* import = new QPushButton(tr("Import…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Import prospects from a CSV file (HubSpot, Salesforce, Apollo, Pipedrive, Excel…)"));
    connect(import, &QPushButton::clicked, this, &ProspectsView::importRequested);
    m_header->addWidget(import);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ProspectTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProspectsView::showContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const int unit = m_table->fontMetrics().averageCharWidth();
    header->resizeSection(ProspectTableModel::Name, unit * 20);
    header->resizeSection(ProspectTableModel::Company, unit * 20);
    header->resizeSection(ProspectTableModel::Title, unit * 20);
    header->setSectionResizeMode(ProspectTableModel::Email, QHeaderView::Stretch);
    header->resizeSection(ProspectTableModel::Status, unit * 19);
    header->resizeSection(ProspectTableModel::Score, unit * 8);
    header->resizeSection(ProspectTableModel::LastContacted, unit * 16);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({940, 300});
    m_stack->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showProspect(current.isValid() ? current.data(ProspectTableModel::ProspectIdRole).toLongLong()
                                                         : 0);
            });
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_model, &ProspectTableModel::totalCountChanged, this, &ProspectsView::updateState);
    updateState();
}

bool ProspectsView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QList<qint64> ProspectsView::selectedProspectIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        ids.append(row.data(ProspectTableModel::ProspectIdRole).toLongLong());
    }
    return ids;
}

void ProspectsView::moveSelectionToStage(const QString& stageKey)
{
    const QList<qint64> ids = selectedProspectIds();
    if (ids.isEmpty()) {
        return;
    }
    try {
        models::ProspectRepository(m_workspace.connection())
            .setStage(ids, stageKey, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not change the stage"), error.message());
    }
}

void ProspectsView::tagSelection(const QString& tag)
{
    const QList<qint64> ids = selectedProspectIds();
    if (ids.isEmpty() || tag.trimmed().isEmpty()) {
        return;
    }
    try {
        models::ProspectRepository(m_workspace.connection())
            .addTag(ids, tag, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not add the tag"), error.message());
    }
}

void ProspectsView::showContextMenu(const QPoint& position)
{
    const int count = int(selectedProspectIds().size());
    if (count == 0) {
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QMenu* stages = menu->addMenu(tr("Move %n prospect(s) to", nullptr, count));
    try {
        const auto list = models::ProspectRepository(m_workspace.connection()).stages();
        for (const auto& [key, name] : list) {
            stages->addAction(ProspectTableModel::statusLabel(key), this,
                              [this, key = key] { moveSelectionToStage(key); });
        }
    } catch (const models::StoreError& error) {
        stages->addAction(error.message())->setEnabled(false);
    }
    menu->addAction(tr("Add a tag…"), this, [this] {
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Add a tag"));
        dialog->setLabelText(tr("Tag for the selected prospects:"));
        connect(dialog, &QInputDialog::textValueSelected, this, &ProspectsView::tagSelection);
        dialog->open();
    });
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void ProspectsView::updateState()
{
    const int total = m_model->totalCount();
    const QString search = m_model->search();
    m_header->setSubtitle(search.isEmpty() ? tr("%n prospect(s)", nullptr, total)
                                           : tr("%n match(es) for \"%1\"", nullptr, total).arg(search));
    if (total > 0) {
        m_stack->setCurrentIndex(0);
        if (!m_table->currentIndex().isValid()) {
            m_table->setCurrentIndex(m_model->index(0, 0)); // the detail panel always shows someone
        }
        return;
    }
    if (search.isEmpty()) {
        m_empty->setText(tr("No prospects yet"),
                         tr("Prospects appear here when you import them or when the Research agent finds them."));
    } else {
        m_empty->setText(tr("No prospect matches \"%1\"").arg(search), tr("Check the spelling or search for less."));
    }
    m_stack->setCurrentWidget(m_empty);
}

} // namespace sc::ui
