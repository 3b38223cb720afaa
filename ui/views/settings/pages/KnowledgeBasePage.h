#pragma once

#include "SettingsPage.h"
#include "models/Workspace.h"

#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sc::ui {

// Settings › Knowledge base: the documents drafts are grounded in (price lists, product sheets, FAQs),
// added from files, removed after a confirmation, and a question to see which passages drafts would
// find. Files are read and stored off the GUI thread (a PDF of a hundred pages takes a while); the
// list and the search are quick reads of the workspace.
class KnowledgeBasePage : public SettingsPage
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, PassagesColumn, AddedColumn };

    explicit KnowledgeBasePage(const models::Workspace& workspace, QWidget* parent = nullptr);
    void load() override;

    // Adds these files in the background (what "Add documents…" does after its file dialog); the
    // list and the result line follow when all are done. Ignored while an earlier batch runs.
    void addFiles(const QStringList& paths);
    bool isAdding() const { return m_adding; }
    QTableWidget* documentTable() const { return m_table; }

Q_SIGNALS:
    // A batch of addFiles is done (the list already shows it).
    void filesAdded();

private:
    void chooseFiles();
    void confirmRemove();
    void search();
    // The busy or result line; hidden while empty so it leaves no gap.
    void setStatus(const QString& text);

    models::Workspace m_workspace;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_question = nullptr;
    QLabel* m_results = nullptr;
    bool m_adding = false;
};

} // namespace sc::ui
