#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"

class QLineEdit;
class QListWidget;

namespace sc::ui {

// Settings › Do not contact: addresses and whole domains no agent ever contacts, on any channel. Adding
// and removing apply at once.
class DoNotContactPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DoNotContactPage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;

private:
    void addEntry();
    void removeEntry();

    models::Workspace m_workspace;
    QLineEdit* m_entry = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace sc::ui
