#include "PipelineStagesEditor.h"

#include "models/ChangeHub.h"
#include "models/Clock.h"
#include "models/itemmodels/ProspectTableModel.h"
#include "models/repositories/StageRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/ErrorBox.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

namespace {
// The label of the stage the dialogs name (translated built-in name or the rep's own).
constexpr int StageLabelRole = PipelineStagesEditor::ProspectCountRole + 1;

QString actor()
{
    return QStringLiteral("rep");
}

QPushButton* namedButton(const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}
} // namespace

PipelineStagesEditor::PipelineStagesEditor(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Pipeline stages"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("pipelineStages"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("stageList"));
    m_list->setMinimumHeight(120);
    m_list->setMaximumHeight(240);
    auto* add = namedButton(tr("Add…"), "addStageButton", this);
    m_rename = namedButton(tr("Rename…"), "renameStageButton", this);
    m_up = namedButton(tr("Move up"), "stageUpButton", this);
    m_down = namedButton(tr("Move down"), "stageDownButton", this);
    m_remove = namedButton(tr("Remove…"), "removeStageButton", this);
    m_status = noteLabel(QString(), this);
    connect(add, &QPushButton::clicked, this, &PipelineStagesEditor::addStage);
    connect(m_rename, &QPushButton::clicked, this, &PipelineStagesEditor::renameStage);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStage(+1); });
    connect(m_remove, &QPushButton::clicked, this, &PipelineStagesEditor::removeStage);
    connect(m_list, &QListWidget::currentRowChanged, this, &PipelineStagesEditor::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &PipelineStagesEditor::renameStage);
    // Counts change with every stage change, import or deletion elsewhere; while hidden, reload once
    // when shown rather than on every notice.
    connect(models::ChangeHub::instance(), &models::ChangeHub::changed, this, [this](models::ChangeHub::Topics topics) {
        if (!topics.testFlag(models::ChangeHub::Prospects)) {
            return;
        }
        if (isVisible()) {
            reload();
        } else {
            m_stale = true;
        }
    });

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("The stages a prospect goes through, in order. New stages come before the "
                                   "closed ones (won, lost)."),
                                this));
    layout->addLayout(row);
    layout->addWidget(m_status);
    reload();
}

QString PipelineStagesEditor::currentKey() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(StageKeyRole).toString() : QString();
}

void PipelineStagesEditor::showEvent(QShowEvent* event)
{
    SettingsPage::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void PipelineStagesEditor::reload()
{
    reloadSelecting(currentKey());
}

void PipelineStagesEditor::reloadSelecting(const QString& key)
{
    m_stale = false;
    QList<models::Stage> stages;
    try {
        stages = models::StageRepository(m_workspace.connection()).details();
        m_status->clear();
    } catch (const models::StoreError& error) {
        m_status->setText(error.message());
    }
    {
        const QSignalBlocker blocker(m_list); // one updateButtons() below, not one per row
        m_list->clear();
        int selected = -1;
        for (const auto& stage : std::as_const(stages)) {
            const QString label = models::ProspectTableModel::stageLabel(stage.key, stage.name);
            QString shown = label;
            // The outcome is only worth saying when the name does not say it already.
            if (stage.outcome == QLatin1String("won")
                && label != models::ProspectTableModel::statusLabel(QStringLiteral("won"))) {
                shown = tr("%1 (won)").arg(label);
            } else if (stage.outcome == QLatin1String("lost")
                       && label != models::ProspectTableModel::statusLabel(QStringLiteral("lost"))) {
                shown = tr("%1 (lost)").arg(label);
            }
            auto* item = new QListWidgetItem(tr("%1 — %Ln prospect(s)", nullptr, stage.prospects).arg(shown), m_list);
            item->setData(StageKeyRole, stage.key);
            item->setData(ProspectCountRole, stage.prospects);
            item->setData(StageLabelRole, label);
            if (stage.outcome == QLatin1String("won")) {
                item->setToolTip(tr("Prospects in this stage count as won deals."));
            } else if (stage.outcome == QLatin1String("lost")) {
                item->setToolTip(tr("Prospects in this stage count as lost deals."));
            }
            if (!key.isEmpty() && stage.key == key) {
                selected = m_list->count() - 1;
            }
        }
        m_list->setCurrentRow(selected);
    }
    updateButtons();
}

void PipelineStagesEditor::updateButtons()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0;
    const bool lastStage = m_list->count() <= 1;
    m_rename->setEnabled(selected);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(selected && row < m_list->count() - 1);
    m_remove->setEnabled(selected && !lastStage);
    m_remove->setToolTip(lastStage ? tr("The pipeline needs at least one stage.") : QString());
}

