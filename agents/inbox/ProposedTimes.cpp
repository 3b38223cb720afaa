#include "ProposedTimes.h"

#include "DateMentions.h"
#include "ReplyClassifier.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace sc::agents::inbox {

using RX = QRegularExpression;

namespace {

RX pattern(const QString& text, bool caseless = true)
{
    return RX(text, (caseless ? RX::CaseInsensitiveOption : RX::NoPatternOption) | RX::UseUnicodePropertiesOption);
}

struct ZoneWord
{
    const char* pattern;
    const char* zone;
    bool caseless;
};

// Abbreviations are matched in capitals only ("est" and "et" are French words); city phrases in any case.
const ZoneWord zoneWords[] = {
    {R"(\b(?:EST|EDT|ET)\b)", "America/New_York", false},
    {R"(\b(?:CST|CDT|CT)\b)", "America/Chicago", false},
    {R"(\b(?:MST|MDT)\b)", "America/Denver", false},
    {R"(\b(?:PST|PDT|PT)\b)", "America/Los_Angeles", false},
    {R"(\b(?:CET|CEST)\b)", "Europe/Paris", false},
    {R"(\bBST\b)", "Europe/London", false},
    {R"(\b(?:GMT|UTC)\b(?![+-]\d))", "UTC", false},
    {R"(\b(?:eastern|east coast)\s+time\b|\bheure de l.est\b)", "America/New_York", true},
    {R"(\b(?:pacific|west coast)\s+time\b)", "America/Los_Angeles", true},
    {R"(\bcentral\s+time\b)", "America/Chicago", true},
    {R"(\bheure (?:de paris|fran[çc]aise)\b|\b(?:paris|french)\s+time\b)", "Europe/Paris", true},
    {R"(\bheure de londres\b|\b(?:london|uk)\s+time\b)", "Europe/London", true},
    {R"(\bheure de new york\b|\bnew york time\b)", "America/New_York", true},
    {R"(\bheure de (?:montr[ée]al|qu[ée]bec|toronto)\b|\b(?:montr[ée]al|toronto)\s+time\b)", "America/Toronto", true},
    {R"(\bheure de (?:bruxelles|belgique)\b|\b(?:brussels)\s+time\b)", "Europe/Brussels", true},
    {R"(\bheure de (?:gen[èe]ve|suisse|zurich)\b|\b(?:geneva|zurich)\s+time\b)", "Europe/Zurich", true},
    {R"(\b(?:berlin|german)\s+time\b|\bheure de berlin\b)", "Europe/Berlin", true},
    {R"(\b(?:chicago)\s+time\b)", "America/Chicago", true},
    {R"(\b(?:san francisco|los angeles|seattle)\s+time\b)", "America/Los_Angeles", true},
};

enum class Kind { Day, Time, NextWeek };

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Day;
    QDate date; // Day
    bool weekday = false; // Day: named by its weekday alone
    QTime from; // Time
    QTime to; // Time: invalid for one moment
    QString precision; // Time: time, range or part_of_day
};

// What a span such as "2:30pm", "14h30", "10 h", "noon" says, or -1 when it names no hour.
struct Clock
{
    int hour = -1;
    int minute = 0;
    int meridiem = 0; // 0 none, 1 am, 2 pm
    bool marked = false; // "h", ":", am/pm or a word: a time, not just a number
};

Token dayToken(qsizetype start, qsizetype end, Kind kind, const QDate& date, bool weekday)
{
    Token t;
    t.start = start;
    t.end = end;
    t.kind = kind;
    t.date = date;
    t.weekday = weekday;
    return t;
}

const QString& timeWord()
{
    static const QString word = QStringLiteral(
        R"((?:(?<![\d:/.,])\d{1,2}(?:\s*h\s*(?:\d\d)?|\s*heures?(?:\s*\d\d)?|:\d\d|\.\d\d(?=\s*[ap]\.?m))?(?:\s*[ap]\.?m\.?)?(?![\d/]|[.:,]\d)|\bnoon\b|\bmidday\b|(?<![-\p{L}])midi\b))");
    return word;
}

Clock readClock(const QString& s)
{
    Clock c;
    const QString t = s.trimmed().toLower();
    if (t == QLatin1String("noon") || t == QLatin1String("midday") || t == QLatin1String("midi")) {
        return {12, 0, 0, true};
    }
    static const RX parts = pattern(QStringLiteral(R"(^(\d{1,2})\s*(h|heures?|:|\.)?\s*(\d\d)?\s*([ap])?)"));
    const auto m = parts.match(t);
    if (!m.hasMatch()) {
        return c;
    }
    c.hour = m.captured(1).toInt();
    c.minute = m.captured(3).toInt();
    c.marked = m.hasCaptured(2) || m.hasCaptured(4);
    c.meridiem = !m.hasCaptured(4) ? 0 : (m.captured(4) == QLatin1String("a") ? 1 : 2);
    if (c.hour > 23 || c.minute > 59 || (c.meridiem != 0 && (c.hour > 12 || c.hour == 0))) {
        c.hour = -1;
    }
    return c;
}

