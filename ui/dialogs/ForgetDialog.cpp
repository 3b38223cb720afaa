#include "ForgetDialog.h"

#include "models/Clock.h"
#include "models/repositories/PrivacyRepository.h"
#include "models/store/StoreError.h"

#include <QPushButton>

namespace sc::ui {

ForgetDialog::ForgetDialog(const models::Workspace& workspace, QList<qint64> prospectIds, QWidget* parent)
    : QMessageBox(parent)
    , m_workspace(workspace)
    , m_ids(std::move(prospectIds))
{
    setObjectName(QStringLiteral("forgetDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Forget %n person(s)", nullptr, int(m_ids.size())));
    setText(tr("Erase %n person(s) everywhere?", nullptr, int(m_ids.size())));
    setInformativeText(tr("Their details, emails, drafts, queued emails, tasks, sequences and timeline are erased "
                          "for good; this cannot be undone. Only a one-way hash of their address is kept, so "
                          "Sales Copilot never contacts them again."));
    QPushButton* forgetButton = addButton(tr("Forget"), QMessageBox::DestructiveRole);
    forgetButton->setObjectName(QStringLiteral("forgetButton"));
    setDefaultButton(addButton(QMessageBox::Cancel));
    connect(forgetButton, &QPushButton::clicked, this, &ForgetDialog::forget);
}

void ForgetDialog::forget()
{
    try {
        const models::PrivacyRepository::Erased erased
            = models::PrivacyRepository(m_workspace.connection())
                  .erase(m_ids, true, QStringLiteral("rep"), Clock::instance().nowMs());
        Q_EMIT this->erased(erased.prospects);
    } catch (const models::StoreError& error) {
        Q_EMIT failed(error.message());
    }
}

} // namespace sc::ui
