#include "AgentsView.h"

#include "models/entities/Job.h"
#include "models/itemmodels/AgentStatusModel.h"
#include "models/itemmodels/JobListModel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ViewHeader.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sc::ui {

using models::JobListModel;
using models::JobState;

namespace {

// Draws a progress bar in the Progress cell of running jobs.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(JobListModel::StateRole).value<JobState>() != JobState::Running) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(JobListModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

AgentsView::AgentsView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_agents(new models::AgentStatusModel(workspace, this))
    , m_jobs(new JobListModel(workspace, this))
    , m_agentTable(new QTableView(this))
    , m_jobTable(new QTableView(this))
    , m_jobStack(new QStackedWidget(this))
    , m_noJobs(new EmptyState(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_cancel(new QPushButton(tr("Cancel job"), this))
{
    setObjectName(QStringLiteral("agentsView"));
    auto* header = new ViewHeader(tr("Agents"), this);
    header->setSubtitle(tr("The agents work in the background. Nothing leaves your computer without your approval."));

    setUpTable(m_agentTable);
    m_agentTable->setModel(m_agents);
    m_agentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agentTable->horizontalHeader()->setSectionResizeMode(models::AgentStatusModel::Name, QHeaderView::Stretch);
    m_agentTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agentTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto fitAgents = [this] {
        // As tall as its rows: the jobs below get the rest of the window.
        const int rows = std::max(1, m_agents->rowCount());
        m_agentTable->setFixedHeight(m_agentTable->horizontalHeader()->sizeHint().height()
                                     + rows * m_agentTable->verticalHeader()->defaultSectionSize()
                                     + 2 * m_agentTable->frameWidth());
    };
    connect(m_agents, &QAbstractItemModel::modelReset, this, fitAgents);
    fitAgents();

    setUpTable(m_jobTable);
    m_jobTable->setModel(m_jobs);
    m_jobTable->setItemDelegateForColumn(JobListModel::Progress, new ProgressDelegate(m_jobTable));
    QHeaderView* jobHeader = m_jobTable->horizontalHeader();
    const int unit = fontMetrics().averageCharWidth();
    jobHeader->resizeSection(JobListModel::Kind, unit * 30);
    jobHeader->resizeSection(JobListModel::State, unit * 14);
    jobHeader->resizeSection(JobListModel::Progress, unit * 28);
    jobHeader->resizeSection(JobListModel::Attempts, unit * 12);
    jobHeader->resizeSection(JobListModel::When, unit * 26);
    jobHeader->setStretchLastSection(true);
    m_noJobs->setText(tr("No jobs yet"), tr("Work the agents take on appears here, with its progress and any error."));
    m_jobStack->addWidget(m_jobTable);
    m_jobStack->addWidget(m_noJobs);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* jobsBar = new QHBoxLayout;
    jobsBar->addWidget(sectionLabel(tr("Jobs"), this));
    jobsBar->addStretch(1);
    jobsBar->addWidget(m_cancel);
    jobsBar->addWidget(m_retry);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(header);
    layout->addWidget(m_agentTable);
    layout->addSpacing(12);
    layout->addLayout(jobsBar);
    layout->addWidget(m_jobStack, 1);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedJob()) {
            Q_EMIT retryRequested(id);
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedJob()) {
            Q_EMIT cancelRequested(id);
        }
    });
    connect(m_jobTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgentsView::updateButtons);
    auto refresh = [this] {
        m_jobStack->setCurrentWidget(m_jobs->rowCount() > 0 ? static_cast<QWidget*>(m_jobTable) : m_noJobs);
        updateButtons();
    };
    connect(m_jobs, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &AgentsView::updateButtons);
    refresh();
}

qint64 AgentsView::selectedJob() const
{
    const QModelIndexList rows = m_jobTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobListModel::JobIdRole).toLongLong();
}

void AgentsView::updateButtons()
{
    const QModelIndexList rows = m_jobTable->selectionModel()->selectedRows();
    const JobState state
        = rows.isEmpty() ? JobState::Succeeded : rows.first().data(JobListModel::StateRole).value<JobState>();
    m_retry->setEnabled(!rows.isEmpty() && (state == JobState::Failed || state == JobState::Canceled));
    m_cancel->setEnabled(!rows.isEmpty() && (state == JobState::Queued || state == JobState::Running));
}

} // namespace sc::ui
