#include "LearnedSendTimes.h"

#include "BusinessCalendar.h"
#include "ProspectZone.h"

namespace sc::agents::decision {

LearnedSendTimes::LearnedSendTimes(QSqlDatabase db, const QTimeZone& fallback)
    : m_db(std::move(db))
{
    // Below the threshold the pattern is never used: count first, so a young workspace reads nothing more.
    if (models::SendTimeRepository(m_db).count() >= SendTimeModel::MinReplies) {
        m_model = load(m_db, fallback);
    }
}

SendTimeModel LearnedSendTimes::load(const QSqlDatabase& db, const QTimeZone& fallback)
{
    return fromReplies(models::SendTimeRepository(db).replies(), fallback);
}

SendTimeModel LearnedSendTimes::fromReplies(const QList<models::SendTimeRepository::Reply>& stored,
                                            const QTimeZone& fallback)
{
    QList<SendTimeModel::Reply> replies;
    QHash<QString, QTimeZone> zones;
    for (const models::SendTimeRepository::Reply& r : stored) {
        const QString key = r.timezone + QLatin1Char('|') + r.country;
        auto zone = zones.find(key);
        if (zone == zones.end()) {
            zone = zones.insert(key, ProspectZone::resolve(r.timezone, r.country, fallback));
        }
        replies.append(SendTimeModel::reply(r.receivedAt, *zone, r.country, r.companyId));
    }
    return SendTimeModel(replies);
}

qint64 LearnedSendTimes::runMoment(const BusinessCalendar& calendar, qint64 dueMs, qint64 prospectId)
{
    if (!m_model.hasPattern()) {
        return calendar.nextOpen(dueMs);
    }
    auto place = m_places.find(prospectId);
    if (place == m_places.end()) {
        const models::SendTimeRepository::Place p = models::SendTimeRepository(m_db).place(prospectId);
        place = m_places.insert(prospectId, {p.country, p.companyId});
    }
    return m_model.runMoment(calendar, dueMs, place->first, place->second);
}

} // namespace sc::agents::decision
