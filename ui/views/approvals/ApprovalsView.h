#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sc::models {
class DraftListModel;
struct Draft;
} // namespace sc::models

namespace sc::ui {

class EmptyState;
class ViewHeader;

// The approval queue: every draft an agent wrote waits here. Approve (Ctrl+Enter), edit (Ctrl+E) or
// reject (Ctrl+Delete); the next draft is selected so a rep can go through the queue by keyboard.
class ApprovalsView : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsView(const models::Workspace& workspace, QWidget* parent = nullptr);
    models::DraftListModel* model() const { return m_model; }
    qint64 currentDraftId() const;
    bool isShowingEmptyState() const;

public Q_SLOTS:
    void approveCurrent();
    void rejectCurrent();
    void editCurrent();

Q_SIGNALS:
    void pendingCountChanged(int count);
    void draftDecided(qint64 draftId, bool approved);

private:
    void showCurrent();
    void afterModelChange();
    void selectRow(int row);
    void showFromAndStep(const models::Draft& draft);

    models::Workspace m_workspace;
    models::DraftListModel* m_model;
    ViewHeader* m_header;
    QStackedWidget* m_stack;
    QListView* m_list;
    QLabel* m_to;
    QLabel* m_from; // the mailbox an approved email goes from
    QLabel* m_step; // the sequence step a draft stands for, and when it is due
    QLabel* m_subject;
    QLabel* m_rationale;
    QLabel* m_notice; // what happened to the last approved email when it could not be sent
    QTextBrowser* m_body;
    QPushButton* m_approve;
    QPushButton* m_edit;
    QPushButton* m_reject;
    EmptyState* m_empty;
    qint64 m_lastSelected = 0;
};

} // namespace sc::ui
