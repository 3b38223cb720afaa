#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace sc::ui {

// Lets the rep rewrite a draft's subject and body before approving it.
class EditDraftDialog : public QDialog
{
    Q_OBJECT
public:
    EditDraftDialog(const QString& recipient, const QString& subject, const QString& body, QWidget* parent = nullptr);
    QString subject() const;
    QString body() const;
    // True when the rep chose "Save and approve".
    bool approveAfterSave() const { return m_approve; }

private:
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    bool m_approve = false;
};

} // namespace sc::ui
