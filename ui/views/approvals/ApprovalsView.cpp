#include "ApprovalsView.h"

#include "DraftDetails.h"
#include "models/Clock.h"
#include "models/itemmodels/DraftListModel.h"
#include "models/repositories/Approval.h"
#include "models/repositories/DraftRepository.h"
#include "models/repositories/FormSubmissionRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/EditDraftDialog.h"
#include "ui/services/DraftService.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cstdlib>

namespace sc::ui {

using models::DraftListModel;

namespace {
QPushButton* actionButton(const QString& text, const QKeySequence& shortcut, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    return button;
}
} // namespace

ApprovalsView::ApprovalsView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new DraftListModel(workspace, this))
    , m_header(new ViewHeader(tr("Approvals"), this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_to(new QLabel(this))
    , m_from(new QLabel(this))
    , m_step(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_rationale(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_details(new DraftDetails(this))
    , m_busy(new QWidget(this))
    , m_approve(actionButton(tr("Approve"), QKeySequence(Qt::CTRL | Qt::Key_Return), this))
    , m_edit(actionButton(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), this))
    , m_reject(actionButton(tr("Reject…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this))
    , m_regenerate(actionButton(tr("Regenerate…"), QKeySequence(Qt::CTRL | Qt::Key_R), this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("approvalsView"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(3);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(false);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(280);
    m_list->setTextElideMode(Qt::ElideRight);

    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_subject->setWordWrap(true);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_to->setWordWrap(true); // a long name, company and address take a second line, never cut
    m_from->setObjectName(QStringLiteral("approvalFrom"));
    m_from->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_step->setObjectName(QStringLiteral("approvalStep"));
    m_step->setWordWrap(true);
    m_rationale->setWordWrap(true);
    m_rationale->setForegroundRole(QPalette::PlaceholderText);
    m_approve->setDefault(true);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setToolTip(tr("Reject, saying why if you like (Ctrl+Delete rejects at once)"));
    m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
    m_regenerate->setToolTip(tr("Write this draft again, with what should change (%1)")
                                 .arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_regenerate->hide(); // until there is a DraftService

    m_busy->setObjectName(QStringLiteral("regenerateBusy"));
    auto* busyLine = new QHBoxLayout(m_busy);
    busyLine->setContentsMargins(0, 0, 0, 0);
    auto* busyText = new QLabel(tr("Writing this draft again…"), m_busy);
    busyText->setStyleSheet(QStringLiteral("color: #0b57d0;"));
    auto* cancel = new QPushButton(tr("Cancel"), m_busy);
    cancel->setObjectName(QStringLiteral("cancelRegenerateButton"));
    connect(cancel, &QPushButton::clicked, this, &ApprovalsView::cancelRegenerate);
    busyLine->addWidget(busyText, 1);
    busyLine->addWidget(cancel);
    m_busy->hide();

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addWidget(m_subject);
    detailLayout->addWidget(m_to);
    detailLayout->addWidget(m_from);
    detailLayout->addWidget(m_step);
    detailLayout->addWidget(m_rationale);
    detailLayout->addWidget(m_busy);
    detailLayout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_regenerate);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_approve);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 680});
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);
    m_empty->setText(
        tr("You're all caught up"),
        tr("Nothing waits for your approval. Emails the agents write will wait here until you approve, edit or "
           "reject them."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_header);
    m_notice->setObjectName(QStringLiteral("approvalNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    auto addShortcut = [this](const QKeySequence& keys, void (ApprovalsView::*slot)()) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ApprovalsView::approveCurrent);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &ApprovalsView::approveCurrent);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &ApprovalsView::editCurrent);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), &ApprovalsView::rejectCurrent);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace), &ApprovalsView::rejectCurrent);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &ApprovalsView::rejectWithReason);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), &ApprovalsView::regenerateCurrent);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsView::approveCurrent);
    connect(m_edit, &QPushButton::clicked, this, &ApprovalsView::editCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsView::rejectWithReason);
    connect(m_regenerate, &QPushButton::clicked, this, &ApprovalsView::regenerateCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ApprovalsView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsView::afterModelChange);
    afterModelChange();
}

qint64 ApprovalsView::currentDraftId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(DraftListModel::DraftIdRole).toLongLong() : 0;
}

bool ApprovalsView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ApprovalsView::selectRow(int row)
{
    const int count = m_model->rowCount();
    if (count == 0) {
        return;
    }
    m_list->setCurrentIndex(m_model->index(std::clamp(row, 0, count - 1), 0));
}

void ApprovalsView::afterModelChange()
{
    const int count = m_model->rowCount();
    m_header->setSubtitle(count == 0 ? tr("Nothing waiting") : tr("%n draft(s) waiting for you", nullptr, count));
    m_stack->setCurrentWidget(count == 0 ? static_cast<QWidget*>(m_empty) : m_stack->widget(0));
    // Keep the rep where they were: same draft if it is still there, else the one that took its place.
    const int previousRow = m_model->rowOf(m_lastSelected);
    selectRow(previousRow >= 0 ? previousRow : m_list->property("lastRow").toInt());
    showCurrent();
    Q_EMIT pendingCountChanged(count);
}

void ApprovalsView::showCurrent()
{
    const auto draft = m_model->draftAt(m_list->currentIndex().row());
    const bool has = draft.has_value();
    updateButtons(has);
    if (!has) {
        m_subject->clear();
        m_to->clear();
        m_from->clear();
        m_step->clear();
        m_rationale->clear();
        m_details->clear();
        m_busy->hide();
        return;
    }
    m_lastSelected = draft->id;
    m_list->setProperty("lastRow", m_list->currentIndex().row());
    m_subject->setText(draft->subject);
    const QString who = draft->prospectName.isEmpty()
        ? draft->toAddress
        : QStringLiteral("%1 <%2>").arg(draft->prospectName, draft->toAddress);
    if (draft->channel == QLatin1String("form")) {
        // toAddress is the page of the contact form.
        m_to->setText(tr("Contact form: %1").arg(draft->toAddress)
                      + (draft->prospectName.isEmpty() ? QString() : QStringLiteral(" · ") + draft->prospectName)
                      + (draft->companyName.isEmpty() ? QString() : QStringLiteral(" · ") + draft->companyName));
    } else {
        m_to->setText(tr("To: %1").arg(who)
                      + (draft->companyName.isEmpty() ? QString() : QStringLiteral(" · ") + draft->companyName));
    }
    showFromAndStep(*draft);
    m_rationale->setText(draft->rationale.isEmpty() ? QString()
                             : draft->channel == QLatin1String("form")
                             ? draft->rationale
                             : tr("Why this email: %1").arg(draft->rationale));
    m_rationale->setVisible(!draft->rationale.isEmpty());
    const bool streaming = m_ticket != 0 && draft->id == m_busyDraft;
    m_busy->setVisible(streaming);
    if (streaming && !m_streamed.isEmpty()) {
        m_details->showStreaming(m_streamed);
    } else {
        m_details->showDraft(*draft);
    }
}

void ApprovalsView::showFromAndStep(const models::Draft& draft)
{
    // A contact form goes through the site, signed with the sender in Settings › Contact forms.
    const bool email = draft.channel != QLatin1String("form");
    m_from->setVisible(email);
    if (draft.fromEmail.isEmpty()) {
        m_from->setText(tr("From: %1").arg(tr("No mailbox yet — add one in Settings")));
    } else if (draft.fromName.isEmpty()) {
        m_from->setText(tr("From: %1").arg(draft.fromEmail));
    } else {
        m_from->setText(tr("From: %1 <%2>").arg(draft.fromName, draft.fromEmail));
    }
    std::optional<models::DraftRepository::SequenceStep> step;
    try {
        step = email ? models::DraftRepository(m_workspace.connection()).sequenceStep(draft.id) : std::nullopt;
    } catch (const models::StoreError&) {
        step.reset(); // the line is a hint; the draft itself is shown and can be decided
    }
    m_step->setVisible(step.has_value());
    if (!step) {
        m_step->clear();
        return;
    }
    const QString line = tr("Step %1 of %2 of “%3”").arg(step->number).arg(step->count).arg(step->sequenceName);
    if (step->dueAt <= 0) {
        m_step->setText(line);
        return;
    }
    // The year only when the date is not within half a year of today.
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(step->dueAt);
    const bool near = std::abs(step->dueAt - Clock::instance().nowMs()) < 182LL * 86'400'000;
    //: QDateTime formats: ddd the day's short name, MMM the month's.
    const QString format = near ? tr("ddd d MMM, HH:mm") : tr("ddd d MMM yyyy, HH:mm");
    m_step->setText(tr("%1 — due %2").arg(line, QLocale().toString(due, format)));
}

void ApprovalsView::approveCurrent()
{
    const qint64 id = currentDraftId();
    if (id == 0) {
        return;
    }
    try {
        const models::ApprovalOutcome outcome
            = models::approveDraft(m_workspace.connection(), id, QStringLiteral("rep"), Clock::instance().nowMs());
        if (outcome.approved) {
            // Said inline, never in a pop-up: the rep goes on approving from the keyboard.
            if (outcome.queued) {
                m_notice->hide();
            } else if (outcome.noMailbox) {
                m_notice->setText(tr("Approved, not sent yet: add a mailbox in Settings to send approved emails."));
                m_notice->show();
            } else {
                m_notice->setText(tr("Approved, but not sent: %1").arg(outcome.problem));
                m_notice->show();
            }
            Q_EMIT draftDecided(id, true);
        } else if (outcome.unresolved) {
            m_notice->setText(tr("Not approved: this draft still holds template variables with no value (%1). Edit "
                                 "them into words, then approve.")
                                  .arg(outcome.unresolvedTags.join(QStringLiteral(", "))));
            m_notice->show();
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not approve"), error.message());
    }
}

void ApprovalsView::rejectCurrent()
{
    reject(currentDraftId(), QString());
}

void ApprovalsView::rejectWithReason()
{
    const qint64 id = currentDraftId();
    if (id == 0 || (m_ticket != 0 && id == m_busyDraft)) {
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("rejectReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reject this draft"));
    dialog->setLabelText(tr("Why? (optional: it helps the agents write the next ones)"));
    dialog->setOkButtonText(tr("Reject"));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems({QString(), tr("Wrong person"), tr("Too pushy"), tr("Wrong facts"), tr("Too long"),
                              tr("Not the right moment")});
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, id](const QString& reason) { reject(id, reason.trimmed()); });
    dialog->open();
}

void ApprovalsView::reject(qint64 id, const QString& reason)
{
    if (id == 0 || (m_ticket != 0 && id == m_busyDraft)) {
        return;
    }
    try {
        if (models::DraftRepository(m_workspace.connection())
                .reject(id, QStringLiteral("rep"), reason, Clock::instance().nowMs())) {
            Q_EMIT draftDecided(id, false);
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not reject"), error.message());
    }
}

void ApprovalsView::updateButtons(bool hasDraft)
{
    const bool busy = m_ticket != 0 && currentDraftId() == m_busyDraft;
    m_approve->setEnabled(hasDraft && !busy);
    m_edit->setEnabled(hasDraft && !busy);
    m_reject->setEnabled(hasDraft && !busy);
    const auto draft = hasDraft ? m_model->draftAt(m_list->currentIndex().row()) : std::nullopt;
    // Written again only by the Conversation agent: an email to a prospect, one at a time.
    m_regenerate->setEnabled(draft && m_service != nullptr && m_ticket == 0 && draft->prospectId > 0
                             && draft->channel == QLatin1String("email"));
}

void ApprovalsView::setDraftService(DraftService* service)
{
    if (m_service != nullptr) {
        disconnect(m_service, nullptr, this, nullptr);
    }
    m_service = service;
    m_regenerate->setVisible(service != nullptr);
    if (service == nullptr) {
        return;
    }
    connect(service, &DraftService::delta, this, [this](int ticket, const QString& text) {
        if (ticket != m_ticket) {
            return;
        }
        m_streamed += text;
        if (currentDraftId() == m_busyDraft) {
            m_details->showStreaming(m_streamed);
        }
    });
    connect(service, &DraftService::drafted, this,
            [this](int ticket, const agents::conversation::Drafter::Outcome& outcome) {
                if (ticket != m_ticket) {
                    return;
                }
                const bool cancelled = outcome.error == agents::conversation::ErrorKind::Cancelled;
                setBusy(false);
                if (!outcome.ok() && !cancelled) {
                    m_notice->setText(tr("Not written again: %1").arg(outcome.refused));
                    m_notice->show();
                } else if (!outcome.notice.isEmpty() && !cancelled) {
                    m_notice->setText(tr("Written again without the model: %1").arg(outcome.notice));
                    m_notice->show();
                } else {
                    m_notice->hide();
                }
                m_model->reload();
                showCurrent();
            });
    showCurrent();
}

void ApprovalsView::regenerateCurrent()
{
    const auto draft = m_model->draftAt(m_list->currentIndex().row());
    if (!draft || !m_regenerate->isEnabled()) {
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("regenerateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Write this draft again"));
    dialog->setLabelText(tr("What should change? (optional, for example: shorter, mention the webinar)"));
    dialog->setOkButtonText(tr("Regenerate"));
    dialog->setTextValue(QString());
    const models::Draft current = *draft;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, current](const QString& instruction) { regenerate(current, instruction.trimmed()); });
    dialog->open();
}

void ApprovalsView::regenerate(const models::Draft& draft, const QString& instruction)
{
    if (m_service == nullptr || m_ticket != 0) {
        return;
    }
    agents::conversation::Drafter::Request request;
    request.prospectId = draft.prospectId;
    request.kind = draft.kind;
    request.templateName = draft.templateName;
    request.instruction = instruction;
    request.replyTo = draft.replyTo;
    request.draftId = draft.id;
    m_busyDraft = draft.id;
    m_streamed.clear();
    m_notice->hide();
    m_ticket = m_service->draft(request);
    setBusy(true);
}

void ApprovalsView::cancelRegenerate()
{
    if (m_service != nullptr && m_ticket != 0) {
        m_service->cancel(m_ticket);
    }
}

void ApprovalsView::setBusy(bool busy)
{
    if (!busy) {
        m_ticket = 0;
        m_busyDraft = 0;
        m_streamed.clear();
    }
    m_busy->setVisible(busy && currentDraftId() == m_busyDraft);
    updateButtons(currentDraftId() != 0);
}

void ApprovalsView::editCurrent()
{
    const auto draft = m_model->draftAt(m_list->currentIndex().row());
    if (!draft) {
        return;
    }
    auto* dialog = new EditDraftDialog(draft->toAddress, draft->subject, draft->body, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = draft->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        try {
            models::DraftRepository drafts(m_workspace.connection());
            const qint64 now = Clock::instance().nowMs();
            if (drafts.edit(id, dialog->subject(), dialog->body(), QStringLiteral("rep"), now)
                && dialog->approveAfterSave()) {
                // The same path as Approve: an email to the outbox, a contact form to the Form Filler.
                const models::ApprovalOutcome outcome
                    = models::approveDraft(m_workspace.connection(), id, QStringLiteral("rep"), now);
                if (outcome.approved) {
                    Q_EMIT draftDecided(id, true);
                } else if (outcome.unresolved) {
                    m_notice->setText(tr("Not approved: this draft still holds template variables with no value "
                                         "(%1). Edit them into words, then approve.")
                                          .arg(outcome.unresolvedTags.join(QStringLiteral(", "))));
                    m_notice->show();
                }
            }
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not save the draft"), error.message());
        }
    });
    dialog->open(); // window-modal without a nested event loop
}

} // namespace sc::ui
