#pragma once

#include "models/entities/EmailTemplate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace sc::ui {

// The fields of one language variant of a template: name, category, language, format, subject and body,
// with an "Insert variable" menu that puts {{first_name}} (and the others) where the rep is typing.
// It only edits: TemplatesView saves, and says what stands in the way with showProblem().
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget* parent = nullptr);

    // Loads `t` as the saved state (id 0: not stored yet, which counts as a change).
    void setTemplate(const models::EmailTemplate& t);
    // What the fields hold now, with the loaded id and default flag.
    models::EmailTemplate current() const;
    bool isDirty() const;
    void showProblem(const QString& problem);

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* subjectField() const { return m_subject; }
    QPlainTextEdit* bodyField() const { return m_body; }
    QComboBox* languageField() const { return m_language; }
    QPushButton* saveButton() const { return m_save; }
    // Inserts {{name}} at the cursor of the subject or the body, whichever the rep was last in.
    void insertVariable(const QString& name);

Q_SIGNALS:
    void edited();
    void saveRequested();
    void revertRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    models::EmailTemplate m_loaded;
    QLineEdit* m_name;
    QComboBox* m_category;
    QComboBox* m_language;
    QComboBox* m_format;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QToolButton* m_insert;
    QLabel* m_problem;
    QPushButton* m_revert;
    QPushButton* m_save;
    bool m_lastInSubject = false;
    bool m_loading = false;
};

} // namespace sc::ui
