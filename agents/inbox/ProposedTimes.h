#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace sc::agents::inbox {

// One time a prospect proposes for a meeting.
struct ProposedTime
{
    QDateTime start; // in the sender's zone
    QDateTime end; // invalid when the text gives none
    QString precision; // "time", "range", "part_of_day" or "day"

    bool operator==(const ProposedTime&) const = default;
};

// Reads the meeting times a reply proposes, in English or French: "mardi 14h", "jeudi prochain entre
// 10h et 12h", "le 12/01 à 9h30", "Tuesday at 2pm", "any time Thursday afternoon", "next week Monday or
// Wednesday morning", "2pm EST", "14h heure de Paris". Only the sender's own words are read (quoted
// history and signature set aside, as ReplyClassifier::ownWords does).
//
// Choices:
// - Zone: one the text names (EST, PT, CET, BST, "heure de Paris", "London time"...; an abbreviation
//   maps to its IANA zone, so "EST" in July is still New York time), else fallbackZone (the
//   prospect's), else the fixed offset of the Date header.
// - Days come from DateMentions (day first unless the text reads as English); "jeudi prochain" is the
//   first Thursday after the day sent; weekdays after "next week"/"semaine prochaine" fall in that week.
//   Vague periods alone ("next week", "early February") give nothing: no day is proposed.
// - precision time: one moment, end invalid. range: "between 10 and 12", "2-4pm", "de 14h à 16h".
//   part_of_day: morning 09:00-12:00, afternoon/après-midi 14:00-18:00, evening/soir 18:00-21:00.
//   day: a day without a time, the business day 09:00-18:00.
// - Hours 1 to 6 without am/pm are afternoon hours ("at 2" is 14:00, "à 3h" 15:00); "noon"/"midi" is 12:00.
// - A time with no day is the next such moment after the mail was sent, on a working day when it
//   falls on a later day. Days joined by "or"/"ou"/"," share the times after them. Candidates ending
//   before the mail was sent are dropped: never in the past.
class ProposedTimes
{
public:
    static QList<ProposedTime> find(const QString& text, const QDateTime& sent, const QTimeZone& fallbackZone);
    // The zone the text names, or an invalid zone.
    static QTimeZone namedZone(const QString& text);
    // ISO 8601 with the numeric offset of the moment's zone: "2027-01-12T14:00:00+01:00".
    static QString iso(const QDateTime& t);
    // [{"start": ..., "end": ... or null, "precision": ...}]
    static QJsonArray toJson(const QList<ProposedTime>& times);
};

} // namespace sc::agents::inbox
