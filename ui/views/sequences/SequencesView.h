#pragma once

#include "models/Workspace.h"
#include "models/repositories/SequenceRepository.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;

namespace sc::ui {

class EmptyState;
class SendTimesDialog;
class SequenceDetails;
class SequenceEditorDialog;
class ViewHeader;

// The rep's sequences: each with its live counts (running, paused, finished, replied, bounced), and the one
// selected with its steps, results and prospects. New, edit and duplicate open the sequence editor; pause and
// resume the whole sequence or one prospect; an A/B step's winner goes to the rest once the rep confirms; Best
// send times… opens the learned send-time heat map. Reloads when the store says prospects or the outbox changed.
class SequencesView : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        StepsColumn,
        EnrolledColumn,
        RunningColumn,
        PausedColumn,
        FinishedColumn,
        RepliedColumn,
        BouncedColumn
    };
    static constexpr int ProspectLimit = 5000;

    explicit SequencesView(const models::Workspace& workspace, QWidget* parent = nullptr);

    // Reads the sequences again, keeping the one selected.
    void reload();
    bool selectSequence(const QString& name);
    qint64 currentSequenceId() const { return m_currentId; }
    bool isShowingEmptyState() const;

    // The editor opened (not modal; it deletes itself when closed), or nullptr.
    SequenceEditorDialog* newSequence();
    SequenceEditorDialog* editCurrent();
    SequenceEditorDialog* duplicateCurrent();
    SequenceEditorDialog* editor() const;
    void setCurrentActive(bool active);
    void setProspectPaused(qint64 prospectId, bool paused);
    // Asks first (a message box, "sendWinnerConfirm"), then gives every other version of the current
    // sequence's step weight 0.
    void sendWinnerToRest(int step, const QString& variant);
    // The send-time heat map (not modal; it deletes itself when closed), raised when already open.
    SendTimesDialog* showSendTimes();

    QTreeWidget* sequenceList() const { return m_list; }
    SequenceDetails* details() const { return m_details; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* sendTimesButton() const { return m_sendTimes; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    SequenceEditorDialog* openEditor(qint64 id, const models::SequenceDefinition& definition, const QString& title);
    void showCurrent();
    void fitList();
    QString freeName(const QString& wanted) const;

    const models::Workspace& m_workspace;
    QList<models::SequenceRepository::Summary> m_summaries;
    qint64 m_currentId = 0;
    bool m_filling = false;
    QPointer<SequenceEditorDialog> m_editor;
    QPointer<SendTimesDialog> m_sendTimesDialog;

    ViewHeader* m_header;
    QPushButton* m_new;
    QPushButton* m_sendTimes;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    EmptyState* m_empty;
    QTreeWidget* m_list;
    SequenceDetails* m_details;
    QSplitter* m_splitter;
    bool m_listSized = false;
};

} // namespace sc::ui
