#include "ProspectsLayout.h"

#include "models/itemmodels/ProspectTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace sc::ui {

namespace {
const QString HeaderKey = QStringLiteral("ui/prospects/header");
const QString SplitterKey = QStringLiteral("ui/prospects/splitter");
const QString DetailsKey = QStringLiteral("ui/prospects/details");
} // namespace

ProspectsLayout::ProspectsLayout(QWidget* view, QTableView* table, QSplitter* splitter, QWidget* detail,
                                 QToolButton* toggle)
    : QObject(view)
    , m_view(view)
    , m_table(table)
    , m_splitter(splitter)
    , m_detail(detail)
    , m_toggle(toggle)
{
    sizeColumns();
    QSettings settings;
    QHeaderView* header = m_table->horizontalHeader();
    if (const QByteArray saved = settings.value(HeaderKey).toByteArray(); !saved.isEmpty()) {
        header->restoreState(saved);
    }
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({990, 260});
    if (const QByteArray saved = settings.value(SplitterKey).toByteArray(); !saved.isEmpty()) {
        m_splitter->restoreState(saved);
    }
    // Saved from the first event-loop turn on: the layout settling now is not the rep's doing.
    QTimer::singleShot(0, this, [this, header] {
        connect(header, &QHeaderView::sectionResized, this, &ProspectsLayout::save);
        connect(header, &QHeaderView::sectionMoved, this, &ProspectsLayout::save);
        connect(m_splitter, &QSplitter::splitterMoved, this, &ProspectsLayout::save);
    });
    m_toggle->setCheckable(true);
    m_toggle->setChecked(settings.value(DetailsKey, true).toBool());
    m_choiceSaved = settings.contains(DetailsKey);
    m_detail->setVisible(m_toggle->isChecked());
    connect(m_toggle, &QToolButton::toggled, this, [this](bool shown) {
        m_detail->setVisible(shown);
        m_choiceSaved = true;
        QSettings().setValue(DetailsKey, shown);
    });
    m_view->installEventFilter(this);
}

void ProspectsLayout::showDetails()
{
    m_toggle->setChecked(true);
}

void ProspectsLayout::sizeColumns()
{
    using models::ProspectTableModel;
    QHeaderView* header = m_table->horizontalHeader();
    const int unit = m_table->fontMetrics().averageCharWidth();
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(unit * 6);
    header->resizeSection(ProspectTableModel::Name, unit * 21);
    header->resizeSection(ProspectTableModel::Company, unit * 20);
    header->resizeSection(ProspectTableModel::Title, unit * 20);
    header->setSectionResizeMode(ProspectTableModel::Email, QHeaderView::Stretch);
    auto fitHeader = [&](int column, int minChars) {
        const int text = header->fontMetrics().horizontalAdvance(
                             m_table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + unit * 4; // the sort arrow and margins
        header->resizeSection(column, std::max(text, unit * minChars));
    };
    fitHeader(ProspectTableModel::Status, 16);
    fitHeader(ProspectTableModel::Score, 6);
    fitHeader(ProspectTableModel::LastContacted, 12);
}

bool ProspectsLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Resize && !m_choiceSaved) {
        const bool room = m_view->width() >= 1000;
        if (m_toggle->isChecked() != room) {
            const QSignalBlocker blocker(m_toggle);
            m_toggle->setChecked(room);
            m_detail->setVisible(room);
        }
    }
    return QObject::eventFilter(watched, event);
}

void ProspectsLayout::save()
{
    QSettings settings;
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    if (m_detail->isVisible()) {
        settings.setValue(SplitterKey, m_splitter->saveState());
    }
}

} // namespace sc::ui
