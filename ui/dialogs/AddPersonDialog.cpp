#include "AddPersonDialog.h"

#include "models/Clock.h"
#include "models/Workspace.h"
#include "models/import/Normalize.h"
#include "models/repositories/ProspectRepository.h"
#include "models/store/StoreError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc::ui {

AddPersonDialog::AddPersonDialog(const models::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add a person"));
    m_first->setObjectName(QStringLiteral("firstName"));
    m_last->setObjectName(QStringLiteral("lastName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_company->setObjectName(QStringLiteral("company"));
    m_title->setObjectName(QStringLiteral("title"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_company->setPlaceholderText(tr("From the address when left empty"));
    m_problem->setObjectName(QStringLiteral("addPersonProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("First name:"), m_first);
    form->addRow(tr("Last name:"), m_last);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Company:"), m_company);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Phone:"), m_phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void AddPersonDialog::accept()
{
    models::ProspectRepository::NewPerson person {m_first->text(), m_last->text(),  m_email->text(),
                                                  m_title->text(), m_phone->text(), m_company->text()};
    // The workspace's rules, said in the rep's language before it is asked.
    if (m_first->text().trimmed().isEmpty() && m_last->text().trimmed().isEmpty()
        && m_email->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Type a name or an email address."));
        m_problem->show();
        m_first->setFocus();
        return;
    }
    if (!m_email->text().trimmed().isEmpty()
        && !models::Normalize::emailProblem(models::Normalize::email(m_email->text())).isEmpty()) {
        m_problem->setText(tr("“%1” is not a valid email address.").arg(m_email->text().trimmed()));
        m_problem->show();
        m_email->setFocus();
        return;
    }
    models::ProspectRepository repo(m_workspace.connection());
    try {
        const auto result = repo.addPerson(person, QStringLiteral("manual"), Clock::instance().nowMs());
        if (result.id == 0) {
            const std::optional<models::Prospect> other = repo.find(result.existingId);
            m_problem->setText(result.existingTrashed
                                   ? tr("%1 is already a prospect, in the trash: restore it from there.")
                                         .arg(m_email->text().trimmed())
                                   : tr("%1 is already a prospect: %2.")
                                         .arg(m_email->text().trimmed(), other ? other->fullName() : QString()));
            m_problem->show();
            m_email->setFocus();
            return;
        }
        Q_EMIT added(result.id);
        QDialog::accept();
    } catch (const models::ValidationError& error) {
        m_problem->setText(tr("Not added: %1").arg(error.message()));
        m_problem->show();
    } catch (const models::StoreError& error) {
        m_problem->setText(tr("Could not add this person: %1").arg(error.message()));
        m_problem->show();
    }
}

} // namespace sc::ui
