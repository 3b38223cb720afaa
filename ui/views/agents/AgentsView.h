#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTableView;

namespace sc::models {
class AgentStatusModel;
class JobListModel;
} // namespace sc::models

namespace sc::ui {

class EmptyState;

// What the agents are doing: each agent's state and queue, then every live and recent job with its
// progress and last error. Retry and cancel go out as signals; the composition root routes them.
class AgentsView : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsView(const models::Workspace& workspace, QWidget* parent = nullptr);
    models::AgentStatusModel* agentModel() const { return m_agents; }
    models::JobListModel* jobModel() const { return m_jobs; }
    QTableView* jobTable() const { return m_jobTable; }

Q_SIGNALS:
    void retryRequested(qint64 jobId);
    void cancelRequested(qint64 jobId);

private:
    void updateButtons();
    qint64 selectedJob() const;

    models::AgentStatusModel* m_agents;
    models::JobListModel* m_jobs;
    QTableView* m_agentTable;
    QTableView* m_jobTable;
    QStackedWidget* m_jobStack;
    EmptyState* m_noJobs;
    QPushButton* m_retry;
    QPushButton* m_cancel;
};

} // namespace sc::ui
