#include "SequencesView.h"

#include "SequenceDetails.h"
#include "SequenceEditorDialog.h"
#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/repositories/EnrollmentRepository.h"
#include "models/store/StoreError.h"
#include "ui/dialogs/SendTimesDialog.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

SequencesView::SequencesView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_header(new ViewHeader(tr("Sequences"), this))
    , m_new(new QPushButton(tr("New sequence…"), this))
    , m_sendTimes(new QPushButton(tr("Best send times…"), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QWidget(this))
    , m_empty(new EmptyState(m_emptyPage))
    , m_list(new QTreeWidget(this))
    , m_details(new SequenceDetails(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("sequencesView"));
    m_new->setObjectName(QStringLiteral("newSequenceButton"));
    m_sendTimes->setObjectName(QStringLiteral("sendTimesButton"));
    m_sendTimes->setToolTip(tr("When prospects answer, learned from the replies in this workspace"));
    m_header->addWidget(m_sendTimes);
    m_header->addWidget(m_new);

    m_list->setObjectName(QStringLiteral("sequenceList"));
    m_list->setColumnCount(9);
    m_list->setHeaderLabels({tr("Sequence"), tr("State"), tr("Steps"), tr("Enrolled"), tr("Running"), tr("Paused"),
                             tr("Finished"), tr("Replied"), tr("Bounced")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = StateColumn; c <= BouncedColumn; ++c) {
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        if (c >= StepsColumn) {
            m_list->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(80);

    // No sequence yet: what one is, and the one button that makes one.
    m_empty->setText(tr("No sequence yet"),
                     tr("A sequence sends your emails, tasks and contact forms step by step, in each prospect's "
                        "business hours, and stops the moment they reply. Create one, then enroll prospects from "
                        "the Prospects view."));
    auto* startButton = new QPushButton(tr("Create your first sequence…"), m_empty);
    startButton->setObjectName(QStringLiteral("firstSequenceButton"));
    startButton->setDefault(true);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(0, 12, 0, 0);
    buttonRow->addStretch(1);
    buttonRow->addWidget(startButton);
    buttonRow->addStretch(1);
    // Right under the hint, before the empty state's bottom stretch.
    if (auto* emptyBox = qobject_cast<QVBoxLayout*>(m_empty->layout())) {
        emptyBox->insertLayout(emptyBox->count() - 1, buttonRow);
    }
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(m_empty);

    m_splitter->setObjectName(QStringLiteral("sequencesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_stack->addWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_listSized = true; });
    m_stack->addWidget(m_emptyPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, &SequencesView::newSequence);
    connect(m_sendTimes, &QPushButton::clicked, this, &SequencesView::showSendTimes);
    connect(startButton, &QPushButton::clicked, this, &SequencesView::newSequence);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (m_filling) {
            return;
        }
        const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
        const qint64 id = selected.isEmpty() ? 0 : selected.first()->data(NameColumn, IdRole).toLongLong();
        if (id != 0 && id != m_currentId) {
            m_currentId = id;
            showCurrent();
        }
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SequencesView::editCurrent);
    connect(m_details, &SequenceDetails::editRequested, this, &SequencesView::editCurrent);
    connect(m_details, &SequenceDetails::duplicateRequested, this, &SequencesView::duplicateCurrent);
    connect(m_details, &SequenceDetails::pauseRequested, this, [this](bool pause) { setCurrentActive(!pause); });
    connect(m_details, &SequenceDetails::prospectPauseRequested, this, &SequencesView::setProspectPaused);
    connect(m_details, &SequenceDetails::sendWinnerRequested, this, &SequencesView::sendWinnerToRest);
    // The Decision engine, a reply or the rep elsewhere moved an enrollment: the counts follow.
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        if (isVisible()
            && (topics.testFlag(models::ChangeHub::Prospects) || topics.testFlag(models::ChangeHub::Outbox))) {
            reload(); // hidden, it reads them again when shown
        }
    });
    reload();
}

void SequencesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // the CLI may have changed them
}

void SequencesView::reload()
{
    try {
        m_summaries = models::SequenceRepository(m_workspace.connection()).list();
    } catch (const models::StoreError& error) {
        m_summaries.clear();
        showError(this, tr("Could not read the sequences"), error.message());
    }
    const QLocale locale;
    int running = 0;
    m_filling = true;
    m_list->clear();
    QTreeWidgetItem* current = nullptr;
    for (const models::SequenceRepository::Summary& s : std::as_const(m_summaries)) {
        running += s.running;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, s.name);
        item->setToolTip(NameColumn, s.name);
        item->setData(NameColumn, IdRole, s.id);
        item->setText(StateColumn, s.active ? tr("Running") : tr("Paused"));
        item->setForeground(StateColumn, s.active ? QColor(0x14, 0x6c, 0x2e) : QColor(0x8a, 0x53, 0x00));
        const int counts[] = {s.steps, s.enrolled, s.running, s.paused, s.finished, s.replied, s.bounced};
        for (int c = StepsColumn; c <= BouncedColumn; ++c) {
            item->setText(c, locale.toString(counts[c - StepsColumn]));
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (s.id == m_currentId) {
            current = item;
        }
    }
    if (current == nullptr && m_list->topLevelItemCount() > 0) {
        current = m_list->topLevelItem(0);
    }
    if (current != nullptr) {
        m_list->setCurrentItem(current);
    }
    m_filling = false;
    m_currentId = current ? current->data(NameColumn, IdRole).toLongLong() : 0;
    m_header->setSubtitle(m_summaries.isEmpty() ? tr("Multi-step outreach that runs itself")
                                                : tr("%n sequence(s)", nullptr, int(m_summaries.size()))
                                  + QStringLiteral(" · ") + tr("%n prospect(s) on their way", nullptr, running));
    m_stack->setCurrentWidget(m_summaries.isEmpty() ? m_emptyPage : m_stack->widget(0));
    fitList();
    showCurrent();
}

void SequencesView::fitList()
{
    if (m_listSized || m_list->topLevelItemCount() == 0) {
        return; // the rep moved the divider: theirs
    }
    // As tall as its rows, 3 to 8 of them; the details take the rest.
    const int rows = std::clamp(m_list->topLevelItemCount(), 3, 8);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const int height = m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 4;
    const int total = std::max(m_splitter->height(), height + 300);
    m_splitter->setSizes({height, total - height});
}

void SequencesView::showCurrent()
{
    if (m_currentId == 0) {
        return;
    }
    try {
        const QSqlDatabase db = m_workspace.connection();
        models::SequenceRepository sequences(db);
        const std::optional<models::SequenceRepository::Stored> stored = sequences.find(m_currentId);
        const auto summary = std::find_if(m_summaries.cbegin(), m_summaries.cend(),
                                          [this](const auto& s) { return s.id == m_currentId; });
        if (!stored || summary == m_summaries.cend()) {
            return;
        }
        m_details->showSequence(*stored, *summary, models::EnrollmentRepository(db).results(m_currentId),
                                sequences.enrolled(m_currentId, ProspectLimit), ProspectLimit);
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not read the sequence"), error.message());
    }
}

bool SequencesView::selectSequence(const QString& name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->text(NameColumn).compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

SequenceEditorDialog* SequencesView::editor() const
{
    return m_editor.data();
}

bool SequencesView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyPage;
}

SequenceEditorDialog* SequencesView::openEditor(qint64 id, const models::SequenceDefinition& definition,
                                                const QString& title)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    m_editor = new SequenceEditorDialog(m_workspace, id, definition, this);
    m_editor->setWindowTitle(title);
    connect(m_editor, &SequenceEditorDialog::saved, this, [this](qint64 saved) {
        m_currentId = saved;
        reload();
    });
    m_editor->open();
    return m_editor;
}

SequenceEditorDialog* SequencesView::newSequence()
{
    models::SequenceDefinition definition;
    definition.name = freeName(tr("New sequence"));
    return openEditor(0, definition, tr("New sequence"));
}

SequenceEditorDialog* SequencesView::editCurrent()
{
    if (m_currentId == 0) {
        return nullptr;
    }
    try {
        if (const auto stored = models::SequenceRepository(m_workspace.connection()).find(m_currentId)) {
            return openEditor(stored->id, stored->definition, tr("Edit sequence"));
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not read the sequence"), error.message());
    }
    return nullptr;
}

SequenceEditorDialog* SequencesView::duplicateCurrent()
{
    if (m_currentId == 0) {
        return nullptr;
    }
    try {
        if (auto stored = models::SequenceRepository(m_workspace.connection()).find(m_currentId)) {
            stored->definition.name = freeName(tr("%1 (copy)").arg(stored->definition.name));
            return openEditor(0, stored->definition, tr("Duplicate sequence"));
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not read the sequence"), error.message());
    }
    return nullptr;
}

QString SequencesView::freeName(const QString& wanted) const
{
    auto taken = [this](const QString& name) {
        return std::any_of(m_summaries.cbegin(), m_summaries.cend(),
                           [&name](const auto& s) { return s.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n) {
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    }
    return name;
}

void SequencesView::setCurrentActive(bool active)
{
    if (m_currentId == 0) {
        return;
    }
    try {
        models::SequenceRepository(m_workspace.connection())
            .setActive(m_currentId, active, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, active ? tr("Could not resume the sequence") : tr("Could not pause the sequence"),
                  error.message());
    }
    reload();
}

void SequencesView::setProspectPaused(qint64 prospectId, bool paused)
{
    if (m_currentId == 0) {
        return;
    }
    try {
        models::SequenceRepository(m_workspace.connection())
            .setProspectPaused(m_currentId, prospectId, paused, QStringLiteral("rep"), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, paused ? tr("Could not pause this prospect") : tr("Could not resume this prospect"),
                  error.message());
    }
    reload();
    m_details->selectProspect(prospectId);
}

void SequencesView::sendWinnerToRest(int step, const QString& variant)
{
    if (m_currentId == 0 || variant.isEmpty()) {
        return;
    }
    const qint64 id = m_currentId;
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("Send version %1 to the rest").arg(variant),
                          tr("Everyone who has not reached step %1 yet gets version %2.").arg(step + 1).arg(variant),
                          QMessageBox::Cancel, this);
    box->setInformativeText(tr("Prospects who already got this step keep what they got. The other versions stop "
                               "being sent; edit the sequence to test again."));
    box->setObjectName(QStringLiteral("sendWinnerConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Send version %1").arg(variant), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmSendWinnerButton"));
    box->setDefaultButton(confirm);
    connect(confirm, &QPushButton::clicked, this, [this, id, step, variant] {
        try {
            models::SequenceRepository(m_workspace.connection())
                .sendWinnerToRest(id, step, variant, QStringLiteral("rep"), Clock::instance().nowMs());
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not send version %1 to the rest").arg(variant), error.message());
        }
        reload();
    });
    box->open();
}

SendTimesDialog* SequencesView::showSendTimes()
{
    if (!m_sendTimesDialog) {
        try {
            m_sendTimesDialog = new SendTimesDialog(m_workspace.connection(), this);
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not read the replies"), error.message());
            return nullptr;
        }
        m_sendTimesDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_sendTimesDialog->resize(820, 460);
    }
    m_sendTimesDialog->show();
    m_sendTimesDialog->raise();
    m_sendTimesDialog->activateWindow();
    return m_sendTimesDialog;
}

} // namespace sc::ui
