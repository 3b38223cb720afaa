#include "DraftListModel.h"

#include "../ChangeHub.h"
#include "../repositories/DraftRepository.h"

namespace sc::models {

DraftListModel::DraftListModel(Workspace workspace, QObject* parent)
    : QAbstractListModel(parent)
    , m_workspace(std::move(workspace))
{
    connect(ChangeHub::instance(), &ChangeHub::changed, this, [this](ChangeHub::Topics topics) {
        // A mailbox or the signature changes the mailbox each draft goes from and how it is signed.
        if (topics & (ChangeHub::Drafts | ChangeHub::Accounts | ChangeHub::Settings)) {
            reload();
        }
    });
    reload();
}

void DraftListModel::reload()
{
    beginResetModel();
    m_drafts = DraftRepository(m_workspace.connection()).pending();
    endResetModel();
}

std::optional<Draft> DraftListModel::draftAt(int row) const
{
    if (row < 0 || row >= m_drafts.size()) {
        return std::nullopt;
    }
    return m_drafts.at(row);
}

int DraftListModel::rowOf(qint64 draftId) const
{
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == draftId) {
            return row;
        }
    }
    return -1;
}

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Draft& d = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString who = d.companyName.isEmpty() ? d.prospectName : tr("%1, %2").arg(d.prospectName, d.companyName);
        const QString subject = d.channel == QLatin1String("form") ? tr("Contact form · %1").arg(d.subject) : d.subject;
        return QStringLiteral("%1\n%2").arg(who.isEmpty() ? d.toAddress : who, subject);
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(d.subject, d.toAddress); // the list elides long subjects
    case DraftIdRole:
        return d.id;
    case SubjectRole:
        return d.subject;
    case RecipientRole:
        return d.toAddress;
    default:
        return {};
    }
}

} // namespace sc::models
