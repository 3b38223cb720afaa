#include "DraftEmailsDialog.h"

#include "agents/conversation/ConversationAgent.h"
#include "agents/conversation/drafting/Drafter.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/TemplateRepository.h"
#include "models/store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc::ui {

using agents::conversation::ConversationAgent;
using agents::conversation::Drafter;

DraftEmailsDialog::DraftEmailsDialog(const models::Workspace& workspace, QList<qint64> prospects, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_prospects(std::move(prospects))
    , m_kind(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_instruction(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("draftEmailsDialog"));
    setWindowTitle(tr("Draft emails"));
    const int count = int(m_prospects.size());
    auto* intro = new QLabel(tr("An email is drafted for each of the %n selected prospect(s). The drafts wait in "
                                "Approvals: nothing is sent before you approve it.",
                                nullptr, count),
                             this);
    intro->setObjectName(QStringLiteral("draftEmailsIntro"));
    intro->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("draftKind"));
    m_kind->addItem(tr("First email"), QStringLiteral("first_email"));
    m_kind->addItem(tr("Follow-up"), QStringLiteral("follow_up"));
    m_template->setObjectName(QStringLiteral("draftTemplate"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(24);
    m_instruction->setObjectName(QStringLiteral("draftInstruction"));
    m_instruction->setPlaceholderText(tr("Optional, e.g. “mention our webinar on 12 March”"));
    m_instruction->setClearButtonEnabled(true);
    m_problem->setObjectName(QStringLiteral("draftEmailsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DraftEmailsDialog::fillTemplates);
    fillTemplates();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Instruction:"), m_instruction);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_queue = buttons->addButton(tr("Draft %n email(s)", nullptr, count), QDialogButtonBox::AcceptRole);
    m_queue->setObjectName(QStringLiteral("draftEmailsQueue"));
    m_queue->setDefault(true);
    m_queue->setEnabled(count > 0);
    connect(m_queue, &QPushButton::clicked, this, &DraftEmailsDialog::queue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void DraftEmailsDialog::fillTemplates()
{
    const QString category = Drafter::categoryOf(m_kind->currentData().toString());
    const QString keep = m_template->currentData().toString();
    m_template->clear();
    m_template->addItem(tr("Default for the prospect's language"), QString());
    QStringList names;
    try {
        const QList<models::EmailTemplate> all = models::TemplateRepository(m_workspace.connection()).list();
        for (const models::EmailTemplate& t : all) {
            if (t.category == category && !names.contains(t.name)) {
                names << t.name;
            }
        }
    } catch (const models::StoreError&) {
        names.clear(); // the default still drafts: each prospect's language has one
    }
    for (const QString& name : std::as_const(names)) {
        m_template->addItem(name, name);
    }
    m_template->setCurrentIndex(std::max(0, m_template->findData(keep)));
}

void DraftEmailsDialog::queue()
{
    const models::NewJob job
        = ConversationAgent::draftJob(m_prospects, m_kind->currentData().toString(),
                                      m_template->currentData().toString(), m_instruction->text().trimmed());
    try {
        m_job = models::JobRepository(m_workspace.connection()).enqueue(job, Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        m_problem->setText(tr("The drafts could not be queued: %1").arg(error.message()));
        m_problem->show();
        return;
    }
    Q_EMIT queued(m_job, int(m_prospects.size()));
    accept();
}

} // namespace sc::ui
