#include "ReturnDate.h"

#include "DateMentions.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace sc::agents::inbox {

using RX = QRegularExpression;

namespace {

// What the words just before a date say of it.
enum class Cue {
    None,
    Back, // "back on", "de retour le", "returning", "reprise le": the day they are back
    Until, // "until", "jusqu'au": back that day, the day after when "inclusive"
    Through, // "through", and a range's end ("du 22 au 26", "from Dec 22 to Jan 4"): back the working day after
    Around, // "around", "vers le", "the week of": that day, approximately
    AwayOn, // "out of the office on Friday 15 May", "absente le 12": that day away, back the working day after
    Start, // "from", "du", "starting", "à partir du": the first day away
    Between, // "between": a start, whose end follows "and"
    Deadline, // "before the 20th", "avant le 15": for urgent matters, not a return
    Sent, // "Sent: Monday, March 22": a quoted message's date
};

RX pattern(const QString& text)
{
    return RX(text, RX::CaseInsensitiveOption | RX::UseUnicodePropertiesOption);
}

// The cue closest to the date in `before` (the words between the previous date or the start of the
// sentence and this one). "de retour à partir du 5", "back by Monday": a start or a deadline after a
// word of return is the return; so is a denied deadline ("no access to email before the 29th").
Cue cueIn(const QString& before)
{
    static const RX cues = pattern(QStringLiteral(
        R"((?<back>\b(?:back|return|returns|returning|retour|rentre|rentrerai|reprends|reprendrai|reprend|reprise|reviens|reviendrai|available|disponible|joignable|reachable|resuming)\b)|)"
        R"((?<until>\b(?:until|till|til|up to)\b|\bjusqu.(?:au|aux|à|a|en)?)|)"
        R"((?<through>\b(?:through|thru)\b)|)"
        R"((?<awayon>\b(?:out of (?:the )?office|ooo|off|away|absente?|en cong[ée]s?|on (?:annual )?leave|on holiday|on vacation)\s+(?:on|le)\s+(?:the\s+)?$)|)"
        R"((?<around>\b(?:around|approximately|approx|roughly|vers|aux alentours du|(?:the )?week of|w/c|week commencing|(?:la )?semaine du)\b)|)"
        R"((?<between>\b(?:between|entre)\b)|)"
        R"((?<start>\b(?:from|du|starting|start|beginning|as of|à partir (?:du|de)|a partir (?:du|de)|dès le|dès|depuis|leaving)\b)|)"
        R"((?<deadline>\b(?:before|avant|by|d.ici|prior to|no later than)\b)|)"
        R"((?<sent>\b(?:sent|envoy[ée]|wrote|a [ée]crit|received|re[çc]u|dated)\b))"));
    static const QStringList names {QStringLiteral("back"),   QStringLiteral("until"),    QStringLiteral("through"),
                                    QStringLiteral("awayon"), QStringLiteral("around"),   QStringLiteral("between"),
                                    QStringLiteral("start"),  QStringLiteral("deadline"), QStringLiteral("sent")};
    static const Cue values[] {Cue::Back,    Cue::Until, Cue::Through,  Cue::AwayOn, Cue::Around,
                               Cue::Between, Cue::Start, Cue::Deadline, Cue::Sent};
    static const RX negation = pattern(QStringLiteral(
        R"((?:\b(?:not|no|never|won.t|can.t|cannot|unable|pas|aucun)\b|\bn.(?=\p{L})).{0,30}\b(?:access|acc[èe]s|check|checking|read|lire|consulter|available|disponible|reachable|joignable|back|de retour|in the office|au bureau|respond|reply|r[ée]pondre)\b)"));
    Cue last = Cue::None;
    bool back = false;
    qsizetype lastAt = 0;
    auto it = cues.globalMatch(before);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (m.hasCaptured(names.at(i))) {
                last = values[i];
                lastAt = m.capturedStart();
                back = back || last == Cue::Back;
            }
        }
    }
    if (last == Cue::Deadline && negation.match(before.left(lastAt)).hasMatch()) {
        return Cue::Back;
    }
    return back && (last == Cue::Start || last == Cue::Deadline) ? Cue::Back : last;
}

// Where the sentence holding the date at `at` starts, not before `floor`.
qsizetype sentenceStart(const QString& t, qsizetype at, qsizetype floor)
{
    for (qsizetype i = at - 1; i >= floor; --i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';')
            || (c == QLatin1Char('.') && i + 1 < t.size() && t.at(i + 1).isSpace())) {
            return i + 1;
        }
    }
    return floor;
}

} // namespace

