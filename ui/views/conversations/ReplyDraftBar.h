#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sc::ui {

// The line above a thread that says how "Draft a reply" went: writing, drafted (with a button to
// Approvals, where the reply waits), or why no reply was drafted, in the rep's words.
class ReplyDraftBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReplyDraftBar(QWidget* parent = nullptr);

    void showWorking(const QString& who);
    // notice: why the template was used instead of the model, if it was.
    void showDrafted(const QString& who, const QString& notice);
    void showRefused(const QString& why);
    QLabel* message() const { return m_text; }
    QPushButton* openApprovalsButton() const { return m_open; }

Q_SIGNALS:
    void openApprovals();

private:
    void setTone(bool problem);

    QLabel* m_text;
    QPushButton* m_open;
    QPushButton* m_close;
};

} // namespace sc::ui
