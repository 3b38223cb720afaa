#pragma once

#include "models/Workspace.h"
#include "models/entities/SequenceDefinition.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QToolButton;

namespace sc::ui {

class SequenceStepEditor;

// The editor of one sequence: its name, mailbox, time zone, business days and hours, holidays, caps and
// stop rules, and its steps (added, removed, moved). It writes the sequence file (json()) and saves only
// what SequenceDefinition::fromJson accepts, with the reason told in plain words under the fields when it
// does not; saved with SequenceRepository::create (id 0: new, or a duplicate) or update. Opened with open(),
// never exec(); it deletes itself when closed.
class SequenceEditorDialog : public QDialog
{
    Q_OBJECT
public:
    SequenceEditorDialog(const models::Workspace& workspace, qint64 id, const models::SequenceDefinition& definition,
                         QWidget* parent = nullptr);

    // The sequence file the fields make, unknown fields of the loaded one kept.
    QJsonObject json() const;
    // Checks and stores; false with the reason shown (nothing stored). On success emits saved and closes.
    bool save();
    qint64 sequenceId() const { return m_id; }
    QString errorText() const;

    // Adds a step after the selected one (email, wait, task, form) and selects it.
    void addStep(const QString& channel);
    void removeCurrentStep();
    void moveCurrentStep(int delta);

    // For tests.
    QLineEdit* nameField() const { return m_name; }
    QComboBox* timeZoneBox() const { return m_timeZone; }
    QSpinBox* perDayBox() const { return m_perDay; }
    QListWidget* stepList() const { return m_stepList; }
    SequenceStepEditor* stepEditor() const { return m_stepEditor; }
    QPushButton* saveButton() const { return m_save; }
    QCheckBox* dayBox(int index) const { return m_days.value(index); }

Q_SIGNALS:
    void saved(qint64 id);

private:
    QWidget* buildSchedule();
    QWidget* buildSteps();
    void load(const models::SequenceDefinition& definition);
    void showStep(int row);
    void stepEdited();
    void updateStepButtons();
    void renumber();
    void showError(const QString& text);

    const models::Workspace& m_workspace;
    qint64 m_id;
    QJsonObject m_extra;
    QList<QJsonObject> m_steps; // each step as the file writes it; the selected one lives in the step editor
    int m_currentStep = -1;
    bool m_loading = false;

    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QComboBox* m_account;
    QComboBox* m_timeZone;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QListWidget* m_holidays;
    QDateEdit* m_holiday;
    QSpinBox* m_perDay;
    QSpinBox* m_spacing;
    QList<QCheckBox*> m_stopOn;
    QCheckBox* m_stopCompany;
    QListWidget* m_stepList;
    SequenceStepEditor* m_stepEditor;
    QToolButton* m_addStep;
    QPushButton* m_removeStep;
    QPushButton* m_stepUp;
    QPushButton* m_stepDown;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace sc::ui
