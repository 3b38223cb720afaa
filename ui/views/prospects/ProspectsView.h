#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sc::models {
class ProspectTableModel;
}

namespace sc::ui {

class AddPersonDialog;
class DraftEmailsDialog;
class ProspectsLayout;

class EmptyState;
class ProspectDetailPanel;
class ViewHeader;

// The table a rep lives in: every prospect, searchable, loaded page by page as it scrolls.
class ProspectsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int UndoSeconds = 20; // how long the undo bar stays after a delete
    explicit ProspectsView(const models::Workspace& workspace, QWidget* parent = nullptr);
    models::ProspectTableModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    bool isShowingEmptyState() const;
    QList<qint64> selectedProspectIds() const;
    ProspectDetailPanel* detailPanel() const { return m_detail; }

Q_SIGNALS:
    // The rep asked to import a file (the Import button, or the empty state's action).
    void importRequested();

public Q_SLOTS:
    // Bulk actions on the selected rows.
    void moveSelectionToStage(const QString& stageKey);
    void tagSelection(const QString& tag);
    // Moves the selected prospects to the trash; the undo bar (and Ctrl+Z) brings them back.
    void deleteSelection();
    void undoDelete();
    // Enrolls the selected prospects in a sequence (never those on the do-not-contact list).
    void enrollSelection(qint64 sequenceId, const QString& sequenceName);
    // Queues the Research agent on the selected prospects' company websites; returns how many.
    int researchSelection();
    // Queues the Form Filler on the selected prospects' company sites: each form is found and filled
    // without sending, then waits in Approvals; returns how many.
    int fillContactFormsOfSelection();
    // Opens "Draft emails…" (window-modal) for the selection: one conversation.draft job for all of them.
    DraftEmailsDialog* draftEmailsForSelection();
    // Queues research of a company by its domain or web address (it is added when found); false with
    // the reason shown when the text is not a domain.
    bool addCompanyByDomain(const QString& domain);
    // Opens the Add person dialog (window-modal); the person added is shown in the details.
    AddPersonDialog* addPerson();
    // Filters from the filter bar: reads every control and queries again.
    void applyFilters();
    // Writes the prospects the table shows (search, filters and sort) to a CSV file; true when done.
    bool exportTo(const QString& path);
    void clearFilters();

public:
    bool isUndoAvailable() const { return !m_lastDeleted.isEmpty(); }

private:
    void updateState();
    void refreshFilterChoices();
    // A line above the table for a while: what a bulk action did, with Undo after a delete.
    void showNotice(const QString& text, bool withUndo);
    void showContextMenu(const QPoint& position);

    models::Workspace m_workspace;
    models::ProspectTableModel* m_model;
    ViewHeader* m_header;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QStackedWidget* m_stack;
    QTableView* m_table;
    ProspectsLayout* m_layout = nullptr; // the table's columns and the details beside it
    EmptyState* m_empty;
    ProspectDetailPanel* m_detail;
    QComboBox* m_stageFilter;
    QComboBox* m_ownerFilter;
    QComboBox* m_tagFilter;
    QComboBox* m_countryFilter;
    QSpinBox* m_minScore;
    QComboBox* m_activityFilter;
    QWidget* m_undoBar;
    QLabel* m_undoText;
    QTimer* m_undoExpiry;
    QList<qint64> m_lastDeleted;
};

} // namespace sc::ui
