#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace sc::models {
class DraftListModel;
struct Draft;
} // namespace sc::models

namespace sc::ui {

class DraftDetails;
class DraftService;
class EmptyState;
class ViewHeader;

// The approval queue: every draft an agent wrote waits here. Approve (Ctrl+Enter), edit (Ctrl+E) or
// reject (Ctrl+Delete at once; the Reject… button asks why first); the next draft is selected so a rep
// can go through the queue by keyboard. Regenerate… (Ctrl+R) writes the draft again with the rep's
// instruction, through the DraftService, with the model's text shown as it comes and a Cancel.
class ApprovalsView : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsView(const models::Workspace& workspace, QWidget* parent = nullptr);
    models::DraftListModel* model() const { return m_model; }
    qint64 currentDraftId() const;
    bool isShowingEmptyState() const;
    // The app's one DraftService (DesktopApp owns it); without one Regenerate… is unavailable.
    void setDraftService(DraftService* service);
    bool isRegenerating() const { return m_ticket != 0; }

public Q_SLOTS:
    void approveCurrent();
    // Rejects at once, without a reason (the keyboard's Ctrl+Delete).
    void rejectCurrent();
    // Asks for an optional reason (dialog "rejectReasonDialog"), then rejects with it.
    void rejectWithReason();
    void editCurrent();
    // Asks for an optional instruction (dialog "regenerateDialog"), then writes the draft again.
    void regenerateCurrent();
    void cancelRegenerate();

Q_SIGNALS:
    void pendingCountChanged(int count);
    void draftDecided(qint64 draftId, bool approved);

private:
    void showCurrent();
    void afterModelChange();
    void selectRow(int row);
    void showFromAndStep(const models::Draft& draft);
    void reject(qint64 id, const QString& reason);
    void regenerate(const models::Draft& draft, const QString& instruction);
    void setBusy(bool busy);
    void updateButtons(bool hasDraft);

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
    DraftDetails* m_details;
    QWidget* m_busy; // "Writing this draft again…" and Cancel
    QPushButton* m_approve;
    QPushButton* m_edit;
    QPushButton* m_reject;
    QPushButton* m_regenerate;
    DraftService* m_service = nullptr;
    int m_ticket = 0; // the regeneration in flight, 0: none
    qint64 m_busyDraft = 0;
    QString m_streamed;
    EmptyState* m_empty;
    qint64 m_lastSelected = 0;
};

} // namespace sc::ui
