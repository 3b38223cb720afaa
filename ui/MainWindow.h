#pragma once

#include "models/Workspace.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace sc::ui {

class AgentsView;
class ApprovalsView;
class ConversationsView;
class DraftService;
class ProspectsView;
class SequencesView;
class CalendarView;
class SettingsView;
class TemplatesView;
class TodayView;

// The shell: a sidebar (Prospects, Today, Approvals, Agents, Conversations, Sequences, Templates, Settings) and
// the selected view. Views read models; anything that reaches an agent leaves as a signal the composition root routes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { Prospects, Today, Approvals, Agents, Conversations, Sequences, Calendar, Templates, Settings };
    Q_ENUM(View)

    MainWindow(const models::Workspace& workspace, const QString& language, QWidget* parent = nullptr);

    void showView(View view);
    View currentView() const;
    void showStatus(const QString& message);
    // The app's one DraftService, handed to the views that write with it.
    void setDraftService(DraftService* service);

    ProspectsView* prospectsView() const { return m_prospects; }
    TodayView* todayView() const { return m_today; }
    ApprovalsView* approvalsView() const { return m_approvals; }
    AgentsView* agentsView() const { return m_agents; }
    SettingsView* settingsView() const { return m_settings; }
    ConversationsView* conversationsView() const { return m_conversations; }
    TemplatesView* templatesView() const { return m_templates; }
    SequencesView* sequencesView() const { return m_sequences; }
    CalendarView* calendarView() const { return m_calendar; }

private:
    void setPendingCount(int count);

    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    ProspectsView* m_prospects;
    TodayView* m_today;
    ApprovalsView* m_approvals;
    AgentsView* m_agents;
    ConversationsView* m_conversations;
    SequencesView* m_sequences;
    CalendarView* m_calendar;
    TemplatesView* m_templates;
    SettingsView* m_settings;
};

} // namespace sc::ui
