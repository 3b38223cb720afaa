#pragma once

#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace sc::agents::decision {

// The time zone to plan a prospect's sends in: the prospect's own IANA zone when it is known, else
// the zone of the prospect's country when that country has a single one (or one where nearly everyone
// lives: mainland Spain, Portugal, Chile, Ecuador, New Zealand; China's one official zone), else a
// fallback (the sequence's zone).
class ProspectZone
{
public:
    // prospectTz: an IANA id ("Europe/Berlin"). country: an ISO 3166 alpha-2 code ("FR", "de") or an
    // English or French country name ("Germany", "Allemagne", "Royaume-Uni").
    static QTimeZone resolve(const QString& prospectTz, const QString& country, const QTimeZone& fallback);
    // The prospect's own zone when its clock reads differently from `ours` at `atMs` (UTC); invalid when it
    // reads the same or the zone is unknown (no fallback): what "their time" beside ours needs.
    static QTimeZone otherThan(const QString& prospectTz, const QString& country, const QTimeZone& ours, qint64 atMs);
    // The place an IANA id names, for people: "Chicago", "Sao Paulo".
    static QString placeName(const QTimeZone& zone);

    // The territory a code or an English or French name names; AnyTerritory when none.
    static QLocale::Territory territory(const QString& country);
    // The zone id of a territory whose zones all share the same UTC offsets in January and in July
    // 2026; empty when it has several offsets or none. Of its zones, the first id in sorted order that
    // is not an "Etc/" alias (Europe/Berlin rather than Europe/Busingen for Germany).
    static QByteArray singleZoneId(QLocale::Territory territory);
};

} // namespace sc::agents::decision
