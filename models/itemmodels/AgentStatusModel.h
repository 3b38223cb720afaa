#pragma once

#include "../Workspace.h"

#include <QAbstractTableModel>

namespace sc::models {

// One row per agent for the Agents view: its state and its queue. The composition root feeds the
// live state (from the AgentHost's signals); queue counts come from the jobs table.
class AgentStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, State, Queued, Running, Failed, ColumnCount };
    enum class AgentState { Stopped, Idle, Busy, Stopping };
    enum Role { AgentIdRole = Qt::UserRole + 1 };

    struct AgentInfo
    {
        QString id;
        QString displayName;
        QStringList kinds;
        AgentState state = AgentState::Stopped;
    };

    explicit AgentStatusModel(Workspace workspace, QObject* parent = nullptr);
    void setAgents(const QList<AgentInfo>& agents);
    void setState(const QString& agentId, AgentState state);
    void refreshCounts();
    static QString stateLabel(AgentState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AgentInfo info;
        int queued = 0;
        int running = 0;
        int failed = 0;
    };
    Workspace m_workspace;
    QList<Row> m_rows;
    bool m_hasMailbox = true;
};

} // namespace sc::models