ReturnDate::Result ReturnDate::read(const QString& words, const QDate& sent, bool dayFirst)
{
    const QDate from = sent.isValid() ? sent : QDate::currentDate();
    const QString t = words.toLower();
    const QList<DateMention> mentions = DateMentions::find(t, from, dayFirst);

    QList<Cue> cues;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const qsizetype floor = i > 0 ? mentions.at(i - 1).end : 0;
        const qsizetype start = std::max(sentenceStart(t, mentions.at(i).start, floor), mentions.at(i).start - 80);
        cues.append(cueIn(t.mid(start, mentions.at(i).start - start)));
        // A range: "du 22 décembre au 4 janvier", "22/06 – 26/06", "between the 15th and the 19th". Its
        // end is the last day away, or, after "until" and "jusqu'au", the day back (as "until" alone).
        static const RX separator
            = pattern(QStringLiteral(R"(^\s*(to|au|à|-|–|—|through|thru|and|et|until|till|jusqu.(?:au|à))\s*$)"));
        if (i == 0) {
            continue;
        }
        const QRegularExpressionMatch gap = separator.match(t.mid(floor, mentions.at(i).start - floor));
        const QString word = gap.captured(1);
        if (gap.hasMatch()
            && (cues.at(i - 1) == Cue::Between || cues.at(i - 1) == Cue::AwayOn
                || (word != QLatin1String("and") && word != QLatin1String("et")))
            && cues.at(i - 1) != Cue::Deadline && cues.at(i - 1) != Cue::Sent) {
            cues[i - 1] = Cue::Start;
            const bool until = word.startsWith(QLatin1String("until")) || word.startsWith(QLatin1String("till"))
                || word.startsWith(QLatin1String("jusqu"));
            cues[i] = until ? Cue::Until : Cue::Through;
        }
    }

    // The best reading: a day they are back beats a day they are away until, an exact day beats a
    // vague period, and among equals the first (a bilingual reply says it twice).
    Result best;
    int bestRank = 4;
    static const RX inclusive
        = pattern(QStringLiteral(R"(^[\s,(]*(?:inclus|incluse|inclusive|inclusively|included|compris|y compris)\b)"));
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const DateMention& m = mentions.at(i);
        const bool dayAfter = cues.at(i) == Cue::Through || cues.at(i) == Cue::AwayOn
            || (cues.at(i) == Cue::Until && inclusive.match(t.mid(m.end, 20)).hasMatch());
        Result r {m.date, m.approximate};
        int rank = 0;
        switch (cues.at(i)) {
        case Cue::Back:
            rank = m.approximate ? 2 : 0;
            break;
        case Cue::Until:
        case Cue::Through:
        case Cue::AwayOn:
            r.date = dayAfter && !m.approximate ? DateMentions::workingDay(m.date.addDays(1)) : m.date;
            rank = m.approximate ? 2 : 1;
            break;
        case Cue::Around:
            r.approximate = true;
            rank = 2;
            break;
        case Cue::None:
            // An exact date with no word saying what it is, is not taken for a return; a vague period
            // alone is ("I will be out of the office next week").
            r.date = m.ifAway.isValid() ? m.ifAway : m.date;
            rank = m.approximate ? 3 : 4;
            break;
        default:
            rank = 4;
        }
        if (rank < bestRank) {
            best = r;
            bestRank = rank;
        }
    }
    return best;
}

bool ReturnDate::dayFirstFor(const QString& senderAddress, const QString& words)
{
    // Country-code domains of countries writing the day first (the US writes the month first; Canada
    // writes both, so its domain says nothing).
    static const QStringList dayFirstDomains {
        QStringLiteral("uk"), QStringLiteral("ie"), QStringLiteral("fr"), QStringLiteral("be"), QStringLiteral("ch"),
        QStringLiteral("lu"), QStringLiteral("mc"), QStringLiteral("de"), QStringLiteral("at"), QStringLiteral("nl"),
        QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pt"), QStringLiteral("au"), QStringLiteral("nz"),
        QStringLiteral("in"), QStringLiteral("za"), QStringLiteral("ma"), QStringLiteral("tn"), QStringLiteral("sn")};
    const QString domain = senderAddress.section(QLatin1Char('@'), -1).toLower();
    const QString tld = domain.section(QLatin1Char('.'), -1);
    if (domain.contains(QLatin1Char('.')) && tld == QLatin1String("us")) {
        return false;
    }
    if (domain.contains(QLatin1Char('.')) && dayFirstDomains.contains(tld)) {
        return true;
    }
    // Otherwise by language: French, even beside English in a bilingual reply, puts the day first.
    static const RX french = pattern(QStringLiteral(
        R"(\b(?:je|vous|suis|serai|jusqu|retour|absente?|cong[ée]s?|merci|bonjour|cordialement|bureau)\b)"));
    int hits = 0;
    for (auto it = french.globalMatch(words); it.hasNext() && hits < 2; it.next()) {
        ++hits;
    }
    return hits >= 2;
}

} // namespace sc::agents::inbox
