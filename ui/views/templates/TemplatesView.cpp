#include "TemplatesView.h"

#include "TemplateEditor.h"
#include "TemplateLabels.h"
#include "TemplateListPanel.h"
#include "TemplatePreview.h"
#include "models/Clock.h"
#include "models/repositories/TemplateRepository.h"
#include "models/store/StoreError.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ErrorBox.h"
#include "ui/widgets/ViewHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

namespace {

// The template language that matches the interface's (the app sets the default locale to it).
QString interfaceLanguage()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace

TemplatesView::TemplatesView(const models::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_header(new ViewHeader(tr("Templates"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_list(new TemplateListPanel(this))
    , m_new(new QPushButton(tr("New template"), this))
    , m_editing(new QLabel(this))
    , m_variantTabs(new QTabBar(this))
    , m_addVariant(new QPushButton(this))
    , m_editor(new TemplateEditor(this))
    , m_preview(new TemplatePreview(workspace, this))
{
    setObjectName(QStringLiteral("templatesView"));
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_addVariant->setObjectName(QStringLiteral("addVariantButton"));
    m_header->addWidget(m_new);

    m_editing->setObjectName(QStringLiteral("templateEditingNote"));
    m_editing->setWordWrap(true);
    m_editing->setForegroundRole(QPalette::PlaceholderText);
    m_variantTabs->setObjectName(QStringLiteral("templateVariantTabs"));
    m_variantTabs->setDrawBase(false);
    m_variantTabs->setExpanding(false);
    m_variantTabs->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* variantRow = new QHBoxLayout;
    variantRow->addWidget(m_variantTabs);
    variantRow->addStretch(1);
    variantRow->addWidget(m_addVariant);

    auto* inner = new QSplitter(this);
    inner->setObjectName(QStringLiteral("templateEditorSplitter"));
    inner->setChildrenCollapsible(false);
    inner->addWidget(m_editor);
    inner->addWidget(m_preview);
    inner->setStretchFactor(0, 1);
    inner->setStretchFactor(1, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 0, 0, 0);
    rightLayout->addLayout(variantRow);
    rightLayout->addWidget(m_editing);
    rightLayout->addWidget(inner, 1);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);
    m_empty->setText(tr("No templates yet"),
                     tr("Templates are the emails the agents start from: a first touch, a follow-up, an answer. "
                        "Click New template to write your first one."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, &TemplatesView::newTemplate);
    connect(m_list->duplicateButton(), &QPushButton::clicked, this, &TemplatesView::duplicateCurrent);
    connect(m_list->deleteButton(), &QPushButton::clicked, this, &TemplatesView::deleteCurrent);
    connect(m_addVariant, &QPushButton::clicked, this, &TemplatesView::addMissingVariant);
    connect(m_list, &TemplateListPanel::filterChanged, this, &TemplatesView::fillList);
    connect(m_list, &TemplateListPanel::templateChosen, this, [this](const QString& name) {
        if (name == m_currentName) {
            return;
        }
        m_list->select(m_currentName); // until the rep said what becomes of the changes
        askToKeepChanges([this, name] { showTemplate(name, {}); });
    });
    connect(m_variantTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (m_settingSelection || index == m_variantIndex || index < 0) {
            return;
        }
        {
            const QSignalBlocker blocker(m_variantTabs);
            m_variantTabs->setCurrentIndex(m_variantIndex); // until the rep said what becomes of the changes
        }
        const QString language = m_variants.at(index).language;
        askToKeepChanges([this, language] { showTemplate(m_currentName, language); });
    });
    connect(m_editor, &TemplateEditor::edited, this, [this] { m_preview->setTemplate(m_editor->current()); });
    connect(m_editor, &TemplateEditor::saveRequested, this, &TemplatesView::save);
    connect(m_editor, &TemplateEditor::revertRequested, this, [this] {
        if (m_variantIndex < 0) {
            return;
        }
        if (m_variants.at(m_variantIndex).id != 0) {
            showVariant(m_variantIndex);
            return;
        }
        m_variants.removeAt(m_variantIndex); // a version never stored: discarding it is dropping it
        m_variantIndex = -1;
        if (m_currentName.isEmpty()) {
            fillList(); // back to the template the list shows first
        } else {
            showTemplate(m_currentName, {});
        }
    });
    reload();
}

void TemplatesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The CLI or another window may have changed the library; the rep's unsaved work stays.
    if (!hasChanges()) {
        reload();
    }
    m_preview->reloadProspects();
}

void TemplatesView::reload()
{
    try {
        m_all = models::TemplateRepository(m_workspace.connection()).list();
    } catch (const models::StoreError& error) {
        m_all.clear();
        showError(this, tr("Could not read the templates"), error.message());
    }
    fillList();
}

void TemplatesView::fillList()
{
    QSet<QString> names;
    for (const models::EmailTemplate& t : std::as_const(m_all)) {
        names.insert(t.name);
    }
    m_header->setSubtitle(names.isEmpty() ? tr("Your library is empty")
                                          : tr("%n template(s) in your library", nullptr, int(names.size())));
    m_stack->setCurrentWidget(names.isEmpty() && m_variants.isEmpty() ? static_cast<QWidget*>(m_empty)
                                                                      : m_stack->widget(0));
    m_list->setTemplates(m_all, m_currentName);
    const QStringList listed = m_list->listedNames();
    if (hasChanges()) {
        // The rep's unsaved work (a new template too) stays in the editor, whatever the filter shows.
    } else if (!m_currentName.isEmpty() && listed.contains(m_currentName)) {
        showTemplate(m_currentName, m_variantIndex >= 0 ? m_variants.value(m_variantIndex).language : QString());
    } else if (!listed.isEmpty()) {
        showTemplate(listed.first(), {});
    } else {
        m_currentName.clear();
        m_variants.clear();
        m_variantIndex = -1;
        updateVariantBar();
    }
}

QStringList TemplatesView::listedNames() const
{
    return m_list->listedNames();
}

bool TemplatesView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool TemplatesView::selectTemplate(const QString& name, const QString& language)
{
    bool known = false;
    for (const models::EmailTemplate& t : std::as_const(m_all)) {
        known = known || t.name == name;
    }
    if (!known) {
        return false;
    }
    showTemplate(name, language);
    return true;
}

void TemplatesView::showTemplate(const QString& name, const QString& language)
{
    QList<models::EmailTemplate> unsaved;
    if (name == m_currentName) {
        for (const models::EmailTemplate& t : std::as_const(m_variants)) {
            if (t.id == 0) {
                unsaved.append(t); // a version being written stays until saved or discarded
            }
        }
    }
    m_currentName = name;
    m_variants.clear();
    for (const models::EmailTemplate& t : std::as_const(m_all)) {
        if (t.name == name) {
            m_variants.append(t);
        }
    }
    m_variants.append(unsaved);
    // Unless asked for one, the version in the rep's own language comes first.
    const QString wanted = language.isEmpty() ? interfaceLanguage() : language;
    int index = 0;
    for (int i = 0; i < m_variants.size(); ++i) {
        if (m_variants.at(i).language == wanted) {
            index = i;
        }
    }
    m_list->select(name);
    if (m_variants.isEmpty()) {
        m_variantIndex = -1;
        updateVariantBar();
        return;
    }
    showVariant(index);
}

bool TemplatesView::hasChanges() const
{
    return m_variantIndex >= 0 && m_editor->isDirty();
}

void TemplatesView::showVariant(int index)
{
    m_variantIndex = index;
    m_editor->setTemplate(m_variants.at(index));
    updateVariantBar();
}

void TemplatesView::updateVariantBar()
{
    m_settingSelection = true;
    while (m_variantTabs->count() > 0) {
        m_variantTabs->removeTab(0);
    }
    QStringList present;
    bool unsaved = false;
    for (const models::EmailTemplate& t : std::as_const(m_variants)) {
        m_variantTabs->addTab(t.id == 0 ? tr("%1 (not saved)").arg(TemplateLabels::language(t.language))
                                        : TemplateLabels::language(t.language));
        present.append(t.language);
        unsaved = unsaved || t.id == 0;
    }
    m_variantTabs->setCurrentIndex(m_variantIndex);
    m_variantTabs->updateGeometry(); // as wide as its tabs now, not as it was
    m_settingSelection = false;

    QString missing;
    for (const QString& code : models::EmailTemplate::languages()) {
        if (missing.isEmpty() && !present.contains(code)) {
            missing = code;
        }
    }
    m_addVariant->setVisible(!missing.isEmpty() && !unsaved && !m_variants.isEmpty());
    m_addVariant->setText(missing == QLatin1String("fr") ? tr("Add the French version")
                                                         : tr("Add the English version"));
    m_addVariant->setProperty("language", missing);

    const bool has = m_variantIndex >= 0;
    m_editor->setEnabled(has);
    m_list->duplicateButton()->setEnabled(has && !m_currentName.isEmpty());
    m_list->deleteButton()->setEnabled(has && !m_currentName.isEmpty());
    const models::EmailTemplate shown = has ? m_variants.at(m_variantIndex) : models::EmailTemplate {};
    if (!has) {
        m_editing->setText(tr("No template in this category yet: New template starts one."));
        m_editor->setTemplate(models::EmailTemplate {});
    } else if (m_currentName.isEmpty()) {
        m_editing->setText(tr("A new template: it joins your library when you save it."));
    } else if (shown.id == 0) {
        m_editing->setText(
            tr("A new language version of “%1”, started from the other one: write it, then save.").arg(m_currentName));
    } else if (shown.isDefault) {
        m_editing->setText(tr("Comes with Sales Copilot. Edit it as you like, or duplicate it to keep the original."));
    } else {
        m_editing->clear();
    }
    m_editing->setVisible(!m_editing->text().isEmpty());
}

void TemplatesView::newTemplate()
{
    askToKeepChanges([this] {
        models::EmailTemplate t;
        const QString category = m_list->category();
        if (!category.isEmpty()) {
            t.category = category;
        }
        t.language = interfaceLanguage();
        m_currentName.clear();
        m_variants = {t};
        m_stack->setCurrentWidget(m_stack->widget(0));
        m_list->select({});
        showVariant(0);
        m_editor->nameField()->setFocus();
    });
}

void TemplatesView::addMissingVariant()
{
    const QString language = m_addVariant->property("language").toString();
    if (language.isEmpty() || m_variantIndex < 0) {
        return;
    }
    askToKeepChanges([this, language] {
        // The other version as a start: the rep translates rather than types it all again.
        models::EmailTemplate t = m_variants.at(m_variantIndex);
        t.id = 0;
        t.isDefault = false;
        t.language = language;
        m_variants.append(t);
        showVariant(int(m_variants.size()) - 1);
        m_editor->subjectField()->setFocus();
    });
}

void TemplatesView::askToKeepChanges(const std::function<void()>& then)
{
    if (!hasChanges()) {
        then();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                m_currentName.isEmpty()
                                    ? tr("Save the new template before you go on?")
                                    : tr("Save your changes to “%1” before you go on?").arg(m_currentName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedTemplateQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* saveButton = box->addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton* discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(saveButton);
    connect(saveButton, &QPushButton::clicked, this, [this, then] {
        if (save()) {
            then();
        }
    });
    connect(discard, &QPushButton::clicked, this, [this, then] {
        if (m_variantIndex >= 0 && m_variants.at(m_variantIndex).id == 0) {
            m_variants.removeAt(m_variantIndex);
        }
        m_variantIndex = -1;
        m_editor->setTemplate(models::EmailTemplate {});
        then();
    });
    box->open();
}

bool TemplatesView::save()
{
    if (m_variantIndex < 0) {
        return false;
    }
    const models::EmailTemplate t = m_editor->current();
    QString problem = TemplateLabels::problem(t);
    for (int i = 0; problem.isEmpty() && i < m_variants.size(); ++i) {
        if (i != m_variantIndex && m_variants.at(i).language == t.language) {
            problem = tr("“%1” already has a version in this language: switch to it above, or choose another "
                         "language.")
                          .arg(t.name);
        }
    }
    for (const models::EmailTemplate& other : std::as_const(m_all)) {
        if (problem.isEmpty() && other.name == t.name && t.name != m_currentName) {
            problem = tr("Another template is called “%1”: choose another name.").arg(t.name);
        }
    }
    if (!problem.isEmpty()) {
        m_editor->showProblem(problem);
        return false;
    }
    try {
        models::TemplateRepository repository(m_workspace.connection());
        const qint64 now = Clock::instance().nowMs();
        QString stored;
        const bool ok = t.id == 0 ? repository.create(t, now, &stored) > 0 : repository.update(t, now, &stored);
        // Name and category belong to the template: its other versions follow.
        for (int i = 0; ok && i < m_variants.size(); ++i) {
            models::EmailTemplate sibling = m_variants.at(i);
            if (i != m_variantIndex && sibling.id != 0 && (sibling.name != t.name || sibling.category != t.category)) {
                sibling.name = t.name;
                sibling.category = t.category;
                repository.update(sibling, now, &stored);
            }
        }
        if (!ok) {
            m_editor->showProblem(stored);
            return false;
        }
    } catch (const models::StoreError& error) {
        showError(this, tr("Could not save the template"), error.message());
        return false;
    }
    m_variants.clear(); // stored now: read back with its id
    m_currentName = t.name;
    m_variantIndex = -1;
    reload();
    showTemplate(t.name, t.language);
    return true;
}

QString TemplatesView::freeName(const QString& wanted) const
{
    auto taken = [this](const QString& name) {
        return std::any_of(m_all.cbegin(), m_all.cend(), [&name](const auto& t) { return t.name == name; });
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n) {
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    }
    return name;
}

void TemplatesView::duplicateCurrent()
{
    if (m_currentName.isEmpty()) {
        return;
    }
    askToKeepChanges([this] {
        const QString original = m_currentName;
        const QString language = m_variantIndex >= 0 ? m_variants.at(m_variantIndex).language : QString();
        const QString copy = freeName(tr("%1 (copy)").arg(original));
        try {
            QString problem;
            if (models::TemplateRepository(m_workspace.connection())
                    .duplicate(original, copy, Clock::instance().nowMs(), &problem)
                == 0) {
                showError(this, tr("Could not duplicate the template"), problem);
                return;
            }
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not duplicate the template"), error.message());
            return;
        }
        m_currentName = copy;
        m_variants.clear();
        m_variantIndex = -1;
        reload();
        showTemplate(copy, language);
        m_editor->nameField()->setFocus();
        m_editor->nameField()->selectAll();
    });
}

void TemplatesView::deleteCurrent()
{
    if (m_currentName.isEmpty()) {
        return;
    }
    QList<qint64> ids;
    bool shipped = false;
    for (const models::EmailTemplate& t : std::as_const(m_all)) {
        if (t.name == m_currentName) {
            ids.append(t.id);
            shipped = shipped || t.isDefault;
        }
    }
    QStringList details;
    if (ids.size() > 1) {
        details.append(tr("Its %n language version(s) go with it.", nullptr, int(ids.size())));
    }
    details.append(shipped ? tr("It came with Sales Copilot and does not come back once deleted: duplicate it first "
                                "to keep a copy.")
                           : tr("This cannot be undone."));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete the template"),
                                tr("Delete the template “%1”?").arg(m_currentName), QMessageBox::Cancel, this);
    box->setInformativeText(details.join(QLatin1Char(' ')));
    box->setObjectName(QStringLiteral("deleteTemplateConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteTemplateButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, ids] {
        try {
            models::TemplateRepository repository(m_workspace.connection());
            for (const qint64 id : ids) {
                repository.remove(id);
            }
        } catch (const models::StoreError& error) {
            showError(this, tr("Could not delete the template"), error.message());
        }
        m_currentName.clear();
        m_variants.clear();
        m_variantIndex = -1;
        m_editor->setTemplate(models::EmailTemplate {});
        reload();
    });
    box->open();
}

} // namespace sc::ui
