#pragma once

#include "models/Workspace.h"
#include "models/entities/EmailTemplate.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;

namespace sc::ui {

class EmptyState;
class TemplateEditor;
class TemplateListPanel;
class TemplatePreview;
class ViewHeader;

// The rep's template library: templates by category with the languages each is written in, the editor
// of one language version and, beside it, the email it makes for a prospect. New, duplicate and delete
// (asked first); a template may gain the French version of its English one, and the other way round.
class TemplatesView : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesView(const models::Workspace& workspace, QWidget* parent = nullptr);

    // Reads the library again, keeping the template shown.
    void reload();
    // Starts a template that is not stored until saved.
    void newTemplate();
    void addMissingVariant();
    // Saves what the editor holds; false (with the reason under the fields) when it cannot be saved.
    bool save();
    void duplicateCurrent();
    // Asks first; the template goes with all its languages.
    void deleteCurrent();
    bool selectTemplate(const QString& name, const QString& language = {});

    QString currentName() const { return m_currentName; }
    // Names in the list, in order (what the category filter lets through).
    QStringList listedNames() const;
    bool isShowingEmptyState() const;
    TemplateEditor* editor() const { return m_editor; }
    TemplatePreview* preview() const { return m_preview; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillList();
    void showTemplate(const QString& name, const QString& language);
    void showVariant(int index);
    // The editor holds something not stored (a new template or version counts).
    bool hasChanges() const;
    void updateVariantBar();
    void askToKeepChanges(const std::function<void()>& then);
    QString freeName(const QString& wanted) const;

    const models::Workspace& m_workspace;
    QList<models::EmailTemplate> m_all;
    QList<models::EmailTemplate> m_variants; // of the template shown; a new, unsaved one has id 0
    QString m_currentName;
    int m_variantIndex = -1;
    bool m_settingSelection = false;

    ViewHeader* m_header;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    TemplateListPanel* m_list;
    QPushButton* m_new;
    QLabel* m_editing;
    QTabBar* m_variantTabs;
    QPushButton* m_addVariant;
    TemplateEditor* m_editor;
    TemplatePreview* m_preview;
};

} // namespace sc::ui
