#include "WorkspacePage.h"

#include "models/settings/WorkspaceSettings.h"
#include "models/store/StoreError.h"
#include "ui/widgets/ErrorBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace sc::ui {

WorkspacePage::WorkspacePage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Workspace"), parent)
    , m_workspace(workspace)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    connect(m_name, &QLineEdit::editingFinished, this, &WorkspacePage::save);
    m_path = new QLabel(this);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    auto* change = new QPushButton(tr("Open another folder…"), this);
    m_note = noteLabel(tr("Sales Copilot opens the new folder the next time it starts."), this);
    m_note->hide();
    connect(change, &QPushButton::clicked, this, &WorkspacePage::chooseFolder);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(change);
    // Data retention: prospects nobody touched for N months are erased by the nightly tidy-up.
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(0, 120);
    m_retention->setSpecialValueText(tr("Keep for ever"));
    m_retention->setSuffix(tr(" months"));
    connect(m_retention, &QSpinBox::valueChanged, this, &WorkspacePage::saveRetention);
    // A tray reminder before each meeting.
    m_reminder = new QSpinBox(this);
    m_reminder->setObjectName(QStringLiteral("reminderMinutes"));
    m_reminder->setRange(0, 24 * 60);
    m_reminder->setSingleStep(5);
    m_reminder->setSpecialValueText(tr("No reminder"));
    m_reminder->setSuffix(tr(" minutes before"));
    connect(m_reminder, &QSpinBox::valueChanged, this, &WorkspacePage::saveReminder);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Name:"), m_name);
    layout->addRow(tr("Folder:"), pathRow);
    layout->addRow(m_note);
    layout->addRow(tr("Erase inactive prospects after:"), m_retention);
    layout->addRow(QString(),
                   noteLabel(tr("A prospect with no email, change or timeline entry for this long is "
                                "erased everywhere. To erase one person now and never contact them "
                                "again, use Forget in the Prospects view."),
                             this));
    layout->addRow(tr("Remind me of meetings:"), m_reminder);
    load();
}

void WorkspacePage::load()
{
    m_name->setText(m_workspace.name());
    m_path->setText(QDir::toNativeSeparators(m_workspace.directory()));
    try {
        const QSignalBlocker quiet(m_retention);
        const QSignalBlocker quietReminder(m_reminder);
        const models::WorkspaceSettings settings(m_workspace.connection());
        m_retention->setValue(settings.integer(models::Setting::PrivacyRetentionMonths));
        m_reminder->setValue(settings.integer(models::Setting::CalendarReminderMinutes));
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not read the settings"), error.message());
    }
}

void WorkspacePage::saveRetention()
{
    try {
        models::WorkspaceSettings(m_workspace.connection())
            .setInteger(models::Setting::PrivacyRetentionMonths, m_retention->value());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the retention rule"), error.message());
    }
}

void WorkspacePage::saveReminder()
{
    try {
        models::WorkspaceSettings(m_workspace.connection())
            .setInteger(models::Setting::CalendarReminderMinutes, m_reminder->value());
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the reminder"), error.message());
    }
}

void WorkspacePage::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_workspace.name()) {
        return;
    }
    try {
        m_workspace.setName(m_name->text());
        if (QWidget* top = window()) {
            top->setWindowTitle(tr("Sales Copilot — %1").arg(m_workspace.name()));
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not rename the workspace"), error.message());
    }
}

void WorkspacePage::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Choose a workspace folder"), m_workspace.directory());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_note->show();
        Q_EMIT workspaceFolderChosen(dir);
    });
    dialog->open();
}

} // namespace sc::ui
