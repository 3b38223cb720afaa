#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QMenu;

namespace sc::ui {

// The system tray icon and its notifications: it speaks up only when something needs the rep — a
// draft to approve, a job that failed for good. Where there is no tray (some Linux desktops, the
// offscreen platform) the last message is still kept, so tests and the status bar can show it.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Target { Approvals, Agents, Settings, Calendar };

    explicit TrayNotifier(QObject* parent = nullptr);
    ~TrayNotifier() override;
    bool hasTray() const { return m_tray != nullptr; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    // Called with the current number of pending drafts; notifies when it grows.
    void pendingDraftsChanged(int count);
    void jobFailed(qint64 jobId, const QString& label, const QString& error);
    // A contact form stopped at a CAPTCHA: its window is open for the rep.
    void formNeedsYou(const QString& site);
    // A mailbox's sending paused by itself (its bounce rate, a complaint): the rep resumes it in Settings.
    void mailboxPaused(const QString& mailbox, const QString& reason);
    // A meeting starts in `minutesLeft` minutes (0: now); `where`: its place or video link, may be empty.
    void meetingSoon(const QString& title, int minutesLeft, const QString& where);

Q_SIGNALS:
    void openRequested(sc::ui::TrayNotifier::Target target);
    void quitRequested();

private:
    void show(const QString& title, const QString& message, Target target);

    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    Target m_lastTarget = Target::Approvals;
    QString m_lastTitle;
    QString m_lastMessage;
    int m_pending = -1;
};

} // namespace sc::ui
