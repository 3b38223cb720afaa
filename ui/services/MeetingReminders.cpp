#include "MeetingReminders.h"

#include "models/Clock.h"
#include "models/repositories/MeetingRepository.h"
#include "models/settings/WorkspaceSettings.h"

#include <QTimer>

namespace sc::ui {

MeetingReminders::MeetingReminders(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &MeetingReminders::check);
}

void MeetingReminders::start()
{
    check();
    m_timer->start();
}

void MeetingReminders::check()
{
    const int minutes = models::WorkspaceSettings(m_db).integer(models::Setting::CalendarReminderMinutes);
    if (minutes <= 0) {
        return;
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 lead = qint64(minutes) * 60 * 1000;
    for (const models::Meeting& m : models::MeetingRepository(m_db).list(now, now + lead + 1)) {
        if (m.startsAt < now || m.status == QLatin1String("cancelled")) {
            continue; // under way already, or off
        }
        const QString key = m.uid + QLatin1Char('#') + QString::number(m.sequence);
        if (m_said.contains(key)) {
            continue;
        }
        m_said.insert(key);
        Q_EMIT meetingSoon(m, int((m.startsAt - now + 59'999) / 60'000));
    }
}

} // namespace sc::ui