int hour24(const Clock& c)
{
    if (c.meridiem == 2) {
        return c.hour == 12 ? 12 : c.hour + 12;
    }
    if (c.meridiem == 1) {
        return c.hour == 12 ? 0 : c.hour;
    }
    return c.hour >= 1 && c.hour <= 6 ? c.hour + 12 : c.hour; // nobody proposes 3 a.m.
}

bool between(const QString& text, const Token& a, const Token& b, const RX& rx)
{
    return rx.match(text.mid(a.end, std::max<qsizetype>(0, b.start - a.end))).hasMatch();
}

QList<Token> timeTokens(const QString& t)
{
    QList<Token> out;
    static const RX range = pattern(
        QStringLiteral(
            R"((?:\b(between|from|entre|de|du|vers)\s+)?(%1)\s*(-|–|\bto\b|\band\b|\bet\b|\bà\b|\ba\b|\buntil\b|\btill\b|jusqu.à)\s*(%1))")
            .arg(timeWord()));
    auto it = range.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        Clock a = readClock(m.captured(2));
        const Clock b = readClock(m.captured(4));
        const QString sep = m.captured(3);
        const bool joined = sep == QLatin1String("and") || sep == QLatin1String("et") || sep == QLatin1String("a");
        const bool dashOrTo = sep == QLatin1String("-") || sep == QLatin1String("–") || sep == QLatin1String("to");
        // "mercredi 13 à 16h" is a day and an hour; "2-4pm", "de 13 à 16h" are ranges.
        if (a.hour < 0 || b.hour < 0 || (!a.marked && !b.marked && !m.hasCaptured(1)) || (joined && !m.hasCaptured(1))
            || (!a.marked && !m.hasCaptured(1) && !dashOrTo)) {
            continue;
        }
        int h2 = hour24(b);
        if (a.meridiem == 0 && b.meridiem != 0) {
            a.meridiem = b.meridiem;
            if (hour24(a) > h2) {
                a.meridiem = 1;
            }
        }
        int h1 = hour24(a);
        if (h1 > h2 && b.meridiem == 0 && h2 < 12) {
            h2 += 12; // "11 to 1": 13:00
        }
        const QTime from(h1, a.minute);
        const QTime to(h2 % 24, b.minute);
        if (from.isValid() && to.isValid() && from < to) {
            out.append({m.capturedStart(), m.capturedEnd(), Kind::Time, {}, false, from, to, QStringLiteral("range")});
        }
    }
    static const RX single = pattern(QStringLiteral(R"((?:\b(at|à|around|vers|for|about|@)\s+)?(%1))").arg(timeWord()));
    it = single.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const Clock c = readClock(m.captured(2));
        static const RX before = pattern(QStringLiteral(R"(\b(?:before|avant)\s+$)"));
        if (c.hour < 0 || (!c.marked && !m.hasCaptured(1))
            || before
                   .match(
                       t.mid(std::max<qsizetype>(0, m.capturedStart() - 8), std::min<qsizetype>(8, m.capturedStart())))
                   .hasMatch()) {
            continue;
        }
        const bool inRange = std::any_of(out.cbegin(), out.cend(), [&m](const Token& o) {
            return o.start < m.capturedEnd() && m.capturedStart() < o.end;
        });
        const QTime at(hour24(c), c.minute);
        if (!inRange && at.isValid()) {
            out.append({m.capturedStart(), m.capturedEnd(), Kind::Time, {}, false, at, {}, QStringLiteral("time")});
        }
    }
    static const RX part = pattern(QStringLiteral(
        R"(\b(morning|matin(?:ée|ee)?|afternoon|apr[èe]s[- ]?midi|aprem|evening|soir(?:ée|ee)?|tonight|before noon|avant midi)\b)"));
    it = part.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured(1);
        QTime from(9, 0);
        QTime to(12, 0);
        if (w.startsWith(QLatin1String("after")) || w.startsWith(QLatin1String("apr"))) {
            from = QTime(14, 0);
            to = QTime(18, 0);
        } else if (w.startsWith(QLatin1String("even")) || w.startsWith(QLatin1String("soir"))
                   || w == QLatin1String("tonight")) {
            from = QTime(18, 0);
            to = QTime(21, 0);
        }
        out.append(
            {m.capturedStart(), m.capturedEnd(), Kind::Time, {}, false, from, to, QStringLiteral("part_of_day")});
    }
    return out;
}

