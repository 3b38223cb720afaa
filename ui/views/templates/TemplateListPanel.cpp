#include "TemplateListPanel.h"

#include "TemplateLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sc::ui {

namespace {
constexpr int NameRole = Qt::UserRole;
} // namespace

TemplateListPanel::TemplateListPanel(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    m_filter->setObjectName(QStringLiteral("templateCategoryFilter"));
    m_filter->addItem(tr("All categories"), QString());
    for (const QString& key : models::EmailTemplate::categories()) {
        m_filter->addItem(TemplateLabels::category(key), key);
    }
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Template"), tr("Languages")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(8);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(210);
    m_duplicate->setObjectName(QStringLiteral("duplicateTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &TemplateListPanel::filterChanged);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
        const QString name = selected.isEmpty() ? QString() : selected.first()->data(0, NameRole).toString();
        if (!m_selecting && !name.isEmpty()) {
            Q_EMIT templateChosen(name);
        }
    });
}

void TemplateListPanel::setTemplates(const QList<models::EmailTemplate>& all, const QString& selected)
{
    QStringList names;
    QHash<QString, QStringList> languages;
    QHash<QString, QString> categoryOf; // a template's category is its first variant's
    QSet<QString> shipped;
    for (const models::EmailTemplate& t : all) {
        if (!languages.contains(t.name)) {
            names.append(t.name);
            categoryOf.insert(t.name, t.category);
        }
        languages[t.name].append(t.language);
        if (t.isDefault) {
            shipped.insert(t.name);
        }
    }
    const QString filter = category();
    m_selecting = true;
    m_list->clear();
    for (const QString& key : models::EmailTemplate::categories()) {
        if (!filter.isEmpty() && key != filter) {
            continue;
        }
        QTreeWidgetItem* group = nullptr;
        for (const QString& name : std::as_const(names)) {
            if (categoryOf.value(name) != key) {
                continue;
            }
            if (group == nullptr) {
                group = new QTreeWidgetItem(m_list, QStringList {TemplateLabels::category(key)});
                group->setFlags(Qt::ItemIsEnabled); // a heading, not a template
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
            }
            auto* item
                = new QTreeWidgetItem(group, QStringList {name, TemplateLabels::languageCodes(languages.value(name))});
            item->setData(0, NameRole, name);
            item->setToolTip(0, shipped.contains(name) ? tr("%1 — comes with Sales Copilot").arg(name) : name);
        }
    }
    m_list->expandAll();
    m_selecting = false;
    select(selected);
}

void TemplateListPanel::select(const QString& name)
{
    m_selecting = true;
    m_list->clearSelection();
    for (QTreeWidgetItem* item : m_list->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0)) {
        if (!name.isEmpty() && item->data(0, NameRole).toString() == name) {
            m_list->setCurrentItem(item);
        }
    }
    m_selecting = false;
}

QStringList TemplateListPanel::listedNames() const
{
    QStringList names;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            names.append(group->child(i)->data(0, NameRole).toString());
        }
    }
    return names;
}

QString TemplateListPanel::category() const
{
    return m_filter->currentData().toString();
}

} // namespace sc::ui
