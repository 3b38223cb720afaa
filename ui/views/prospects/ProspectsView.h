#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sc::models {
class ProspectTableModel;
}

namespace sc::ui {

class EmptyState;
class ProspectDetailPanel;
class ViewHeader;

// The table a rep lives in: every prospect, searchable, loaded page by page as it scrolls.
class ProspectsView : public QWidget
{
    Q_OBJECT
public:
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

private:
    void updateState();
    void showContextMenu(const QPoint& position);

    models::Workspace m_workspace;
    models::ProspectTableModel* m_model;
    ViewHeader* m_header;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    ProspectDetailPanel* m_detail;
};

} // namespace sc::ui
