#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sc::models {
class Workspace;
}

namespace sc::ui {

// One person added by hand: name, address, company, title, phone. A name or an address is enough;
// what the workspace refuses (a malformed address, one that is already a prospect's) is said in the
// dialog, which stays open with what the rep typed. Opened with open(); emits added() with the id.
class AddPersonDialog : public QDialog
{
    Q_OBJECT
public:
    AddPersonDialog(const models::Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void added(qint64 prospectId);

private:
    const models::Workspace& m_workspace;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
    QLineEdit* m_company;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLabel* m_problem;
};

} // namespace sc::ui
