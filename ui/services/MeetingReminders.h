#pragma once

#include "models/entities/Meeting.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

class QTimer;

namespace sc::ui {

// Says when a meeting is about to start: once per meeting, `minutes` before it (Settings, 15 by default;
// 0: never), or at once when the app opens inside that window. A moved meeting is reminded again at its
// new time; a cancelled one never. check() runs every 30 s and can be called directly (tests).
class MeetingReminders : public QObject
{
    Q_OBJECT
public:
    explicit MeetingReminders(QSqlDatabase db, QObject* parent = nullptr);
    void start();

public Q_SLOTS:
    void check();

Q_SIGNALS:
    // minutesLeft: rounded up, 0 when it starts now.
    void meetingSoon(const sc::models::Meeting& meeting, int minutesLeft);

private:
    QSqlDatabase m_db;
    QTimer* m_timer;
    QSet<QString> m_said; // uid + its sequence: a move is a new reminder
};

} // namespace sc::ui
