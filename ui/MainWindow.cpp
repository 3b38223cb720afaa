#include "MainWindow.h"

#include "models/itemmodels/DraftListModel.h"
#include "ui/views/agents/AgentsView.h"
#include "ui/views/approvals/ApprovalsView.h"
#include "ui/views/calendar/CalendarView.h"
#include "ui/views/conversations/ConversationsView.h"
#include "ui/views/conversations/OutboxPanel.h"
#include "ui/views/prospects/ProspectsView.h"
#include "ui/views/sequences/SequencesView.h"
#include "ui/views/settings/SettingsView.h"
#include "ui/views/templates/TemplatesView.h"
#include "ui/views/today/TodayView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace sc::ui {

MainWindow::MainWindow(const models::Workspace& workspace, const QString& language, QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_prospects(new ProspectsView(workspace, this))
    , m_today(new TodayView(workspace, this))
    , m_approvals(new ApprovalsView(workspace, this))
    , m_agents(new AgentsView(workspace, this))
    , m_conversations(new ConversationsView(workspace, this))
    , m_sequences(new SequencesView(workspace, this))
    , m_calendar(new CalendarView(workspace, this))
    , m_templates(new TemplatesView(workspace, this))
    , m_settings(new SettingsView(workspace, language, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sales Copilot — %1").arg(workspace.name()));
    resize(1280, 800);
    setMinimumSize(900, 560);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(std::max(200, fontMetrics().averageCharWidth() * 24));
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(alternate-base); border-right: 1px solid palette(mid); "
        "padding-top: 12px; }"
        "QListWidget#sidebar::item { padding: 9px 12px; margin: 1px 8px; border-radius: 6px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    const struct
    {
        QString text;
        QStyle::StandardPixmap icon;
        QKeySequence shortcut;
    } entries[] = {
        {tr("Prospects"), QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::CTRL | Qt::Key_1)},
        // Ctrl+1…5 keep their views; T for Today.
        {tr("Today"), QStyle::SP_DialogYesButton, QKeySequence(Qt::CTRL | Qt::Key_T)},
        {tr("Approvals"), QStyle::SP_DialogApplyButton, QKeySequence(Qt::CTRL | Qt::Key_2)},
        {tr("Agents"), QStyle::SP_ComputerIcon, QKeySequence(Qt::CTRL | Qt::Key_3)},
        {tr("Conversations"), QStyle::SP_MessageBoxInformation, QKeySequence(Qt::CTRL | Qt::Key_4)},
        {tr("Sequences"), QStyle::SP_BrowserReload, QKeySequence(Qt::CTRL | Qt::Key_6)},
        {tr("Calendar"), QStyle::SP_FileDialogListView, QKeySequence(Qt::CTRL | Qt::Key_7)},
        {tr("Templates"), QStyle::SP_FileDialogContentsView, QKeySequence(Qt::CTRL | Qt::Key_5)},
        {tr("Settings"), QStyle::SP_FileDialogInfoView, QKeySequence(Qt::CTRL | Qt::Key_Comma)},
    };
    int row = 0;
    for (const auto& entry : entries) {
        auto* item = new QListWidgetItem(style()->standardIcon(entry.icon), entry.text, m_sidebar);
        item->setData(Qt::UserRole, entry.text);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(entry.text, entry.shortcut.toString(QKeySequence::NativeText)));
        auto* action = new QAction(this);
        action->setShortcut(entry.shortcut);
        connect(action, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
        addAction(action);
        ++row;
    }
    m_stack->addWidget(m_prospects);
    m_stack->addWidget(m_today);
    m_stack->addWidget(m_approvals);
    m_stack->addWidget(m_agents);
    m_stack->addWidget(m_conversations);
    m_stack->addWidget(m_sequences);
    m_stack->addWidget(m_calendar);
    m_stack->addWidget(m_templates);
    m_stack->addWidget(m_settings);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_approvals, &ApprovalsView::pendingCountChanged, this, &MainWindow::setPendingCount);
    connect(m_conversations, &ConversationsView::approvalsRequested, this, [this] { showView(View::Approvals); });
    // Approved emails waiting for a mailbox: the Outbox's button opens the mailbox dialog in Settings.
    connect(m_conversations->outbox(), &OutboxPanel::addMailboxRequested, this, [this] {
        showView(View::Settings);
        m_settings->addMailbox();
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->setSizeGripEnabled(false);

    setPendingCount(m_approvals->model()->rowCount());
    m_sidebar->setCurrentRow(0);
}

void MainWindow::setPendingCount(int count)
{
    QListWidgetItem* item = m_sidebar->item(static_cast<int>(View::Approvals));
    const QString base = item->data(Qt::UserRole).toString();
    item->setText(count > 0 ? QStringLiteral("%1  (%2)").arg(base).arg(count) : base);
}

void MainWindow::showView(View view)
{
    m_sidebar->setCurrentRow(static_cast<int>(view));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_stack->currentIndex());
}

void MainWindow::setDraftService(DraftService* service)
{
    m_conversations->setDraftService(service); // Draft a reply, and the composer's Write with AI / Rewrite
    m_approvals->setDraftService(service); // Regenerate…
}

void MainWindow::showStatus(const QString& message)
{
    // One line that fits: long errors are cut with "…", and whole in the tooltip.
    const QString shown
        = statusBar()->fontMetrics().elidedText(message, Qt::ElideRight, std::max(200, statusBar()->width() - 24));
    statusBar()->showMessage(shown, 10000);
    statusBar()->setToolTip(message);
}

} // namespace sc::ui
