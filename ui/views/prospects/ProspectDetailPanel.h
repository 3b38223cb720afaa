#pragma once

#include "models/Workspace.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTabWidget;

namespace sc::ui {

class ProspectSequencesTab;

// The selected prospect at a glance: who, where they work, and in tabs the fields (edited in place,
// saved when the rep presses Enter or leaves the field), stage and deal value, tags, notes, tasks
// with due dates, the timeline of everything that happened, and their sequences with their time zone.
// Every change writes a timeline activity and an audit row (ProspectRepository and the stage, tag,
// task and activity repositories).
class ProspectDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProspectDetailPanel(const models::Workspace& workspace, QWidget* parent = nullptr);
    void showProspect(qint64 id);
    qint64 prospectId() const { return m_id; }
    // Saves pending note edits now (also done when the notes field loses focus).
    void saveNotes();
    // Saves one edited field now (also done on Enter and when the field loses focus). Field names:
    // first_name, last_name, email, title, phone, deal_value.
    void saveField(const QString& field);
    // Saves the tags field (comma-separated) now; also on Enter and when it loses focus.
    void saveTags();
    // Adds a call note to the timeline (the "Log a call…" button opens a dialog that calls this).
    void logCall(const QString& note);
    // The rule score with its reasons, the predictive score beside it (ProspectPrediction), and what research
    // found about the company (each fact with its page and date); the Research button queues the Research
    // agent on the company's website.
    QLabel* researchCard() const { return m_research; }
    void researchCompany();

private:
    void refresh();
    void refreshTasks();
    void refreshResearch(int score);
    static QString factLabel(const QString& field);
    void addTask();
    void taskToggled(QListWidgetItem* item);

    models::Workspace m_workspace;
    qint64 m_id = 0;
    QLabel* m_name;
    QLabel* m_company;
    QLabel* m_research;
    qint64 m_companyId = 0;
    QTabWidget* m_tabs;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QString> m_savedFields;
    QComboBox* m_stage;
    QLineEdit* m_tags;
    QString m_savedTags;
    QPlainTextEdit* m_notes;
    QListWidget* m_tasks;
    QLineEdit* m_newTask;
    QDateEdit* m_newTaskDue;
    QListWidget* m_timeline;
    ProspectSequencesTab* m_sequences;
    QString m_savedNotes;
    bool m_refreshingTasks = false;
};

} // namespace sc::ui
