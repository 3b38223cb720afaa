#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace sc::ui {

// The selected prospect at a glance: who, where they work, the stage (changeable), tags, notes
// (edited in place, saved when the rep leaves the field) and the timeline of everything that happened.
class ProspectDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProspectDetailPanel(const models::Workspace& workspace, QWidget* parent = nullptr);
    void showProspect(qint64 id);
    qint64 prospectId() const { return m_id; }
    // Saves pending note edits now (also done when the notes field loses focus).
    void saveNotes();

private:
    void refresh();

    models::Workspace m_workspace;
    qint64 m_id = 0;
    QLabel* m_name;
    QLabel* m_contact;
    QLabel* m_company;
    QComboBox* m_stage;
    QLabel* m_tags;
    QPlainTextEdit* m_notes;
    QListWidget* m_timeline;
    QString m_savedNotes;
};

} // namespace sc::ui
