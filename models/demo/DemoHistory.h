#pragma once

#include "../repositories/ActivityRepository.h"
#include "DemoRandom.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <array>

namespace sc::models {

// What explains a demo prospect's stage, written where the app keeps it: the emails the rep sent and
// the prospect's replies (a thread the Conversations view shows, each message a timeline activity as
// the outbox and the inbox write them), the meeting booked, the deal won or lost; a stage with no such
// event (researching) is the rep's move to it. plan() dates the steps in order, all of them before
// `now` (a booked meeting may be ahead); the last contact is the last email the rep sent, as the
// outbox records it. Statements are prepared once; the caller holds the transaction.
class DemoHistory
{
public:
    struct Person
    {
        qint64 prospectId = 0;
        QString firstName;
        QString fullName;
        QString email;
        QString companyName;
        QString city;
        bool french = false;
    };
    static constexpr int MaxSteps = 8;
    struct Plan
    {
        QString stage;
        int story = -1; // in the stories table; -1: nothing happened yet (a new prospect)
        qint64 createdAt = 0; // before every step
        qint64 lastContactedAt = 0; // 0: never contacted
        qint64 meetingAt = 0; // 0: no meeting
        std::array<qint64, MaxSteps> at {}; // each step's time, in order
    };

    // The invented rep who writes the demo's emails (no mail account: nothing is ever sent).
    static QString repAddress();
    // The first email, as the Conversation agent would draft it.
    static QString firstSubject(const Person& who);
    static QString firstBody(const Person& who);

    // The steps that lead to `stage` and their times. Any stage but "new" gets at least one step.
    static Plan plan(const QString& stage, DemoRandom& rng, qint64 now);

    explicit DemoHistory(const QSqlDatabase& db);
    void write(const Plan& planned, const Person& who);
    // After the last write(): the messages' lines on the timeline.
    void finish();

private:
    void insertMessage(qint64 threadId, bool inbound, const Person& who, const QString& subject, const QString& body,
                       qint64 at, const QString& category, bool seen, QString* chain);

    QSqlDatabase m_db;
    ActivityRepository m_activities;
    QSqlQuery m_thread;
    QSqlQuery m_outbound;
    QSqlQuery m_inbound;
    QSqlQuery m_meeting;
    qint64 m_messagesBefore = 0;
    int m_messages = 0;
};

} // namespace sc::models
