#include "ProspectZone.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <utility>

namespace sc::agents::decision {

namespace {

// Lower case, accents and everything but letters and digits dropped: "Royaume-Uni" and
// "royaume uni" meet, as do "Côte d’Ivoire" and "Cote d'Ivoire".
QString folded(const QString& name)
{
    QString out;
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

struct Alias
{
    const char16_t* name;
    QLocale::Territory territory;
};

// French names of the countries prospects most often come from, and English names Qt's own list
// spells otherwise.
const Alias Aliases[] = {
    {u"Allemagne", QLocale::Germany},
    {u"Espagne", QLocale::Spain},
    {u"Italie", QLocale::Italy},
    {u"Royaume-Uni", QLocale::UnitedKingdom},
    {u"États-Unis", QLocale::UnitedStates},
    {u"Etats-Unis d'Amérique", QLocale::UnitedStates},
    {u"Belgique", QLocale::Belgium},
    {u"Suisse", QLocale::Switzerland},
    {u"Pays-Bas", QLocale::Netherlands},
    {u"Canada", QLocale::Canada},
    {u"Irlande", QLocale::Ireland},
    {u"Portugal", QLocale::Portugal},
    {u"Autriche", QLocale::Austria},
    {u"Suède", QLocale::Sweden},
    {u"Norvège", QLocale::Norway},
    {u"Danemark", QLocale::Denmark},
    {u"Finlande", QLocale::Finland},
    {u"Pologne", QLocale::Poland},
    {u"Luxembourg", QLocale::Luxembourg},
    {u"Maroc", QLocale::Morocco},
    {u"Tunisie", QLocale::Tunisia},
    {u"Algérie", QLocale::Algeria},
    {u"Sénégal", QLocale::Senegal},
    {u"Japon", QLocale::Japan},
    {u"Chine", QLocale::China},
    {u"Inde", QLocale::India},
    {u"Brésil", QLocale::Brazil},
    {u"Mexique", QLocale::Mexico},
    {u"Australie", QLocale::Australia},
    {u"Singapour", QLocale::Singapore},
    {u"Côte d'Ivoire", QLocale::IvoryCoast},
    {u"Ivory Coast", QLocale::IvoryCoast},
    {u"USA", QLocale::UnitedStates},
    {u"United States of America", QLocale::UnitedStates},
    {u"UK", QLocale::UnitedKingdom},
    {u"Great Britain", QLocale::UnitedKingdom},
    {u"Holland", QLocale::Netherlands},
};

// Every territory's English name (as Qt spells it) and the aliases above, folded.
QHash<QString, QLocale::Territory> buildNames()
{
    QHash<QString, QLocale::Territory> names;
    for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
        const auto territory = QLocale::Territory(t);
        const QString key = folded(QLocale::territoryToString(territory));
        if (!key.isEmpty() && !names.contains(key)) {
            names.insert(key, territory);
        }
    }
    for (const Alias& alias : Aliases) {
        names.insert(folded(QString::fromUtf16(alias.name)), alias.territory);
    }
    return names;
}

QByteArray computeSingleZoneId(QLocale::Territory territory)
{
    QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    ids.removeIf([](const QByteArray& id) { return id.startsWith("Etc/"); });
    if (ids.isEmpty()) {
        return {};
    }
    std::sort(ids.begin(), ids.end());
    const QDateTime january(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());
    const QDateTime july(QDate(2026, 7, 15), QTime(12, 0), QTimeZone::utc());
    const QTimeZone first(ids.constFirst());
    const auto offsets = std::make_pair(first.offsetFromUtc(january), first.offsetFromUtc(july));
    for (const QByteArray& id : std::as_const(ids)) {
        const QTimeZone zone(id);
        if (!zone.isValid() || std::make_pair(zone.offsetFromUtc(january), zone.offsetFromUtc(july)) != offsets) {
            return {};
        }
    }
    return first.isValid() ? ids.constFirst() : QByteArray();
}

} // namespace

QLocale::Territory ProspectZone::territory(const QString& country)
{
    const QString trimmed = country.trimmed();
    if (trimmed.isEmpty()) {
        return QLocale::AnyTerritory;
    }
    if (trimmed.size() == 2 && trimmed.at(0).isLetter() && trimmed.at(1).isLetter()) {
        const QLocale::Territory byCode = QLocale::codeToTerritory(trimmed.toUpper());
        if (byCode != QLocale::AnyTerritory) {
            return byCode;
        }
    }
    // Built once, thread-safely, on first use.
    static const QHash<QString, QLocale::Territory> names = buildNames();
    return names.value(folded(trimmed), QLocale::AnyTerritory);
}

QByteArray ProspectZone::singleZoneId(QLocale::Territory territory)
{
    if (territory == QLocale::AnyTerritory) {
        return {};
    }
    static QMutex mutex;
    static QHash<int, QByteArray> cache;
    const QMutexLocker lock(&mutex);
    const auto found = cache.constFind(int(territory));
    if (found != cache.cend()) {
        return *found;
    }
    const QByteArray id = computeSingleZoneId(territory);
    cache.insert(int(territory), id);
    return id;
}

QTimeZone ProspectZone::resolve(const QString& prospectTz, const QString& country, const QTimeZone& fallback)
{
    const QString tz = prospectTz.trimmed();
    if (!tz.isEmpty()) {
        const QTimeZone own(tz.toUtf8());
        if (own.isValid()) {
            return own;
        }
    }
    const QLocale::Territory where = territory(country);
    // Countries whose other zones are islands or far regions where few prospects live: the mainland's.
    static const QHash<int, QByteArray> dominant {
        {int(QLocale::Spain), "Europe/Madrid"},       {int(QLocale::Portugal), "Europe/Lisbon"},
        {int(QLocale::China), "Asia/Shanghai"},       {int(QLocale::Chile), "America/Santiago"},
        {int(QLocale::Ecuador), "America/Guayaquil"}, {int(QLocale::NewZealand), "Pacific/Auckland"}};
    if (const auto it = dominant.constFind(int(where)); it != dominant.cend()) {
        return QTimeZone(*it);
    }
    const QByteArray id = singleZoneId(where);
    if (!id.isEmpty()) {
        return QTimeZone(id);
    }
    return fallback;
}

QTimeZone ProspectZone::otherThan(const QString& prospectTz, const QString& country, const QTimeZone& ours, qint64 atMs)
{
    const QTimeZone theirs = resolve(prospectTz, country, QTimeZone());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    if (!theirs.isValid() || (ours.isValid() && theirs.offsetFromUtc(at) == ours.offsetFromUtc(at))) {
        return {};
    }
    return theirs;
}

QString ProspectZone::placeName(const QTimeZone& zone)
{
    return QString::fromUtf8(zone.id()).section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace sc::agents::decision
