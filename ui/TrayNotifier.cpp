#include "TrayNotifier.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace sc::ui {

TrayNotifier::TrayNotifier(QObject* parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("Sales Copilot"));
    m_menu = new QMenu;
    m_menu->addAction(tr("Open Sales Copilot"), this, [this] { Q_EMIT openRequested(Target::Approvals); });
    m_menu->addAction(tr("Show agents"), this, [this] { Q_EMIT openRequested(Target::Agents); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT openRequested(m_lastTarget); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            Q_EMIT openRequested(Target::Approvals);
        }
    });
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::pendingDraftsChanged(int count)
{
    const int before = m_pending;
    m_pending = count;
    if (before >= 0 && count > before) {
        show(tr("Drafts to approve"), tr("%n draft(s) waiting for your approval.", nullptr, count), Target::Approvals);
    }
    if (m_tray) {
        m_tray->setToolTip(count > 0 ? tr("Sales Copilot — %n draft(s) to approve", nullptr, count)
                                     : tr("Sales Copilot"));
    }
}

void TrayNotifier::jobFailed(qint64 jobId, const QString& label, const QString& error)
{
    Q_UNUSED(jobId)
    show(tr("A job failed"), tr("%1: %2").arg(label, error), Target::Agents);
}

void TrayNotifier::formNeedsYou(const QString& site)
{
    show(tr("A contact form needs you"),
         tr("The form on %1 is filled and has a CAPTCHA: solve it and press Send in the window that opened.").arg(site),
         Target::Agents);
}

void TrayNotifier::mailboxPaused(const QString& mailbox, const QString& reason)
{
    show(tr("Sending paused for %1").arg(mailbox),
         tr("%1 Resume it in Settings › Mailboxes once the cause is fixed.").arg(reason), Target::Settings);
}

void TrayNotifier::meetingSoon(const QString& title, int minutesLeft, const QString& where)
{
    const QString when = minutesLeft <= 0 ? tr("Starting now") : tr("In %n minute(s)", nullptr, minutesLeft);
    show(title, where.isEmpty() ? when : tr("%1 · %2").arg(when, where), Target::Calendar);
}

void TrayNotifier::show(const QString& title, const QString& message, Target target)
{
    m_lastTitle = title;
    m_lastMessage = message;
    m_lastTarget = target;
    if (m_tray) {
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    }
}

} // namespace sc::ui
