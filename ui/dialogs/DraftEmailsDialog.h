#pragma once

#include "models/Workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sc::ui {

// "Draft emails…" on a selection of prospects: the kind (a first email or a follow-up), the template
// (the default for each prospect's language first) and an optional instruction. Accepting queues one
// conversation.draft job for the whole selection; the drafts land in Approvals, the progress in Agents.
class DraftEmailsDialog : public QDialog
{
    Q_OBJECT
public:
    DraftEmailsDialog(const models::Workspace& workspace, QList<qint64> prospects, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* templateBox() const { return m_template; }
    QLineEdit* instructionField() const { return m_instruction; }
    QPushButton* queueButton() const { return m_queue; }
    // The queued job's id once accepted, else 0.
    qint64 jobId() const { return m_job; }

Q_SIGNALS:
    // The job is queued: `count` prospects will get a draft (those on the do-not-contact list are skipped).
    void queued(qint64 jobId, int count);

private:
    void fillTemplates();
    void queue();

    models::Workspace m_workspace;
    QList<qint64> m_prospects;
    QComboBox* m_kind;
    QComboBox* m_template;
    QLineEdit* m_instruction;
    QLabel* m_problem;
    QPushButton* m_queue;
    qint64 m_job = 0;
};

} // namespace sc::ui
