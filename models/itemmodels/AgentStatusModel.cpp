#include "AgentStatusModel.h"

#include "../ChangeHub.h"
#include "../repositories/JobRepository.h"
#include "../repositories/MailAccountRepository.h"

namespace sc::models {

AgentStatusModel::AgentStatusModel(Workspace workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(std::move(workspace))
{
    connect(ChangeHub::instance(), &ChangeHub::changed, this, [this](ChangeHub::Topics topics) {
        if (topics.testFlag(ChangeHub::Jobs) || topics.testFlag(ChangeHub::Accounts)) {
            refreshCounts();
        }
    });
}

void AgentStatusModel::setAgents(const QList<AgentInfo>& agents)
{
    beginResetModel();
    m_rows.clear();
    for (const AgentInfo& info : agents) {
        m_rows.append({info, 0, 0, 0});
    }
    endResetModel();
    refreshCounts();
}

void AgentStatusModel::setState(const QString& agentId, AgentState state)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).info.id == agentId) {
            m_rows[row].info.state = state;
            Q_EMIT dataChanged(index(row, State), index(row, State));
            return;
        }
    }
}

void AgentStatusModel::refreshCounts()
{
    m_hasMailbox = !MailAccountRepository(m_workspace.connection()).list().isEmpty();
    const JobRepository jobs(m_workspace.connection());
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto counts = jobs.countByState(m_rows.at(row).info.kinds);
        Row& r = m_rows[row];
        r.queued = counts.value(JobState::Queued);
        r.running = counts.value(JobState::Running);
        r.failed = counts.value(JobState::Failed);
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, State), index(int(m_rows.size()) - 1, Failed));
    }
}

QString AgentStatusModel::stateLabel(AgentState state)
{
    switch (state) {
    case AgentState::Stopped:
        return tr("Stopped");
    case AgentState::Idle:
        return tr("Waiting for work");
    case AgentState::Busy:
        return tr("Working");
    case AgentState::Stopping:
        return tr("Stopping");
    }
    return {};
}

int AgentStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == AgentIdRole) {
        return row.info.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Queued) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return row.info.displayName;
    case State:
        // Idle for want of a mailbox is not "waiting for work": say what would give it some.
        if (row.info.id == QLatin1String("inbox") && row.info.state == AgentState::Idle && !m_hasMailbox) {
            return tr("No mailbox — add one in Settings");
        }
        return stateLabel(row.info.state);
    case Queued:
        return row.queued;
    case Running:
        return row.running;
    case Failed:
        return row.failed;
    default:
        return {};
    }
}

QVariant AgentStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Agent");
    case State:
        return tr("State");
    case Queued:
        return tr("Queued");
    case Running:
        return tr("Running");
    case Failed:
        return tr("Failed");
    default:
        return {};
    }
}

} // namespace sc::models
