#pragma once

#include "../Workspace.h"
#include "../entities/Draft.h"

#include <QAbstractListModel>

namespace sc::models {

// Drafts waiting for the rep, oldest first, each with the mailbox it goes from and signed as it will go
// (DraftRepository).
class DraftListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { DraftIdRole = Qt::UserRole + 1, SubjectRole, RecipientRole };

    explicit DraftListModel(Workspace workspace, QObject* parent = nullptr);
    void reload();
    std::optional<Draft> draftAt(int row) const;
    int rowOf(qint64 draftId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Workspace m_workspace;
    QList<Draft> m_drafts;
};

} // namespace sc::models
