#pragma once

#include <QObject>

class QSplitter;
class QTableView;
class QToolButton;

namespace sc::ui {

// How the Prospects table and the details beside it share the width, and what is kept of it from
// one run to the next: every column in sight at 1024 px with the details hidden and at 1280 px beside
// them (the short columns sized to their header, Email taking what is left); the rep's own column
// widths and order, the details' width and whether they are shown (QSettings). Until the rep shows
// or hides the details, a view narrower than 1000 px hides them.
class ProspectsLayout : public QObject
{
    Q_OBJECT
public:
    // `view` holds the others; `detail` is the splitter's second widget, `toggle` checkable.
    ProspectsLayout(QWidget* view, QTableView* table, QSplitter* splitter, QWidget* detail, QToolButton* toggle);
    // Shows the details (the rep added someone and should see them).
    void showDetails();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void sizeColumns();
    void save();

    QWidget* m_view;
    QTableView* m_table;
    QSplitter* m_splitter;
    QWidget* m_detail;
    QToolButton* m_toggle;
    bool m_choiceSaved = false; // the rep showed or hid the details once: kept
};

} // namespace sc::ui
