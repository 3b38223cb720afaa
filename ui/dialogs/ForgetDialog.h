#pragma once

#include "models/Workspace.h"

#include <QList>
#include <QMessageBox>

namespace sc::ui {

// "Forget this person": asks the rep to confirm, then erases the prospects everywhere and keeps only a
// hash of their addresses so nothing ever contacts them again (PrivacyRepository). Opens window-modal
// and deletes itself; erased() carries how many were erased.
class ForgetDialog : public QMessageBox
{
    Q_OBJECT
public:
    ForgetDialog(const models::Workspace& workspace, QList<qint64> prospectIds, QWidget* parent = nullptr);
    // What the Forget button does (tests call it directly).
    void forget();

Q_SIGNALS:
    void erased(int prospects);
    void failed(const QString& message);

private:
    models::Workspace m_workspace;
    QList<qint64> m_ids;
};

} // namespace sc::ui