void PipelineStagesEditor::addStage()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addStageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a stage"));
    dialog->setLabelText(tr("Name of the new stage:"));
    dialog->setOkButtonText(tr("Add"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        try {
            const QString key
                = models::StageRepository(m_workspace.connection()).add(name, actor(), Clock::instance().nowMs());
            reloadSelecting(key);
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not add the stage"), error.message());
        }
    });
    dialog->open();
}

void PipelineStagesEditor::renameStage()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString key = item->data(StageKeyRole).toString();
    const QString label = item->data(StageLabelRole).toString();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameStageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename the stage"));
    dialog->setLabelText(tr("New name for “%1”:").arg(label));
    dialog->setTextValue(label);
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, key, label](const QString& name) {
        if (name.simplified() == label) {
            return; // keeps a built-in stage translated instead of storing its translation
        }
        try {
            models::StageRepository(m_workspace.connection()).rename(key, name, actor(), Clock::instance().nowMs());
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not rename the stage"), error.message());
        }
        reloadSelecting(key);
    });
    dialog->open();
}

void PipelineStagesEditor::moveStage(int delta)
{
    const QString key = currentKey();
    if (key.isEmpty()) {
        return;
    }
    try {
        models::StageRepository(m_workspace.connection()).move(key, delta, actor(), Clock::instance().nowMs());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not move the stage"), error.message());
    }
    reloadSelecting(key);
}

void PipelineStagesEditor::removeStage()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || m_list->count() <= 1) {
        return;
    }
    const QString key = item->data(StageKeyRole).toString();
    const QString label = item->data(StageLabelRole).toString();
    const int prospects = item->data(ProspectCountRole).toInt();
    if (prospects == 0) {
        confirmRemoval(key, label);
    } else {
        askWhereProspectsGo(key, label, prospects);
    }
}

void PipelineStagesEditor::confirmRemoval(const QString& key, const QString& label)
{
    // The store wants a stage for the prospects even when the list showed none: one may have arrived
    // since. The neighbour above (below for the first stage) takes them.
    const int row = m_list->currentRow();
    const QString neighbour = m_list->item(row > 0 ? row - 1 : row + 1)->data(StageKeyRole).toString();
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("Remove the stage"),
                          tr("Remove the stage “%1”? No prospect is in it.").arg(label), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeStageConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveStageButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, key, neighbour] { remove(key, neighbour); });
    box->open();
}

void PipelineStagesEditor::askWhereProspectsGo(const QString& key, const QString& label, int prospects)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("removeStageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Remove the stage"));
    auto* text = new QLabel(
        tr("“%1” holds %Ln prospect(s). Before the stage goes, move them to:", nullptr, prospects).arg(label), dialog);
    text->setWordWrap(true);
    auto* target = new QComboBox(dialog);
    target->setObjectName(QStringLiteral("moveProspectsToCombo"));
    const int row = m_list->currentRow();
    for (int i = 0; i < m_list->count(); ++i) {
        if (i != row) {
            target->addItem(m_list->item(i)->data(StageLabelRole).toString(), m_list->item(i)->data(StageKeyRole));
        }
    }
    // The stage just before is the likeliest home; the next one for the first stage.
    target->setCurrentIndex(row > 0 ? row - 1 : 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* confirm = buttons->addButton(tr("Remove the stage"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveStageButton"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // accepted() comes before the deferred delete, so the combo box is still there.
    connect(dialog, &QDialog::accepted, this, [this, key, target] { remove(key, target->currentData().toString()); });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(target);
    layout->addWidget(buttons);
    dialog->open();
}

void PipelineStagesEditor::remove(const QString& key, const QString& moveProspectsTo)
{
    try {
        models::StageRepository(m_workspace.connection())
            .remove(key, moveProspectsTo, actor(), Clock::instance().nowMs());
        reloadSelecting(moveProspectsTo);
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not remove the stage"), error.message());
        reload();
    }
}

} // namespace sc::ui
