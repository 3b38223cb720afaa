#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"

class QLineEdit;
class QSpinBox;

namespace sc::ui {

// Settings › Workspace: its name (the window title), which folder the app opens at the next start and how
// long inactive prospects are kept (data retention).
class WorkspacePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit WorkspacePage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;
    // Renames the workspace when the name field holds a new, non-empty name.
    void save() override;

Q_SIGNALS:
    void workspaceFolderChosen(const QString& directory);

private:
    void chooseFolder();
    void saveRetention();
    void saveReminder();

    models::Workspace m_workspace;
    QLineEdit* m_name = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_note = nullptr;
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_reminder = nullptr;
};

} // namespace sc::ui
