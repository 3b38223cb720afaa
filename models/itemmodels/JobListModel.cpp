#include "JobListModel.h"

#include "../ChangeHub.h"
#include "../Clock.h"
#include "../repositories/JobRepository.h"

#include <QDateTime>
#include <QLocale>

namespace sc::models {

JobListModel::JobListModel(Workspace workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(std::move(workspace))
{
    connect(ChangeHub::instance(), &ChangeHub::changed, this, [this](ChangeHub::Topics topics) {
        if (topics.testFlag(ChangeHub::Jobs)) {
            reload();
        }
    });
    reload();
}

void JobListModel::setKindLabeler(std::function<QString(const QString&)> labeler)
{
    m_labeler = std::move(labeler);
    if (!m_jobs.isEmpty()) {
        Q_EMIT dataChanged(index(0, Kind), index(int(m_jobs.size()) - 1, Kind));
    }
}

void JobListModel::reload()
{
    JobRepository::Filter filter;
    filter.limit = 300;
    QList<Job> fresh = JobRepository(m_workspace.connection()).list(filter);
    const bool sameRows = fresh.size() == m_jobs.size()
        && std::equal(fresh.cbegin(), fresh.cend(), m_jobs.cbegin(),
                      [](const Job& a, const Job& b) { return a.id == b.id; });
    if (sameRows) {
        // Keep the selection and scroll position: update cells in place.
        m_jobs = std::move(fresh);
        if (!m_jobs.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_jobs = std::move(fresh);
    endResetModel();
}

void JobListModel::updateProgress(qint64 jobId, int percent, const QString& text)
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId) {
            m_jobs[row].progress = percent;
            m_jobs[row].progressText = text;
            Q_EMIT dataChanged(index(row, Progress), index(row, Progress));
            return;
        }
    }
}

QString JobListModel::stateLabel(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Queued");
    case JobState::Running:
        return tr("Running");
    case JobState::Succeeded:
        return tr("Done");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Canceled:
        return tr("Canceled");
    }
    return {};
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Job& job = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole:
        return job.id;
    case StateRole:
        return QVariant::fromValue(job.state);
    case ProgressRole:
        return job.progress;
    case Qt::ToolTipRole:
        return index.column() == Error ? job.lastError : job.progressText;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Kind:
        return m_labeler ? m_labeler(job.kind) : job.kind;
    case State:
        return stateLabel(job.state);
    case Progress:
        if (job.state == JobState::Succeeded) {
            return QStringLiteral("100%"); // its last saved step may have been earlier
        }
        return job.state == JobState::Running && !job.progressText.isEmpty()
            ? QStringLiteral("%1% — %2").arg(job.progress).arg(job.progressText)
            : QStringLiteral("%1%").arg(job.progress);
    case Attempts:
        return tr("%1 of %2").arg(job.attempts).arg(job.maxAttempts);
    case When: {
        const qint64 ms = job.state == JobState::Queued ? job.runAt : job.updatedAt;
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
        if (job.state == JobState::Queued && ms > Clock::instance().nowMs()) {
            const QString at = locale.toString(when.time(), QLocale::ShortFormat);
            return job.attempts > 0 ? tr("retry at %1").arg(at) : tr("starts at %1").arg(at);
        }
        return locale.toString(when, QLocale::ShortFormat);
    }
    case Error:
        return job.lastError;
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Kind:
        return tr("Job");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Attempts:
        return tr("Attempts");
    case When:
        return tr("When");
    case Error:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace sc::models
