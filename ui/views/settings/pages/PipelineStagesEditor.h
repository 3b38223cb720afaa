#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace sc::ui {

// The Settings section where the rep shapes the pipeline: the stages in order with how many prospects
// each holds, and buttons to add, rename, reorder and remove them. Dialogs are non-blocking and named
// (addStageDialog, renameStageDialog, removeStageDialog, removeStageConfirm) so tests can drive them.
class PipelineStagesEditor : public SettingsPage
{
    Q_OBJECT
public:
    enum Role { StageKeyRole = Qt::UserRole, ProspectCountRole };

    explicit PipelineStagesEditor(const models::Workspace& workspace, QWidget* parent = nullptr);
    // The selected stage's key, or an empty string.
    QString currentKey() const;
    // Stage changes apply at once (each button), so there is nothing to save.
    void load() override { reload(); }

public Q_SLOTS:
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Reloads and selects the stage with this key (the first stage when it is gone).
    void reloadSelecting(const QString& key);
    void updateButtons();
    void addStage();
    void renameStage();
    void moveStage(int delta);
    void removeStage();
    void confirmRemoval(const QString& key, const QString& label);
    void askWhereProspectsGo(const QString& key, const QString& label, int prospects);
    void remove(const QString& key, const QString& moveProspectsTo);

    models::Workspace m_workspace;
    QListWidget* m_list = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
    bool m_stale = false; // prospects changed while the section was hidden
};

} // namespace sc::ui