QList<Token> dayTokens(const QString& t, const QDate& today, bool dayFirst, const QList<Token>& times)
{
    QList<Token> out;
    static const RX weekdayOnly = pattern(QStringLiteral(
        R"(^(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tues?|wed|thu(?:rs?)?|fri)(?:\s+(?:prochain|next))?\.?$)"));
    static const RX week = pattern(QStringLiteral(R"(^(?:next week|(?:la\s+)?semaine prochaine)$)"));
    // Hours blanked out, so "friday 3-4pm" is not read as Friday the 3rd.
    QString masked = t;
    for (const Token& time : times) {
        masked.replace(time.start, time.end - time.start, QString(time.end - time.start, QLatin1Char(' ')));
    }
    for (const DateMention& d : DateMentions::find(masked, today, dayFirst)) {
        const bool overlapsTime = std::any_of(times.cbegin(), times.cend(),
                                              [&d](const Token& o) { return o.start < d.end && d.start < o.end; });
        if (overlapsTime) {
            continue;
        }
        const QString said = t.mid(d.start, d.end - d.start).trimmed();
        if (d.approximate) {
            if (week.match(said).hasMatch()) {
                out.append(dayToken(d.start, d.end, Kind::NextWeek, d.date, false));
            }
            continue;
        }
        out.append(dayToken(d.start, d.end, Kind::Day, d.date, weekdayOnly.match(said).hasMatch()));
        // "Tuesday next week": DateMentions reads "Tuesday next"; the week is the point.
        static const RX weekAfter = pattern(QStringLiteral(R"(^\s*week\b)"));
        if (said.endsWith(QLatin1String("next")) && weekAfter.match(t.mid(d.end, 8)).hasMatch()) {
            QDate monday = today.addDays(1);
            while (monday.dayOfWeek() != 1) {
                monday = monday.addDays(1);
            }
            out.append(dayToken(d.end, d.end + 5, Kind::NextWeek, monday, false));
        }
    }
    static const RX todayWord = pattern(QStringLiteral(
        R"(\b(?:today|aujourd.hui|tonight|this(?=\s+(?:morning|afternoon|evening))|ce(?=\s+(?:matin|soir))|cet(?=\s+apr)))"));
    auto it = todayWord.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(dayToken(m.capturedStart(), m.capturedEnd(), Kind::Day, today, false));
    }
    return out;
}

struct Group
{
    QList<QDate> days;
    QList<bool> weekdays; // named by their weekday alone: "Monday or Tuesday next week" moves them
    QList<const Token*> times;
};

} // namespace

QTimeZone ProposedTimes::namedZone(const QString& text)
{
    for (const ZoneWord& z : zoneWords) {
        const RX rx = pattern(QString::fromUtf8(z.pattern), z.caseless);
        if (rx.match(text).hasMatch()) {
            return QTimeZone(QByteArray(z.zone));
        }
    }
    return {};
}

