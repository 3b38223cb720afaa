#include "DemoHistory.h"

#include "../store/Sql.h"

#include <QStringList>
#include <algorithm>

namespace sc::models {

namespace {

enum class Step {
    End,
    Stage, // the rep moves the prospect to its stage
    Sent, // the first email, which opens the thread
    FollowUp, // a second email, no answer yet
    Reply, // the prospect answers (detail: the Inbox classifier's category)
    Confirm, // the rep confirms a time: a meeting is booked, in one to six days
    Proposal, // the rep's email after the meeting, with the proposal
    Won,
    Lost, // detail: why
};

enum Text {
    FirstText,
    FollowUpText,
    QuestionText,
    InterestedText,
    MeetingTimeText,
    NotInterestedText,
    ConfirmText,
    ProposalText
};

struct StepSpec
{
    Step step = Step::End;
    const char* detail = nullptr;
    Text text = FirstText;
    int minGap = 0; // minutes after the step before (the meeting, for a proposal)
    int maxGap = 0;
};

struct Story
{
    const char* stage;
    int recentDays; // the last step happened within this many days (and over an hour ago)
    std::array<StepSpec, DemoHistory::MaxSteps> steps;
};

constexpr int Hour = 60;
constexpr int Day = 24 * Hour;
constexpr StepSpec kSent {Step::Sent, nullptr, FirstText, 0, 0};
constexpr StepSpec kStage {Step::Stage, nullptr, FirstText, 0, 0};
constexpr StepSpec reply(const char* category, Text text)
{
    return {Step::Reply, category, text, 2 * Hour, 3 * Day};
}

// Each stage's story, in the order things happen. "lost" has two: no answer, or a "no".
constexpr std::array kStories {
    Story {"researching", 14, {kStage}},
    Story {"contacted", 10, {kSent}},
    Story {"replied", 5, {kSent, reply("question", QuestionText)}},
    Story {"interested", 7, {kSent, reply("interested", InterestedText)}},
    Story {"meeting",
           3,
           {kSent, reply("meeting_time", MeetingTimeText), StepSpec {Step::Confirm, nullptr, ConfirmText, Hour, Day}}},
    Story {"won",
           30,
           {kSent, reply("meeting_time", MeetingTimeText), StepSpec {Step::Confirm, nullptr, ConfirmText, Hour, Day},
            StepSpec {Step::Proposal, nullptr, ProposalText, Hour, 4 * Hour},
            StepSpec {Step::Won, "proposal signed", FirstText, 2 * Day, 10 * Day}}},
    Story {"lost",
           30,
           {kSent, StepSpec {Step::FollowUp, nullptr, FollowUpText, 3 * Day, 5 * Day},
            StepSpec {Step::Lost, "no answer after two emails", FirstText, 5 * Day, 10 * Day}}},
    Story {"lost",
           30,
           {kSent, reply("not_interested", NotInterestedText),
            StepSpec {Step::Lost, "not a priority this year", FirstText, 10, 3 * Hour}}},
};
// A stage the demo has no story for (a custom one) is only the move to it.
constexpr int kStageOnly = 0;

struct Texts
{
    const char* en;
    const char* fr;
};
// %1 the prospect's first name, %2 the company, %3 its city.
constexpr Texts kTexts[] = {
    {"Hi %1,\n\nI noticed %2 is opening a new site in %3. Teams like yours usually cut order-picking time by 30% in "
     "their first quarter with us.\n\nWould you have 20 minutes next week to compare notes?\n\nBest regards,",
     "Bonjour %1,\n\nJ'ai vu que %2 ouvrait un nouveau site à %3. Nos clients du secteur réduisent de 30 % le temps de "
     "préparation des commandes dès le premier trimestre.\n\nAuriez-vous 20 minutes la semaine prochaine pour en "
     "parler ?\n\nBien cordialement,"},
    {"Hi %1,\n\nFollowing up on my note about order picking at %2, in case it got buried. Would a short call be "
     "useful?\n\nBest regards,",
     "Bonjour %1,\n\nJe me permets de relancer mon message sur la préparation des commandes chez %2. Un court échange "
     "vous serait-il utile ?\n\nBien cordialement,"},
    {"Hello,\n\nThanks for your note. How would this work with the warehouse system we already use?\n\n%1",
     "Bonjour,\n\nMerci pour votre message. Comment cela fonctionnerait-il avec notre logiciel d'entrepôt "
     "actuel ?\n\n%1"},
    {"Hi,\n\nThis is timely: it is exactly what we are looking at for the %3 site. Could you send me more "
     "details?\n\n%1",
     "Bonjour,\n\nCela tombe bien : c'est exactement notre sujet pour le site de %3. Pouvez-vous m'envoyer plus de "
     "détails ?\n\n%1"},
    {"Hi,\n\nHappy to talk. Any morning next week works for me, pick a slot.\n\n%1",
     "Bonjour,\n\nVolontiers. Je suis disponible les matins de la semaine prochaine, choisissez un créneau.\n\n%1"},
    {"Hello,\n\nThanks, but this is not a priority for %2 this year.\n\n%1",
     "Bonjour,\n\nMerci, mais ce n'est pas une priorité pour %2 cette année.\n\n%1"},
    {"Thanks %1, I have sent you an invitation for a 30-minute call.\n\nBest regards,",
     "Merci %1, je vous envoie une invitation pour un échange de 30 minutes.\n\nBien cordialement,"},
    {"Hi %1,\n\nThank you for your time today. As promised, here is the proposal for %2 we discussed.\n\nBest regards,",
     "Bonjour %1,\n\nMerci pour votre temps aujourd'hui. Comme convenu, voici la proposition pour %2 dont nous avons "
     "parlé.\n\nBien cordialement,"},
};

// One pass over the text: each place holder is filled, and one a text does not use costs nothing.
QString text(Text which, const DemoHistory::Person& who)
{
    const Texts& t = kTexts[which];
    const QString pattern = QString::fromUtf8(who.french ? t.fr : t.en);
    const QString* values[] = {&who.firstName, &who.companyName, &who.city};
    QString out;
    out.reserve(pattern.size() + 40);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1')
            && pattern.at(i + 1) <= QLatin1Char('3')) {
            out += *values[pattern.at(i + 1).unicode() - '1'];
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// Values in the order of the statement's "?": the demo writes hundreds of thousands of rows, and a
// value bound by name costs a lookup of the name every time.
void bindInOrder(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& value : values) {
        query.bindValue(i++, value);
    }
}

bool isMessage(Step step)
{
    return step == Step::Sent || step == Step::FollowUp || step == Step::Reply || step == Step::Confirm
        || step == Step::Proposal;
}

bool isOutbound(Step step)
{
    return isMessage(step) && step != Step::Reply;
}

} // namespace

QString DemoHistory::repAddress()
{
    return QStringLiteral("you@your-company.example");
}

QString DemoHistory::firstSubject(const Person& who)
{
    return who.french ? QStringLiteral("%1 et la préparation des commandes").arg(who.companyName)
                      : QStringLiteral("Order picking at %1").arg(who.companyName);
}

QString DemoHistory::firstBody(const Person& who)
{
    return text(FirstText, who);
}

DemoHistory::Plan DemoHistory::plan(const QString& stage, DemoRandom& rng, qint64 now)
{
    Plan result;
    result.stage = stage;
    if (stage == QLatin1String("new")) {
        result.createdAt = now - rng.minutes(Hour, 30 * Day);
        return result;
    }
    int candidates[4] = {};
    int count = 0;
    for (int i = 0; i < int(kStories.size()) && count < 4; ++i) {
        if (stage == QLatin1String(kStories[size_t(i)].stage)) {
            candidates[count++] = i;
        }
    }
    result.story = count == 0 ? kStageOnly : candidates[count == 1 ? 0 : rng.below(count)];
    const Story& story = kStories[size_t(result.story)];
    // Offsets from the first step, then moved by whole hours so that the last step falls within the
    // story's recent days and a meeting starts on the hour.
    constexpr qint64 HourMs = 3'600'000;
    qint64 t = 0;
    qint64 lastContact = -1;
    size_t steps = 0;
    for (; steps < story.steps.size() && story.steps[steps].step != Step::End; ++steps) {
        const StepSpec& s = story.steps[steps];
        if (steps > 0) {
            t = (s.step == Step::Proposal ? result.meetingAt : t) + rng.minutes(s.minGap, s.maxGap);
        }
        result.at[steps] = t;
        if (s.step == Step::Confirm) {
            result.meetingAt = (t + rng.minutes(Day, 6 * Day) + HourMs - 1) / HourMs * HourMs;
        }
        if (isOutbound(s.step)) {
            lastContact = t;
        }
    }
    const qint64 shift = (now - rng.minutes(Hour, story.recentDays * Day) - t) / HourMs * HourMs;
    for (size_t i = 0; i < steps; ++i) {
        result.at[i] += shift;
    }
    result.meetingAt = result.meetingAt == 0 ? 0 : result.meetingAt + shift;
    result.lastContactedAt = lastContact < 0 ? 0 : lastContact + shift;
    result.createdAt = result.at[0] - rng.minutes(Day, 7 * Day);
    return result;
}

DemoHistory::DemoHistory(const QSqlDatabase& db)
    : m_db(db)
    , m_activities(db)
    , m_thread(
          Sql::prepare(db,
                       QStringLiteral("INSERT INTO threads (prospect_id, subject, last_message_at, classification, "
                                      "created_at) VALUES (?, ?, ?, ?, ?)")))
    , m_outbound(Sql::prepare(
          db,
          QStringLiteral("INSERT INTO messages (thread_id, direction, message_id, in_reply_to, from_address, "
                         "to_addresses, subject, body_text, references_header, sent_at, language, seen, "
                         "created_at) VALUES (?, 'outbound', ?, ?, '%1', ?, ?, ?, ?, ?, ?, 1, ?)")
              .arg(repAddress())))
    , m_inbound(Sql::prepare(
          db,
          QStringLiteral("INSERT INTO messages (thread_id, direction, message_id, in_reply_to, from_address, "
                         "to_addresses, subject, body_text, references_header, sent_at, classification, "
                         "classification_confidence, language, seen, created_at) VALUES (?, 'inbound', ?, ?, ?, "
                         "'%1', ?, ?, ?, ?, ?, 0.92, ?, ?, ?)")
              .arg(repAddress())))
    , m_meeting(Sql::prepare(db,
                             QStringLiteral("INSERT INTO meetings (prospect_id, title, starts_at, ends_at, location, "
                                            "created_at) VALUES (?, ?, ?, ?, ?, ?)")))
    , m_messagesBefore(Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")).toLongLong())
{
}

void DemoHistory::insertMessage(qint64 threadId, bool inbound, const Person& who, const QString& subject,
                                const QString& body, qint64 at, const QString& category, bool seen, QString* chain)
{
    const QString id = inbound
        ? QStringLiteral("%1.%2@%3").arg(who.prospectId).arg(m_messages).arg(who.email.section(QLatin1Char('@'), 1))
        : QStringLiteral("demo.%1.%2@your-company.example").arg(who.prospectId).arg(m_messages);
    const QVariant parent = Sql::orNull(chain->section(QLatin1Char(' '), -1));
    const QString language = who.french ? QStringLiteral("fr") : QStringLiteral("en");
    if (inbound) {
        bindInOrder(m_inbound,
                    {threadId, id, parent, who.email, subject, body, Sql::orNull(*chain), at, category, language,
                     seen ? 1 : 0, at});
        Sql::exec(m_inbound);
    } else {
        bindInOrder(m_outbound,
                    {threadId, id, parent, who.email, subject, body, Sql::orNull(*chain), at, language, at});
        Sql::exec(m_outbound);
    }
    ++m_messages;
    *chain = chain->isEmpty() ? id : *chain + QLatin1Char(' ') + id;
}

void DemoHistory::finish()
{
    // Each message's line on the timeline, worded as the outbox ("Email sent") and the inbox ("Email
    // received") word theirs: one statement for all of them instead of one per message.
    Sql::run(
        m_db,
        QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, ref_table, ref_id, actor, occurred_at) "
                       "SELECT t.prospect_id, CASE m.direction WHEN 'outbound' THEN 'email.sent' ELSE "
                       "'email.received' END, CASE m.direction WHEN 'outbound' THEN 'Email sent: ' || "
                       "substr(m.subject, 1, 120) ELSE 'Email received (' || m.classification || '): ' || "
                       "substr(m.subject, 1, 120) END, 'threads', t.id, 'inbox', m.sent_at FROM messages m JOIN "
                       "threads t ON t.id = m.thread_id WHERE m.id > :before ORDER BY m.id"),
        {{":before", m_messagesBefore}});
}

