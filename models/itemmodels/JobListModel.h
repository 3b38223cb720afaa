#pragma once

#include "../Workspace.h"
#include "../entities/Job.h"

#include <QAbstractTableModel>
#include <functional>

namespace sc::models {

// Live and recent jobs for the Agents view: running first, then queued, then the latest finished.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, State, Progress, Attempts, When, Error, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole, ProgressRole };

    explicit JobListModel(Workspace workspace, QObject* parent = nullptr);

    // Turns a job kind ("housekeeping.optimize") into what the rep reads.
    void setKindLabeler(std::function<QString(const QString&)> labeler);
    void reload();
    // Applies a progress report that arrived by signal, without a database round trip.
    void updateProgress(qint64 jobId, int percent, const QString& text);
    static QString stateLabel(JobState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace m_workspace;
    QList<Job> m_jobs;
    std::function<QString(const QString&)> m_labeler;
};

} // namespace sc::models
