#pragma once

#include "models/Workspace.h"
#include "models/entities/EmailTemplate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace sc::ui {

class EmptyState;

// The email a template makes for one prospect of the workspace, as they would receive it (rendered
// by TemplateVariables::draft, signed as drafts are), re-rendered 150 ms after the rep stops typing.
// Below it, what a draft made from it would lack: a {{variable}} with no value for that prospect, or
// one that is not a variable at all. Such a draft cannot be approved, so the preview says so.
class TemplatePreview : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    TemplatePreview(const models::Workspace& workspace, QWidget* parent = nullptr);

    // Renders `t` after the debounce; an empty name and body clears the preview.
    void setTemplate(const models::EmailTemplate& t);
    // Reads the prospects again (the rep may have added some), keeping the one chosen.
    void reloadProspects();
    bool selectProspect(qint64 id);
    qint64 currentProspectId() const;

    QString subjectText() const;
    QString bodyText() const;
    // One line per problem, as shown (plain text).
    QStringList issues() const;
    bool isShowingEmptyState() const;

private:
    void render();
    void fillProspects(const QString& search);

    const models::Workspace& m_workspace;
    models::EmailTemplate m_template;
    QTimer* m_debounce;
    QTimer* m_searchDebounce;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QLineEdit* m_search;
    QComboBox* m_prospect;
    QLabel* m_to;
    QLabel* m_subject;
    QTextBrowser* m_body;
    QLabel* m_status;
    QLabel* m_issues;
    QStringList m_issueLines;
};

} // namespace sc::ui
