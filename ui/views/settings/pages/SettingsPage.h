#pragma once

#include <QGroupBox>

class QLabel;

namespace sc::ui {

// One section of Settings (KeePassXC's DatabaseSettingsWidget, Trojitá's GeneralPage): a titled box that
// shows the workspace's values (load) and writes the rep's edits back (save). Settings has no OK button,
// so a page saves as soon as a field is edited; pages whose buttons act at once (lists of keys,
// mailboxes, addresses) have nothing left to save.
class SettingsPage : public QGroupBox
{
    Q_OBJECT
public:
    explicit SettingsPage(const QString& title, QWidget* parent = nullptr);

    // Fills the widgets from the workspace without writing anything back. Each page loads once when
    // it is built.
    virtual void load() = 0;
    // Writes what the widgets hold to the workspace.
    virtual void save() {}

protected:
    // A wrapped, muted line that explains a section or reports its state.
    static QLabel* noteLabel(const QString& text, QWidget* parent);
};

} // namespace sc::ui