QString ProposedTimes::iso(const QDateTime& t)
{
    const int offset = t.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
        + QStringLiteral("%1%2:%3")
              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonArray ProposedTimes::toJson(const QList<ProposedTime>& times)
{
    QJsonArray out;
    for (const ProposedTime& p : times) {
        out.append(QJsonObject {{QStringLiteral("start"), iso(p.start)},
                                {QStringLiteral("end"), p.end.isValid() ? QJsonValue(iso(p.end)) : QJsonValue()},
                                {QStringLiteral("precision"), p.precision}});
    }
    return out;
}

QList<ProposedTime> ProposedTimes::find(const QString& text, const QDateTime& sent, const QTimeZone& fallbackZone)
{
    const QString own = ReplyClassifier::ownWords(text);
    const QString t = own.toLower();
    QTimeZone zone = namedZone(own);
    if (!zone.isValid()) {
        zone = fallbackZone.isValid() ? fallbackZone : QTimeZone(sent.offsetFromUtc());
    }
    const QDateTime now = sent.toTimeZone(zone);
    const bool english = ReplyClassifier::detectLanguage(own) == QLatin1String("en");

    const QList<Token> times = timeTokens(t);
    QList<Token> tokens = times + dayTokens(t, now.date(), !english, times);
    std::sort(tokens.begin(), tokens.end(), [](const Token& a, const Token& b) { return a.start < b.start; });

    static const RX dayJoin
        = pattern(QStringLiteral(R"(^[\s,/]*(?:(?:or|ou|and|et|ou bien|or maybe)\s+)?(?:(?:on|le)\s+)?$)"));
    static const RX timeBeforeDay = pattern(QStringLiteral(R"(^[\s,]*(?:on|le|this|ce)?\s*$)"));
    static const RX trailingWeek = pattern(QStringLiteral(R"(^[\s,]*$)"));
    static const RX following = pattern(QStringLiteral(R"(\b(?:the\s+)?following\s+$)"));
    static const RX sentenceEnd = pattern(QStringLiteral(R"([.?!;\n])"));
    QList<Group> groups;
    QList<const Token*> pending;
    QDate weekFloor;
    const Token* previous = nullptr;
    bool groupOpen = false;
    bool vague = false; // "next week" named: times without a day are in it, not today
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& tok = tokens.at(i);
        if (previous != nullptr && weekFloor.isValid() && between(t, *previous, tok, sentenceEnd)) {
            weekFloor = {};
        }
        if (tok.kind == Kind::NextWeek) {
            weekFloor = tok.date; // its Monday
            if (previous != nullptr && previous->kind == Kind::Day && !groups.isEmpty()
                && between(t, *previous, tok, trailingWeek)) {
                Group& g = groups.last();
                for (qsizetype k = 0; k < g.days.size(); ++k) {
                    while (g.weekdays.at(k) && g.days.at(k) < weekFloor) {
                        g.days[k] = g.days.at(k).addDays(7);
                    }
                }
            }
            vague = true;
            groupOpen = false;
        } else if (tok.kind == Kind::Day) {
            QDate day = tok.date;
            while (tok.weekday && weekFloor.isValid() && day < weekFloor) {
                day = day.addDays(7);
            }
            const bool joins = groupOpen && previous != nullptr && previous->kind == Kind::Day
                && between(t, *previous, tok, dayJoin);
            // "the following Monday": the one after the Monday just named.
            if (following.match(t.mid(std::max<qsizetype>(0, tok.start - 16), std::min<qsizetype>(16, tok.start)))
                    .hasMatch()
                && !groups.isEmpty() && !groups.last().days.isEmpty() && day <= groups.last().days.last()) {
                day = day.addDays(7);
            }
            if (!joins) {
                groups.append(Group());
            }
            groups.last().days.append(day);
            groups.last().weekdays.append(tok.weekday);
            groups.last().times += pending;
            pending.clear();
            groupOpen = true;
        } else {
            const Token* next = i + 1 < tokens.size() ? &tokens.at(i + 1) : nullptr;
            const bool beforeDay = next != nullptr && next->kind == Kind::Day && between(t, tok, *next, timeBeforeDay);
            if (groups.isEmpty() || (beforeDay && !groups.last().times.isEmpty())) {
                pending.append(&tok);
                groupOpen = false;
            } else {
                groups.last().times.append(&tok);
            }
        }
        previous = &tok;
    }
    if (!pending.isEmpty()) {
        if (groups.isEmpty()) {
            groups.append(Group());
        }
        groups.last().times += pending;
    }

    QList<ProposedTime> out;
    const auto add = [&](const QDate& day, const QTime& from, const QTime& to, const QString& precision) {
        ProposedTime p {QDateTime(day, from, zone), to.isValid() ? QDateTime(day, to, zone) : QDateTime(), precision};
        if ((p.end.isValid() ? p.end : p.start) > now && !out.contains(p)) {
            out.append(p);
        }
    };
    for (const Group& g : groups) {
        if (g.days.isEmpty() && vague) {
            continue;
        }
        if (g.days.isEmpty()) {
            // Times alone: the next such moment, today if it is still ahead, else the next working day.
            for (const Token* time : g.times) {
                const QTime ends = time->to.isValid() ? time->to : time->from;
                const QDate day = ends > now.time() ? now.date() : DateMentions::workingDay(now.date().addDays(1));
                add(day, time->from, time->to, time->precision);
            }
            continue;
        }
        // "Thursday afternoon around 3": the hour is what is meant.
        QList<const Token*> chosen = g.times;
        if (std::any_of(chosen.cbegin(), chosen.cend(),
                        [](const Token* x) { return x->precision != QLatin1String("part_of_day"); })) {
            chosen.removeIf([](const Token* x) { return x->precision == QLatin1String("part_of_day"); });
        }
        for (const QDate& day : g.days) {
            if (chosen.isEmpty()) {
                add(day, QTime(9, 0), QTime(18, 0), QStringLiteral("day"));
            }
            for (const Token* time : chosen) {
                add(day, time->from, time->to, time->precision);
            }
        }
    }
    return out;
}

} // namespace sc::agents::inbox