void DemoHistory::write(const Plan& planned, const Person& who)
{
    if (planned.story < 0) {
        return;
    }
    const Story& story = kStories[size_t(planned.story)];
    const auto& steps = story.steps;
    const size_t count
        = size_t(std::find_if(steps.begin(), steps.end(), [](const StepSpec& s) { return s.step == Step::End; })
                 - steps.begin());
    // The thread's summary row first: its last message and the category of the last reply.
    qint64 threadId = 0;
    const QString subject = firstSubject(who);
    const QString reSubject = QStringLiteral("Re: ") + subject;
    qint64 firstMessage = 0;
    qint64 lastMessage = 0;
    QString category;
    for (size_t i = 0; i < count; ++i) {
        if (isMessage(steps[i].step)) {
            firstMessage = firstMessage == 0 ? planned.at[i] : firstMessage;
            lastMessage = planned.at[i];
        }
        if (steps[i].step == Step::Reply) {
            category = QString::fromLatin1(steps[i].detail);
        }
    }
    if (firstMessage != 0) {
        bindInOrder(m_thread, {who.prospectId, subject, lastMessage, Sql::orNull(category), firstMessage});
        Sql::exec(m_thread);
        threadId = m_thread.lastInsertId().toLongLong();
    }
    const QString rep = QStringLiteral("rep");
    QString chain;
    for (size_t i = 0; i < count; ++i) {
        const StepSpec& s = steps[i];
        const qint64 at = planned.at[i];
        switch (s.step) {
        case Step::Sent:
        case Step::FollowUp:
        case Step::Confirm:
        case Step::Proposal: {
            const QString& sub = s.step == Step::Sent ? subject : reSubject;
            insertMessage(threadId, false, who, sub, text(s.text, who), at, {}, true, &chain);
            if (s.step == Step::Confirm) {
                // Booked once the email that confirms it is out; a minute later, so the timeline reads in order.
                const qint64 booked = at + 60'000;
                bindInOrder(m_meeting,
                            {who.prospectId,
                             QStringLiteral("Intro call with %1 (%2)").arg(who.fullName, who.companyName),
                             planned.meetingAt, planned.meetingAt + 30 * 60'000, QStringLiteral("Video call"), booked});
                Sql::exec(m_meeting);
                m_activities.append(who.prospectId,
                                    {booked, QStringLiteral("meeting.booked"),
                                     QStringLiteral("Meeting booked: 30-minute call with %1").arg(who.fullName), rep,
                                     QStringLiteral("meetings"), m_meeting.lastInsertId().toLongLong()});
            }
            break;
        }
        case Step::Reply: {
            const QString cat = QString::fromLatin1(s.detail);
            // What the rep has not dealt with yet (the stage says "replied") waits unread.
            insertMessage(threadId, true, who, reSubject, text(s.text, who), at, cat,
                          planned.stage != QLatin1String("replied"), &chain);
            break;
        }
        case Step::Won:
        case Step::Lost:
            m_activities.append(
                who.prospectId,
                {at, s.step == Step::Won ? QStringLiteral("deal.won") : QStringLiteral("deal.lost"),
                 (s.step == Step::Won ? QStringLiteral("Deal won: %1") : QStringLiteral("Deal lost: %1"))
                     .arg(QLatin1String(s.detail)),
                 rep, QStringLiteral("prospects"), who.prospectId});
            break;
        case Step::Stage:
            m_activities.append(who.prospectId,
                                {at, QStringLiteral("stage.changed"),
                                 QStringLiteral("Stage changed to %1").arg(planned.stage), rep,
                                 QStringLiteral("prospects"), who.prospectId});
            break;
        case Step::End:
            break;
        }
    }
}

} // namespace sc::models
