#pragma once

#include "models/Workspace.h"
#include "models/repositories/TaskRepository.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sc::ui {

class EmptyState;
class ViewHeader;

// The rep's day: every open task due by a week from now, from every sequence (calls, LinkedIn visits,
// custom tasks) and the rep's own, overdue first, then today, then the days ahead, each with one click to
// Do, Skip or Snooze; what was done or skipped today stays at the bottom, with Undo. A LinkedIn task opens
// the person's profile (or a people search for their name and company) in the browser: the rep visits,
// nothing is automated on LinkedIn. Reloads when prospects or jobs change and when the day turns.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    // Prospect: their name and company ("Ana Ruiz · Acme"), elided from the end.
    enum Column { Due, Prospect, Sequence, Kind, Title, Actions, ColumnCount };
    static constexpr int WindowDays = 7; // upcoming: up to the end of the 7th day after today

    explicit TodayView(const models::Workspace& workspace, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    bool isShowingEmptyState() const;
    // The task's row, nullptr when it is not listed.
    QTreeWidgetItem* itemFor(qint64 taskId) const;
    // Where a LinkedIn task takes the rep: their profile when known, else a people search.
    static QUrl linkedInUrl(const models::TaskRepository::DueTask& task);
    // Test hook: receives the URLs the view would open in the browser instead of QDesktopServices.
    static void setUrlOpener(std::function<void(const QUrl&)> opener);

public Q_SLOTS:
    void reload();
    // Marks the task done (and opens LinkedIn for a LinkedIn visit).
    void doTask(qint64 taskId);
    void skipTask(qint64 taskId);
    // Snoozes to `until` (ms UTC); the row's menu offers tomorrow 09:00 and a chosen day (dialog "snoozeDialog").
    void snoozeTask(qint64 taskId, qint64 until);
    void undoTask(qint64 taskId);
    // Opens the dialog that asks for a day and time to snooze the task to.
    void chooseSnooze(qint64 taskId);

private:
    void addSection(const QString& title, const QList<models::TaskRepository::DueTask>& tasks, bool closed);
    QWidget* actionsFor(const models::TaskRepository::DueTask& task, bool closed);
    // Runs a change of the rep's, says why when it fails, and reloads; false when it failed.
    bool run(const std::function<void()>& change, const QString& failure);
    void armDayTimer();

    models::Workspace m_workspace;
    ViewHeader* m_header;
    QStackedWidget* m_stack;
    QTreeWidget* m_tree;
    EmptyState* m_empty;
    QTimer* m_dayTimer;
    QList<models::TaskRepository::DueTask> m_tasks;
    int m_buttonWidth = 0; // every row's buttons as wide, so that they line up
};

} // namespace sc::ui
