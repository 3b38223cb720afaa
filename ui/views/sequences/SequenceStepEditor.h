#pragma once

#include "models/entities/SequenceDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace sc::ui {

// Edits one step of a sequence: its channel, and an email's versions (name, weight, subject, body), template
// or AI instruction and approval, a wait's business days, a task's kind and title. It writes the step as the
// sequence file says it (json()); SequenceDefinition::fromJson judges it with the rest of the file.
class SequenceStepEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Source { Versions, Template, Ai };

    explicit SequenceStepEditor(QWidget* parent = nullptr);

    // What the template field offers: (label, value written in the file), categories first.
    void setTemplateChoices(const QList<QPair<QString, QString>>& choices);
    // A step as the file writes it (also one that is not valid yet: the rep is still writing it).
    void setStep(const QJsonObject& step);
    // The step as the file writes it, unknown fields kept.
    QJsonObject json() const;
    // What the list shows for it.
    QString summary() const;
    static QString summaryOf(const QJsonObject& step);

    // For tests and the dialog.
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* sourceBox() const { return m_source; }
    QComboBox* templateBox() const { return m_template; }
    QComboBox* approvalBox() const { return m_approval; }
    QComboBox* taskKindBox() const { return m_taskKind; }
    QLineEdit* taskTitleField() const { return m_taskTitle; }
    QSpinBox* waitDaysBox() const { return m_waitDays; }
    QPlainTextEdit* instructionField() const { return m_instruction; }
    QTabWidget* versionTabs() const { return m_versions; }
    void addVersion();
    void removeCurrentVersion();
    // The fields of version `index` (0-based), or nullptr.
    QLineEdit* versionName(int index) const;
    QSpinBox* versionWeight(int index) const;
    QLineEdit* versionSubject(int index) const;
    QPlainTextEdit* versionBody(int index) const;

Q_SIGNALS:
    void changed();

private:
    void addVersionTab(const models::SequenceVariant& variant);
    QString freeVersionName() const;
    void showChannel();

    QJsonObject m_extra;
    bool m_loading = false;
    QComboBox* m_channel;
    QStackedWidget* m_pages;
    // email
    QComboBox* m_source;
    QStackedWidget* m_sourcePages;
    QTabWidget* m_versions;
    QComboBox* m_template;
    QPlainTextEdit* m_instruction;
    QComboBox* m_approval;
    // wait
    QSpinBox* m_waitDays;
    // task
    QComboBox* m_taskKind;
    QLineEdit* m_taskTitle;
};

} // namespace sc::ui
