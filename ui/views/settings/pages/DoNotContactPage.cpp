#include "DoNotContactPage.h"

#include "models/Clock.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/store/StoreError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc::ui {

DoNotContactPage::DoNotContactPage(const models::Workspace& workspace, QWidget* parent)
    : SettingsPage(tr("Do not contact"), parent)
    , m_workspace(workspace)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("doNotContactList"));
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(160);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("doNotContactEntry"));
    m_entry->setPlaceholderText(tr("Email address or whole domain"));
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setEnabled(false);
    m_status = noteLabel(QString(), this);
    connect(add, &QPushButton::clicked, this, &DoNotContactPage::addEntry);
    connect(m_entry, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, &DoNotContactPage::removeEntry);
    connect(m_list, &QListWidget::currentRowChanged, remove, [remove](int row) { remove->setEnabled(row >= 0); });
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(add);
    entryRow->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("Nobody on this list is ever contacted, by any agent or channel."), this));
    layout->addLayout(entryRow);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    load();
}

void DoNotContactPage::load()
{
    m_list->clear();
    try {
        const auto entries = models::DoNotContactRepository(m_workspace.connection()).list();
        for (const auto& e : entries) {
            const QString text = e.kind == QLatin1String("domain") ? tr("%1 (whole domain)").arg(e.value) : e.value;
            auto* item = new QListWidgetItem(e.reason.isEmpty() ? text : QStringLiteral("%1 — %2").arg(text, e.reason),
                                             m_list);
            item->setData(Qt::UserRole, e.value);
        }
        m_status->setText(entries.isEmpty() ? tr("The list is empty.") : QString());
    } catch (const models::StoreError& error) {
        m_status->setText(error.message());
    }
}

void DoNotContactPage::addEntry()
{
    QString problem;
    try {
        if (models::DoNotContactRepository(m_workspace.connection())
                .add(m_entry->text(), tr("added in Settings"), Clock::instance().nowMs(), &problem)
                .isEmpty()) {
            m_status->setText(problem);
            return;
        }
    } catch (const models::StoreError& error) {
        m_status->setText(error.message());
        return;
    }
    m_entry->clear();
    load();
}

void DoNotContactPage::removeEntry()
{
    if (QListWidgetItem* item = m_list->currentItem()) {
        try {
            models::DoNotContactRepository(m_workspace.connection()).remove(item->data(Qt::UserRole).toString());
        } catch (const models::StoreError& error) {
            m_status->setText(error.message());
        }
        load();
    }
}

} // namespace sc::ui
